// Generators of article writes for the reconcile cache's property test: articles with made-up
// claims documents (no NLP) drawn from small pools of measures, values, populations, sources,
// dates, ids and URLs, so that claims share group keys across articles, restate each other within
// one, tie at one offset (within one article, or across two whose ids compare equal), and writes
// collide: the same text again, a newer pipeline, a known URL with a new text, a taken id.
import fc from 'fast-check';
import type { Article, Attribution, Claim, ClaimsDoc, Measure } from '../../src/types.js';

export interface ClaimSpec {
  readonly measure: Measure;
  readonly low: number;
  readonly shape: 'exact' | 'open' | 'range';
  readonly counted: string | null;
  readonly subject: string | null;
  readonly source: string | null;
  readonly via: string | null;
  readonly time: readonly [string, string] | null;
  readonly nationality: string | null;
  readonly theatre: string | null;
  readonly scope: string | null;
  /** Which of four offsets the value sits at: claims of one article at one offset tie in byDateThenId. */
  readonly at: number;
}

export interface ArticleSpec {
  readonly id: string;
  readonly url: string | null;
  readonly published: string;
  readonly outlet: string | null;
  readonly claims: readonly ClaimSpec[];
  readonly attributions: number;
}

/** A write, or a few, between two reads. `pick` chooses among the articles written so far. */
export type Write =
  | { readonly kind: 'new'; readonly spec: ArticleSpec }
  | { readonly kind: 'repeat'; readonly pick: number }
  | { readonly kind: 'upgrade'; readonly pick: number; readonly spec: ArticleSpec }
  | { readonly kind: 'move'; readonly pick: number; readonly spec: ArticleSpec }
  | { readonly kind: 'batch'; readonly items: readonly Write[] }
  | { readonly kind: 'outsider'; readonly spec: ArticleSpec }
  | { readonly kind: 'broken'; readonly spec: ArticleSpec; readonly inBatch: boolean };

const claimSpec: fc.Arbitrary<ClaimSpec> = fc.record({
  measure: fc.constantFrom<Measure>('killed', 'wounded', 'casualties', 'captured', 'deployed', 'quantity', 'percentage'),
  low: fc.constantFrom(9, 40, 300, 6000),
  shape: fc.constantFrom('exact', 'open', 'range'),
  counted: fc.constantFrom(null, 'soldiers', 'civilians', 'drones'),
  subject: fc.constantFrom(null, null, 'other soldiers'),
  source: fc.constantFrom(null, 'Kyiv', 'the defence ministry', 'Moscow'),
  via: fc.constantFrom(null, null, 'RNA'),
  time: fc.constantFrom(null, ['2025-01-10', '2025-01-10'] as const, ['2024-06-01', '2024-12-31'] as const),
  nationality: fc.constantFrom(null, 'North Korean', 'Russian'),
  theatre: fc.constantFrom(null, 'RU', 'UA'),
  scope: fc.constantFrom(null, null, 'the 11th brigade'),
  at: fc.nat(3),
});

export const articleSpec: fc.Arbitrary<ArticleSpec> = fc.record({
  // Two spellings of one id (NFC, NFD): different articles that byDateThenId's localeCompare ties.
  id: fc.constantFrom('a', 'b', '\u00e9', 'e\u0301'),
  url: fc.constantFrom(null, null, 'https://example.org/1', 'https://example.org/2', 'https://example.org/3'),
  published: fc.constantFrom('2025-01-10', '2025-01-11', '2025-02-01'),
  outlet: fc.constantFrom(null, 'Borderland Courier', 'Meridian Wire'),
  claims: fc.array(claimSpec, { maxLength: 8 }),
  attributions: fc.nat(2),
});

const pick = fc.nat(1000);
const single: fc.Arbitrary<Write> = fc.oneof(
  { weight: 4, arbitrary: articleSpec.map((spec) => ({ kind: 'new' as const, spec })) },
  { weight: 1, arbitrary: pick.map((p) => ({ kind: 'repeat' as const, pick: p })) },
  { weight: 2, arbitrary: fc.tuple(pick, articleSpec).map(([p, spec]) => ({ kind: 'upgrade' as const, pick: p, spec })) },
  { weight: 2, arbitrary: fc.tuple(pick, articleSpec).map(([p, spec]) => ({ kind: 'move' as const, pick: p, spec })) },
);

export const write: fc.Arbitrary<Write> = fc.oneof(
  { weight: 8, arbitrary: single },
  { weight: 2, arbitrary: fc.array(single, { minLength: 1, maxLength: 4 }).map((items) => ({ kind: 'batch' as const, items })) },
  { weight: 1, arbitrary: articleSpec.map((spec) => ({ kind: 'outsider' as const, spec })) },
  { weight: 1, arbitrary: fc.tuple(articleSpec, fc.boolean()).map(([spec, inBatch]) => ({ kind: 'broken' as const, spec, inBatch })) },
);

/** Steps of one to three writes; the test reads after each step. */
export const steps = fc.array(fc.array(write, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 });

const FILLER = ' Officials gave figures for the strike and for the weeks before it, and others disputed them.';

/** The article of a spec; `n` makes its text its own. */
export function articleOf(spec: ArticleSpec, n: number): Article {
  return { id: spec.id, text: `Report ${n}.${FILLER}${FILLER}`, published: spec.published, outlet: spec.outlet, url: spec.url, title: null };
}

function claimOf(s: ClaimSpec, text: string): Claim {
  const people = s.measure !== 'quantity' && s.measure !== 'percentage';
  const start = 10 + s.at * 5;
  return {
    kind: 'quantity',
    measure: s.measure,
    value: {
      low: s.low,
      high: s.shape === 'exact' ? s.low : s.shape === 'range' ? s.low * 2 : null,
      qualifier: s.shape === 'exact' ? 'exact' : s.shape === 'range' ? 'range' : 'more_than',
      unit: s.measure === 'percentage' ? 'percent' : people ? 'people' : 'count',
    },
    counted: s.counted,
    subject: s.subject,
    sources: s.source ? [{ name: s.source, type: 'government' }] : [],
    via: s.via ? [{ name: s.via, type: 'wire_agency' }] : [],
    cue: s.source ? 'said' : null,
    hedged: false,
    time: s.time ? { text: 'then', start: s.time[0], end: s.time[1], implied: false } : null,
    place: s.theatre ? { text: 'there', country: s.theatre, region: null } : null,
    population: { nationality: s.nationality, nationalityImplied: false, theatre: s.theatre, theatreImplied: s.theatre !== null, scope: s.scope },
    span: { start: 0, end: Math.min(text.length, 60) },
    valueSpan: { start, end: start + 3 },
    rules: ['property-test'],
  };
}

/** The claims document a pipeline of `version` might have made of the article. */
export function docOf(article: Article, spec: ArticleSpec, version: string): ClaimsDoc {
  const attributions: Attribution[] = Array.from({ length: spec.attributions }, (_, i) => ({
    source: { text: 'Kyiv', start: i, end: i + 4, type: 'government' },
    cue: { text: 'said', start: 20, end: 24 },
    content: { text: article.text.slice(30, 50), start: 30, end: 50 },
  }));
  return {
    schema: 'crosscheck.claims/v1',
    pipeline: { name: 'crosscheck', version },
    article: { id: article.id, published: article.published, outlet: article.outlet, url: article.url, title: article.title },
    claims: spec.claims.map((c) => claimOf(c, article.text)),
    attributions,
    checks: [],
    messages: [],
  };
}

/** A document the store refuses (an attribution whose offsets run backwards). */
export function brokenDoc(doc: ClaimsDoc): ClaimsDoc {
  const bad: Attribution = { source: { text: 'x', start: 0, end: 1, type: 'person' }, cue: { text: 'said', start: 2, end: 6 }, content: { text: 'y', start: 9, end: 3 } };
  return { ...doc, attributions: [...doc.attributions, bad] };
}
