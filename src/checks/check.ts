// The shape of an in-article check lives with the other document types (src/types.ts).
export type { Check } from '../types.js';
