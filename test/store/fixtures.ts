// Articles for the store suites: the four example articles and one about North Korean casualties,
// each with its claims document from the real pipeline (analysed once per test file).
import { readFileSync } from 'node:fs';
import { analyse } from '../../src/pipeline.js';
import type { Article, ClaimsDoc } from '../../src/types.js';

export interface Fixture {
  readonly article: Article;
  readonly doc: ClaimsDoc;
}

const EXAMPLES = new URL('../../examples/articles.jsonl', import.meta.url);

export const NORTH_KOREA: Article = {
  id: 'nk-casualties',
  published: '2025-01-14',
  outlet: 'Harbour Ledger',
  url: 'https://example.org/nk-casualties',
  title: 'Heavy losses among North Korean troops in Kursk',
  text: 'Heavy losses among North Korean troops in Kursk\n'
    + 'About 300 North Korean soldiers have been killed and 2,700 wounded fighting for Russia in the Kursk region, '
    + "South Korea's spy agency said on Monday.\n"
    + 'The National Intelligence Service told lawmakers that North Korean casualties had risen since December, '
    + 'and that two soldiers had been captured by Ukrainian forces, according to a lawmaker who attended the briefing.\n',
};

let cache: Fixture[] | undefined;

/** The example articles first (in file order), then NORTH_KOREA. */
export function fixtures(): Fixture[] {
  if (!cache) {
    const articles: Article[] = readFileSync(EXAMPLES, 'utf8').split('\n').filter((l) => l.trim()).map((line) => {
      const a = JSON.parse(line) as Record<string, string | undefined>;
      return { id: a['id']!, text: a['text']!, published: a['published']!, outlet: a['outlet'] ?? null, url: a['url'] ?? null, title: a['title'] ?? null };
    });
    articles.push(NORTH_KOREA);
    cache = articles.map((article) => ({ article, doc: analyse(article) }));
  }
  return cache;
}

/** The same document as a newer pipeline would stamp it, keeping only its first `keep` claims. */
export function upgraded(doc: ClaimsDoc, version: string, keep = doc.claims.length): ClaimsDoc {
  return { ...doc, pipeline: { ...doc.pipeline, version }, claims: doc.claims.slice(0, keep) };
}

/** A document whose last attribution breaks a constraint (offsets running backwards). */
export function broken(doc: ClaimsDoc): ClaimsDoc {
  const bad = { source: { text: 'x', start: 0, end: 1, type: 'person' as const }, cue: { text: 'said', start: 2, end: 6 }, content: { text: 'y', start: 9, end: 3 } };
  return { ...doc, attributions: [...doc.attributions, bad] };
}
