// Turns HTML (a readability result or a feed item's content) into paragraphs of plain text. Our
// own walk rather than textContent, which runs paragraphs together and would merge two sentences
// ("...said.The governor...") into one for the sentence splitter.
import { parseHTML } from 'linkedom';
import { InputError } from '../../errors.js';

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
  // An explicit stack, not recursion: a page nested 50,000 elements deep must not overflow the call stack.
  // A frame is a node to enter, or (after its children) the element to close.
  const stack: { node: DomNode; close: boolean }[] = [{ node: root, close: false }];
  while (stack.length) {
    const { node, close } = stack.pop()!;
    const name = node.nodeName.toLowerCase();
    if (close) {
      if (BLOCK.has(name)) flush();
      // A table row is one block; its cells would run together otherwise ("Killed12").
      else if (name === 'td' || name === 'th') current += ' ';
      continue;
    }
    if (node.nodeType === 3) { current += node.textContent ?? ''; continue; }
    if (node.nodeType !== 1) continue;
    if (SKIP.has(name)) continue;
    if (name === 'br') { flush(); continue; }
    if (BLOCK.has(name)) flush();
    stack.push({ node, close: true });
    // linkedom builds childNodes afresh on each read: read it once, or k children cost k².
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, close: false });
  }
  flush();
  return blocks;
}

/** The text blocks of an HTML fragment, such as a feed item's description. */
export function fragmentBlocks(html: string): string[] {
  checkMarkupShape(html);
  // A fragment may be plain text with entities only; wrapping it keeps linkedom's parser in body mode.
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return blocksOf(document.body as unknown as DomNode);
}

/**
 * Elements nested deeper than this are flattened into paragraphs. Real article pages nest 20-40
 * deep; readability's cost grows with depth × text (a 2,000-deep page of 10 KB took 10 s), and
 * browsers also stop nesting at a fixed depth (512 in Chromium), so nothing a reader sees is lost.
 */
export const MAX_ELEMENT_DEPTH = 128;

interface FlatDocument {
  createElement(name: string): FlatElement;
}
interface FlatElement extends DomNode {
  readonly children: ArrayLike<FlatElement>;
  textContent: string | null;
  appendChild(node: FlatElement): unknown;
}

/**
 * Replaces what lies below MAX_ELEMENT_DEPTH with its text, one <p> per block, in one pass.
 * Returns how many elements were flattened (0 for any ordinary page).
 */
export function flattenDeep(document: unknown, root: unknown, maxDepth = MAX_ELEMENT_DEPTH): number {
  const doc = document as FlatDocument;
  let flattened = 0;
  const stack: [FlatElement, number][] = [[root as FlatElement, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    const children = el.children;
    if (depth >= maxDepth && children.length > 0) {
      const blocks = blocksOf(el);
      el.textContent = '';
      for (const block of blocks) {
        const p = doc.createElement('p');
        p.textContent = block;
        el.appendChild(p);
      }
      flattened++;
      continue;
    }
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  return flattened;
}

/** The little of a DOM element the readers use (the project compiles without the DOM lib). */
interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  remove(): void;
}

export type { DomElement, DomNode };

/**
 * Past this many open elements the markup is refused before parsing: the parser's cost grows with
 * depth × tags (50,000 nested <span>s took 5 s; a 64 MB file of them would never end), and no
 * article page comes near it (browsers stop nesting at 512).
 */
export const MAX_MARKUP_DEPTH = 4096;
/**
 * Past this many elements the page is refused too: readability's passes cost about 50 µs per element
 * (100,000 empty <p>s took 5-12 s), so a 64 MB file of tags would stall the reading thread for
 * half an hour. A heavy news page has 3,000-5,000 elements.
 */
export const MAX_MARKUP_ELEMENTS = 50_000;

// Elements that never hold others, or whose end tag is optional and usually left out: counting
// them as open would make ordinary pages look deep.
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp',
  'html', 'head', 'body', '!doctype',
]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/y;
const SCRIPT_END = /<\/script/gi;
const STYLE_END = /<\/style/gi;

/**
 * Throws E_HTML_NO_ARTICLE when tags nest deeper than MAX_MARKUP_DEPTH or make more than
 * MAX_MARKUP_ELEMENTS elements. One linear scan (script,
 * style and comment bodies skipped by indexOf, so an unclosed one cannot make it quadratic);
 * an estimate that errs towards shallow, since stray end tags only lower the count.
 */
export function checkMarkupShape(html: string, limit = MAX_MARKUP_DEPTH, maxElements = MAX_MARKUP_ELEMENTS): void {
  let depth = 0;
  let elements = 0;
  for (let at = html.indexOf('<'); at >= 0 && at < html.length; at = html.indexOf('<', at + 1)) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      if (end < 0) return;
      at = end;
      continue;
    }
    TAG.lastIndex = at;
    const m = TAG.exec(html);
    if (!m) continue;
    const name = m[2]!.toLowerCase();
    if (!m[1] && (name === 'script' || name === 'style')) {
      const close = name === 'script' ? SCRIPT_END : STYLE_END;
      close.lastIndex = at + m[0].length;
      if (!close.exec(html)) return;
      at = close.lastIndex - 1;
      continue;
    }
    at += m[0].length - 1;
    // Every start tag makes an element, and so does a stray </p> or </br> (the HTML parser inserts one).
    if ((!m[1] || name === 'p' || name === 'br') && ++elements > maxElements) {
      throw new InputError('E_HTML_NO_ARTICLE', `more than ${maxElements} elements (generated or broken markup, not an article page)`);
    }
    if (m[3] || NOT_NESTING.has(name)) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > limit) {
      throw new InputError('E_HTML_NO_ARTICLE', `elements nested more than ${limit} deep (generated or broken markup, not an article page)`);
    }
  }
}
