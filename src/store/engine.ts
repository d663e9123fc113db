// What differs between SQLite and PostgreSQL, and nothing else: column types, how a write
// transaction begins, full-text search, and how a driver's errors read. kysely-store.ts holds the
// logic both share; dialect/sqlite.ts and dialect/postgres.ts fill this in.
import type { Kysely, RawBuilder, SqlBool } from 'kysely';
import type { ArticleRows } from './rows.js';
import type { BoolColumn, Database } from './schema.js';

export interface ColumnTypes {
  readonly json: 'text' | 'jsonb';
  readonly bool: 'integer' | 'boolean';
  readonly real: 'real' | 'double precision';
  /** Claims and attributions get integer ids the engine assigns. */
  readonly serial: 'integer' | 'bigint';
  /** SQLite's full-text index needs a stable integer rowid on articles (`seq`). */
  readonly articleRowid: boolean;
}

export interface ArticleHitRow {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string;
  readonly snippet: string;
  readonly rank: number;
}

export interface ClaimHitRow {
  readonly id: string;
  readonly articleId: string;
  readonly snippet: string;
  readonly rank: number;
}

export interface SearchOptions {
  readonly limit: number;
  readonly every: boolean;
  /** How many of the latest-stored matching articles are ranked (≥ limit). */
  readonly window: number;
}

export interface Engine {
  readonly name: 'sqlite' | 'postgres';
  readonly types: ColumnTypes;
  bool(value: boolean): BoolColumn;
  /** Inserts new articles with their claims and attributions, in as few statements as the engine allows. */
  insertArticles(trx: Kysely<Database>, rows: readonly ArticleRows[]): Promise<void>;
  /** Runs `fn` in one write transaction; `fn` must use the handle it is given, not the store's. */
  writeTransaction<T>(db: Kysely<Database>, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** True when the claim's sentence (table alias `c`) holds every term. */
  sentenceMatches(terms: readonly string[]): RawBuilder<SqlBool>;
  /**
   * Articles holding every term (`every`) or any of them, best first among the `window` matching
   * articles stored last: ranking reads only those, so a search costs the same at any corpus size.
   */
  searchArticles(db: Kysely<Database>, terms: readonly string[], options: SearchOptions): Promise<ArticleHitRow[]>;
  /** Claim sentences of these articles matching any term, best first. */
  searchClaims(db: Kysely<Database>, terms: readonly string[], articleIds: readonly string[]): Promise<ClaimHitRow[]>;
  /** A unique constraint refused the row: another writer stored the same article first. */
  isUniqueViolation(err: unknown): boolean;
  /** A driver error turned into a coded error when it is about the store itself, else null. */
  describeError(err: unknown): Error | null;
}
