// The tables as Kysely sees them: one shape for both engines. JSON columns are text in SQLite and
// json/jsonb in PostgreSQL, booleans 0/1 or true/false, so reads go through rows.ts's readers.
import type { Generated } from 'kysely';

/** A JSON column: written as a JSON string, read back as a string (SQLite) or a value (PostgreSQL). */
export type JsonColumn = string | unknown;
/** A boolean column: 0/1 in SQLite, boolean in PostgreSQL. */
export type BoolColumn = number | boolean;

export interface ArticlesTable {
  readonly id: string;
  readonly content_hash: string;
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string;
  readonly text: string;
  readonly pipeline_version: string;
  /** The document's messages, and any document fields this version does not know (`extra`). */
  readonly messages: JsonColumn;
  readonly extra: JsonColumn | null;
  readonly ingested_at: string;
}

export interface ClaimsTable {
  readonly id: Generated<number | string>;
  readonly article_id: string;
  readonly ordinal: number;
  /** The article's, copied so that listing claims newest first runs on one index. */
  readonly published: string;
  readonly kind: string;
  readonly measure: string;
  readonly low: number;
  readonly high: number | null;
  readonly qualifier: string;
  readonly unit: string;
  readonly counted: string | null;
  readonly subject: string | null;
  readonly sources: JsonColumn;
  readonly via: JsonColumn;
  /** Every source and relay name, lower-cased, one per line: what `--source` matches. */
  readonly source_names: string;
  readonly cue: string | null;
  readonly hedged: BoolColumn;
  readonly time_text: string | null;
  readonly time_start: string | null;
  readonly time_end: string | null;
  readonly time_implied: BoolColumn | null;
  /** The claim's time, or its publication day when it has none: what --from/--to compare. */
  readonly period_start: string;
  readonly period_end: string;
  readonly place_text: string | null;
  readonly place_country: string | null;
  readonly place_region: string | null;
  readonly population: JsonColumn | null;
  readonly span_start: number;
  readonly span_end: number;
  readonly value_start: number;
  readonly value_end: number;
  readonly sentence: string;
  readonly rules: JsonColumn;
  readonly extra: JsonColumn | null;
}

export interface MarksTable {
  readonly article_id: string;
  readonly value_start: number;
  readonly value_end: number;
  readonly rating: string;
  readonly note: string | null;
  readonly marked_by: string | null;
  readonly marked_at: string;
}

export interface AttributionsTable {
  readonly id: Generated<number | string>;
  readonly article_id: string;
  readonly ordinal: number;
  readonly source_text: string;
  readonly source_start: number;
  readonly source_end: number;
  readonly source_type: string;
  readonly resolved: string | null;
  readonly cue_text: string;
  readonly cue_start: number;
  readonly cue_end: number;
  readonly content_text: string;
  readonly content_start: number;
  readonly content_end: number;
  readonly extra: JsonColumn | null;
}

export interface Database {
  articles: ArticlesTable;
  claims: ClaimsTable;
  attributions: AttributionsTable;
  marks: MarksTable;
  write_count: WriteCountTable;
}

/** One row: the articles written (stored or replaced) since the store was made (migration 6). */
export interface WriteCountTable {
  readonly id: number;
  readonly n: number | string;
}
