// Claims and attributions to table rows and back. Every field the schema knows has a column (so
// it can be queried); any field it does not know yet goes to `extra`, so a document read back
// equals the one stored even after the pipeline adds fields.
import type { Attribution, Claim, SourceRef } from '../types.js';
import type { ArticlesTable, AttributionsTable, BoolColumn, ClaimsTable } from './schema.js';

type Insert<T> = { -readonly [K in keyof T as K extends 'id' ? never : K]: T[K] };
export type ClaimRow = Insert<ClaimsTable>;
export type AttributionRow = Insert<AttributionsTable>;
export type ArticleRow = { -readonly [K in keyof ArticlesTable]: ArticlesTable[K] };

/** Everything one article writes. */
export interface ArticleRows {
  readonly article: ArticleRow;
  readonly claims: readonly ClaimRow[];
  readonly attributions: readonly AttributionRow[];
}

const CLAIM_KEYS = new Set(['kind', 'measure', 'value', 'counted', 'subject', 'sources', 'via', 'cue', 'hedged', 'time', 'place', 'population', 'span', 'valueSpan', 'rules']);
const ATTRIBUTION_KEYS = new Set(['source', 'cue', 'content']);

interface RowContext {
  readonly articleId: string;
  readonly published: string;
  readonly text: string;
  readonly bool: (value: boolean) => BoolColumn;
}

export function claimRow(claim: Claim, ordinal: number, ctx: RowContext): ClaimRow {
  const names = [...claim.sources, ...claim.via].map((s) => s.name.toLowerCase());
  return {
    article_id: ctx.articleId,
    ordinal,
    published: ctx.published,
    kind: claim.kind,
    measure: claim.measure,
    low: claim.value.low,
    high: claim.value.high,
    qualifier: claim.value.qualifier,
    unit: claim.value.unit,
    counted: claim.counted,
    subject: claim.subject,
    sources: JSON.stringify(claim.sources),
    via: JSON.stringify(claim.via),
    source_names: names.join('\n'),
    cue: claim.cue,
    hedged: ctx.bool(claim.hedged),
    time_text: claim.time?.text ?? null,
    time_start: claim.time?.start ?? null,
    time_end: claim.time?.end ?? null,
    time_implied: claim.time ? ctx.bool(claim.time.implied) : null,
    period_start: claim.time?.start ?? ctx.published,
    period_end: claim.time?.end ?? ctx.published,
    place_text: claim.place?.text ?? null,
    place_country: claim.place?.country ?? null,
    place_region: claim.place?.region ?? null,
    population: 'population' in claim && claim.population !== undefined ? JSON.stringify(claim.population) : null,
    span_start: claim.span.start,
    span_end: claim.span.end,
    value_start: claim.valueSpan.start,
    value_end: claim.valueSpan.end,
    sentence: ctx.text.slice(claim.span.start, claim.span.end),
    rules: JSON.stringify(claim.rules),
    extra: extraOf(claim, CLAIM_KEYS),
  };
}

/** The claim as the pipeline made it, keys in the pipeline's order. */
export function claimFromRow(row: Readonly<ClaimRow>): Claim {
  const population = row.population === null ? undefined : readJson(row.population);
  return {
    kind: row.kind as Claim['kind'],
    measure: row.measure as Claim['measure'],
    value: { low: row.low, high: row.high, qualifier: row.qualifier as Claim['value']['qualifier'], unit: row.unit },
    counted: row.counted,
    subject: row.subject,
    sources: readJson(row.sources) as SourceRef[],
    via: readJson(row.via) as SourceRef[],
    cue: row.cue,
    hedged: Boolean(row.hedged),
    time: row.time_text === null
      ? null
      : { text: row.time_text, start: row.time_start ?? '', end: row.time_end ?? '', implied: Boolean(row.time_implied) },
    place: row.place_text === null
      ? null
      : { text: row.place_text, country: row.place_country ?? '', region: row.place_region },
    ...(population === undefined ? {} : { population: population as Claim['population'] }),
    span: { start: row.span_start, end: row.span_end },
    valueSpan: { start: row.value_start, end: row.value_end },
    rules: readJson(row.rules) as string[],
    ...readExtra(row.extra),
  } as Claim;
}

export function attributionRow(a: Attribution, ordinal: number, ctx: RowContext): AttributionRow {
  return {
    article_id: ctx.articleId,
    ordinal,
    source_text: a.source.text,
    source_start: a.source.start,
    source_end: a.source.end,
    source_type: a.source.type,
    resolved: a.source.resolved ?? null,
    cue_text: a.cue.text,
    cue_start: a.cue.start,
    cue_end: a.cue.end,
    content_text: a.content.text,
    content_start: a.content.start,
    content_end: a.content.end,
    extra: extraOf(a, ATTRIBUTION_KEYS),
  };
}

export function attributionFromRow(row: Readonly<AttributionRow>): Attribution {
  return {
    source: {
      text: row.source_text, start: row.source_start, end: row.source_end,
      type: row.source_type as Attribution['source']['type'],
      ...(row.resolved === null ? {} : { resolved: row.resolved }),
    },
    cue: { text: row.cue_text, start: row.cue_start, end: row.cue_end },
    content: { text: row.content_text, start: row.content_start, end: row.content_end },
    ...readExtra(row.extra),
  };
}

/** The fields of `value` outside `known`, as JSON, or null when there are none. */
export function extraOf(value: object, known: ReadonlySet<string>): string | null {
  const extra = Object.fromEntries(Object.entries(value).filter(([k, v]) => !known.has(k) && v !== undefined));
  return Object.keys(extra).length ? JSON.stringify(extra) : null;
}

export function readExtra(value: unknown): Record<string, unknown> {
  return value === null || value === undefined ? {} : (readJson(value) as Record<string, unknown>);
}

/** SQLite hands JSON back as text, PostgreSQL as the parsed value. */
export function readJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
