// Vite's `?raw` imports: a file's contents as a string.
declare module '*?raw' {
  const text: string;
  export default text;
}
