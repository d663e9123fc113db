// What a page says about itself, read before readability rewrites the document: publication date,
// outlet, headline, byline and canonical URL, from <meta> tags (Open Graph, article:, Dublin Core),
// JSON-LD and <time datetime>. Each field takes the first source that has it, in the order below.
import { dateOf } from './date-text.js';

export interface PageMetadata {
  readonly published: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  readonly url: string | null;
}

interface Element {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
interface Queryable {
  querySelectorAll(selector: string): ArrayLike<Element>;
}

// Publication, not modification: an update time would move "on Friday" to the wrong week.
const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'publication_date', 'sailthru.date', 'parsely-pub-date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.created', 'date',
];
const OUTLET_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const TITLE_META = ['og:title', 'twitter:title', 'dc.title'];
const BYLINE_META = ['author', 'article:author', 'byl', 'dc.creator', 'parsely-author'];
const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage/;

export function pageMetadata(document: Queryable): PageMetadata {
  const meta = metaTags(document);
  const ld = jsonLdArticle(document);
  const first = (keys: readonly string[]) => keys.map((k) => meta.get(k)).find((v) => v !== undefined) ?? null;
  const timeTag = [...Array.from(document.querySelectorAll('time[pubdate][datetime], [itemprop="datePublished"][datetime]')),
    ...Array.from(document.querySelectorAll('time[datetime]'))][0]?.getAttribute('datetime');
  const published = [first(PUBLISHED_META), ld?.datePublished, timeTag].map((v) => dateOf(v)).find((d) => d !== null) ?? null;
  const canonical = Array.from(document.querySelectorAll('link[rel="canonical"]'))[0]?.getAttribute('href');
  return {
    published,
    outlet: clean(first(OUTLET_META) ?? ld?.publisher ?? null),
    title: clean(first(TITLE_META) ?? ld?.headline ?? null),
    byline: clean(first(BYLINE_META) ?? ld?.author ?? null),
    url: absoluteUrl(canonical ?? meta.get('og:url') ?? ld?.url ?? null),
  };
}

/** <meta> values by lower-cased property, name or itemprop; the first of each wins. */
function metaTags(document: Queryable): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta[content]'))) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
    const content = el.getAttribute('content')?.trim();
    if (key && content && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), content);
  }
  return tags;
}

interface LdArticle {
  readonly datePublished?: string;
  readonly headline?: string;
  readonly publisher?: string;
  readonly author?: string;
  readonly url?: string;
}

/** The first article-like JSON-LD object; broken JSON-LD is common and is simply ignored. */
function jsonLdArticle(document: Queryable): LdArticle | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(data, 0);
    if (found) return found;
  }
  return null;
}

function findArticle(value: unknown, depth: number): LdArticle | null {
  if (depth > 4 || typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findArticle(v, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const o = value as Record<string, unknown>;
  const type = ([] as unknown[]).concat(o['@type'] ?? []).map(String).join(' ');
  if (ARTICLE_TYPES.test(type) && (typeof o['datePublished'] === 'string' || typeof o['headline'] === 'string')) {
    const result: { -readonly [K in keyof LdArticle]: LdArticle[K] } = {};
    if (typeof o['datePublished'] === 'string') result.datePublished = o['datePublished'];
    if (typeof o['headline'] === 'string') result.headline = o['headline'];
    const publisher = nameOf(o['publisher']);
    if (publisher) result.publisher = publisher;
    const author = nameOf(o['author']);
    if (author) result.author = author;
    if (typeof o['url'] === 'string') result.url = o['url'];
    return result;
  }
  return findArticle(o['@graph'], depth + 1);
}

/** "Jane Doe", { name: "Jane Doe" } or a list of either → "Jane Doe and John Roe". */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length ? names.join(' and ') : null;
  }
  if (typeof value === 'object' && value !== null) {
    const name = (value as Record<string, unknown>)['name'];
    return typeof name === 'string' ? name : null;
  }
  return null;
}

function clean(value: string | null): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** Only absolute http(s) URLs: a relative canonical link says nothing without the page's address. */
function absoluteUrl(value: string | null): string | null {
  const text = value?.trim();
  return text && /^https?:\/\/\S+$/i.test(text) ? text : null;
}
