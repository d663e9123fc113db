// Turns HTML (a readability result or a feed item's content) into paragraphs of plain text. Our
// own walk rather than textContent, which runs paragraphs together and would merge two sentences
// ("...said.The governor...") into one for the sentence splitter.
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'thead', 'tr', 'ul',
]);
// Never text a reader sees in the article body.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'button', 'form', 'select', 'nav', 'input', 'textarea']);

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

/** The text blocks under a node, whitespace collapsed, empty blocks dropped. */
export function blocksOf(root: DomNode): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) { current += node.textContent ?? ''; return; }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    if (name === 'br') { flush(); return; }
    const block = BLOCK.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
    // A table row is one block; its cells would run together otherwise ("Killed12").
    else if (name === 'td' || name === 'th') current += ' ';
  };
  walk(root);
  flush();
  return blocks;
}

/** The text blocks of an HTML fragment, such as a feed item's description. */
export function fragmentBlocks(html: string): string[] {
  // A fragment may be plain text with entities only; wrapping it keeps linkedom's parser in body mode.
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blocksOf(document.body as unknown as DomNode);
}

/** The little of a DOM element the readers use (the project compiles without the DOM lib). */
interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  remove(): void;
}

export type { DomElement, DomNode };
