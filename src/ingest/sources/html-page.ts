// An HTML page → one Article: the main text found by @mozilla/readability over linkedom, furniture
// (ads, bylines, promos) dropped, and title, date and outlet from the page's own metadata.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../../errors.js';
import type { Article } from '../../types.js';
import { toArticle } from '../article-input.js';
import { dropFurniture } from './boilerplate.js';
import { dateOf } from './date-text.js';
import { blocksOf, checkMarkupShape, flattenDeep, type DomElement, type DomNode } from './html-blocks.js';
import { pageMetadata } from './html-metadata.js';
import type { ReadOptions } from './input-item.js';

/** Less text than this is a cookie wall, an index page or an error page, not an article. */
const MIN_ARTICLE_CHARS = 200;

// Ad slots (<ins>), side boxes (<aside>) and promo boxes named by class or id: removed before
// readability runs, so it never scores them as content.
const MAX_BOX_CHARS = 400;
const FURNITURE_NAME = /(?:^|[\s_-])(?:ad|ads|adslot|advert|advertisement|promo|promotion|sponsored?|newsletter|subscribe|subscription|paywall|share|sharing|social|related|recommended|outbrain|taboola)(?:$|[\s_-])/i;

/** The article in an HTML page; throws InputError (without a place) when there is none. */
export function readHtml(html: string, options: ReadOptions): Article {
  checkMarkupShape(html);
  let { document } = parseHTML(html);
  // A browser always builds <html> and <body>; linkedom builds what the markup says, and a page
  // whose root is a <script> or a stray text ("/<!doctype") would leave readability no body to
  // read (a TypeError inside it). Such markup is parsed again inside a wrapper that has both.
  if (document.documentElement?.localName !== 'html' || !document.body) {
    ({ document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`));
  }
  if (document.documentElement?.localName !== 'html' || !document.body) {
    throw new InputError('E_HTML_NO_ARTICLE', 'no <html> and <body> to read (is it HTML at all?)');
  }
  moveIntoBody(document);
  flattenDeep(document, document.documentElement);
  const meta = pageMetadata(document);
  for (const el of Array.from(document.querySelectorAll('[class], [id], ins, aside') as ArrayLike<DomElement>)) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    // Small boxes only: a wrapper named "article-share-body" holds the article itself.
    if ((el.localName === 'ins' || el.localName === 'aside' || FURNITURE_NAME.test(name)) && (el.textContent ?? '').length < MAX_BOX_CHARS) el.remove();
  }

  // The serializer hands back the content node itself, for our paragraph-preserving walk.
  const result = new Readability<DomNode>(document as unknown as ConstructorParameters<typeof Readability>[0], { serializer: (node) => node as unknown as DomNode }).parse();
  const byline = meta.byline ?? result?.byline ?? null;
  const blocks = result?.content ? dropFurniture(blocksOf(result.content), { byline }) : [];
  const length = blocks.reduce((n, b) => n + b.length, 0);
  if (length < MIN_ARTICLE_CHARS) {
    throw new InputError('E_HTML_NO_ARTICLE', result === null
      ? 'readability found no main text (an index, login or error page?)'
      : `only ${length} characters of main text (an index, login or error page?)`);
  }

  const title = clean(result?.title) ?? meta.title;
  // The headline leads the text, as in our JSONL articles: its figures ("Strike kills 12") are claims too.
  if (title && blocks[0] !== title) blocks.unshift(title);
  const published = meta.published ?? dateOf(result?.publishedTime) ?? options.published;
  if (published === undefined) {
    throw new InputError('E_PUBLISHED_NOT_FOUND', 'the page (no article:published_time, JSON-LD datePublished or <time datetime>)');
  }
  return toArticle(blocks.join('\n\n'), {
    published,
    outlet: meta.outlet ?? clean(result?.siteName) ?? options.outlet,
    url: meta.url,
    title,
  });
}

interface PageDocument {
  readonly documentElement: DomElement & { readonly children: ArrayLike<DomElement> };
  readonly childNodes: ArrayLike<DomNode>;
  readonly head: (DomElement & { readonly children: ArrayLike<DomElement> }) | null;
  readonly body: (DomElement & { appendChild(node: DomNode): unknown; prepend(...nodes: DomNode[]): void }) | null;
}

/** What <head> may hold; a browser's parser ends the head at anything else and starts the body. */
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'noscript', 'base', 'template']);

/**
 * Content outside <body>: body elements inside <head> (a <p> after an unclosed <script>), elements
 * beside <head> and <body> ("<html><head></head><bOops>text") or after </html>. A browser's parser
 * puts it in the body; linkedom leaves it outside, and readability, walking up from its best
 * candidate to <body>, then runs off the top of the tree (a TypeError). Moved in, as browsers do.
 */
function moveIntoBody(document: unknown): void {
  const doc = document as PageDocument;
  const body = doc.body;
  if (!body) return;
  const beside = Array.from(doc.documentElement.children).filter((el) => el.localName !== 'head' && el.localName !== 'body');
  const after = Array.from(doc.childNodes).filter((n) => n !== doc.documentElement && n !== body && (n.nodeType === 1 || n.nodeType === 3));
  for (const node of [...beside, ...after]) body.appendChild(node);
  const inHead = doc.head ? Array.from(doc.head.children).filter((el) => !HEAD_CONTENT.has(el.localName)) : [];
  if (inHead.length) body.prepend(...inHead);
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}
