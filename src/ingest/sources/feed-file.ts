// An RSS 2.0, RSS 1.0 (RDF) or Atom feed → one Article per item: link as URL, pubDate / published /
// updated as the date, the fullest content as text (through the same HTML-to-text path as pages),
// the channel's title as outlet. A feed that is not well-formed XML fails whole, naming line and column.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../../errors.js';
import type { Article } from '../../types.js';
import { toArticle } from '../article-input.js';
import { dropFurniture } from './boilerplate.js';
import { dateOf } from './date-text.js';
import { fragmentBlocks } from './html-blocks.js';
import type { ReadOptions } from './input-item.js';

export type FeedItem =
  | { readonly index: number; readonly article: Article }
  | { readonly index: number; readonly error: InputError };

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Titles such as "2025" stay strings; values are never guessed into numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** The feed's items, each an article or an error (an item without a date, say). Throws for a broken feed. */
export function readFeed(xml: string, options: ReadOptions): FeedItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new InputError('E_FEED_INVALID', `line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}`);
  }
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (err) {
    // What the validator lets through and the parser still refuses: external entities
    // (<!ENTITY x SYSTEM "file:///etc/passwd">, never fetched) and malformed DOCTYPEs.
    throw new InputError('E_FEED_INVALID', err instanceof Error ? err.message : String(err));
  }
  const rss = asNode(root['rss']);
  const rdf = asNode(root['rdf:RDF']);
  const atom = asNode(root['feed']);
  const channel = asNode(rss?.['channel']) ?? asNode(rdf?.['channel']);
  let items: unknown[];
  let feedTitle: string | null;
  if (rss || rdf) {
    items = list(rss ? channel?.['item'] : rdf?.['item']);
    feedTitle = textOf(channel?.['title']);
  } else if (atom) {
    items = list(atom['entry']);
    feedTitle = textOf(atom['title']);
  } else {
    const name = Object.keys(root).find((k) => !k.startsWith('?')) ?? 'none';
    throw new InputError('E_FEED_INVALID', `the root element is <${name}>, not <rss>, <rdf:RDF> or Atom's <feed>`);
  }
  const outlet = feedTitle ?? options.outlet;
  return items.map((item, i) => {
    try {
      return { index: i + 1, article: itemArticle(asNode(item) ?? {}, outlet, options) };
    } catch (err) {
      if (err instanceof InputError) return { index: i + 1, error: err };
      throw err;
    }
  });
}

function itemArticle(item: Node, outlet: string | null | undefined, options: ReadOptions): Article {
  const title = textOf(item['title']);
  // The fullest body first: RSS content:encoded, Atom content, then the summaries.
  const body = [item['content:encoded'], item['content'], item['description'], item['summary']].map(htmlOf).find((h) => h !== null);
  if (body === undefined) throw new InputError('E_FILE_EMPTY', 'the item has no content, description or summary');
  const blocks = dropFurniture(fragmentBlocks(body));
  if (blocks.length === 0) throw new InputError('E_FILE_EMPTY', 'the item\'s content is empty');
  if (title && blocks[0] !== title) blocks.unshift(title);

  const published = [item['pubDate'], item['dc:date'], item['published'], item['updated']]
    .map((v) => dateOf(textOf(v))).find((d) => d !== null) ?? options.published;
  if (published === undefined) throw new InputError('E_PUBLISHED_NOT_FOUND', 'the item (no pubDate, dc:date, published or updated)');
  return toArticle(blocks.join('\n\n'), { published, outlet, url: linkOf(item), title });
}

/** RSS <link>URL</link>, or Atom's <link rel="alternate" href="URL"/> (the first link when none says alternate). */
function linkOf(item: Node): string | null {
  const links = list(item['link']);
  const alternate = links.find((l) => { const rel = asNode(l)?.['@_rel']; return rel === undefined || rel === 'alternate'; });
  const chosen = alternate ?? links[0];
  const href = typeof chosen === 'string' ? chosen : asNode(chosen)?.['@_href'];
  const url = typeof href === 'string' ? href.trim() : '';
  if (/^https?:\/\//i.test(url)) return url;
  const guid = textOf(item['guid']);
  return guid && /^https?:\/\//i.test(guid) ? guid : null;
}

/** A text element as plain text: entities and any markup resolved by the HTML path. */
function textOf(value: unknown): string | null {
  const html = htmlOf(value);
  if (html === null) return null;
  const text = fragmentBlocks(html).join(' ').trim();
  return text || null;
}

/** An element's content as HTML: a string, Atom's { '#text', '@_type' }, or parsed XHTML (text only). */
function htmlOf(value: unknown): string | null {
  if (Array.isArray(value)) return htmlOf(value[0]);
  if (typeof value === 'string') return value.trim() ? value : null;
  const node = asNode(value);
  if (!node) return null;
  if (typeof node['#text'] === 'string') return node['#text'].trim() ? node['#text'] : null;
  // type="xhtml" arrives as parsed elements; its text is kept, paragraph by paragraph.
  const texts: string[] = [];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') texts.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (asNode(v)) for (const [k, c] of Object.entries(v as Node)) if (!k.startsWith('@_')) collect(c);
  };
  collect(node);
  return texts.length ? texts.map((t) => `<p>${escapeHtml(t)}</p>`).join('') : null;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function asNode(value: unknown): Node | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value as Node : null;
}

function list(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}
