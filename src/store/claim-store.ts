// The one store interface (DESIGN.md): articles, their claims and attributions, kept for as long as
// the user likes. Two engines implement it through Kysely: SQLite (the default file) and PostgreSQL.
import type { Article, Claim, ClaimsDoc, Measure } from '../types.js';

export interface PutResult {
  /** new: first time seen; known: the same content (or URL with the same content) was stored already;
   *  replaced: the article was known but extracted by an older pipeline, so its claims were replaced. */
  readonly status: 'new' | 'known' | 'replaced';
  readonly articleId: string;
  readonly claims: number;
}

export interface StoredClaim extends Claim {
  /** Store-wide id of the claim. */
  readonly id: string;
  readonly articleId: string;
  readonly outlet: string | null;
  readonly published: string;
  /** The sentence the claim came from (its `span` sliced from the article text). */
  readonly sentence: string;
}

export interface ClaimQuery {
  readonly measure?: Measure;
  /** Matches a source or relay name (case-insensitive substring). */
  readonly source?: string;
  /** ISO 3166-1 alpha-2 country ("RU"), or country-region ("RU-KRS"). */
  readonly place?: string;
  /** Claims whose time overlaps [from, to] (ISO dates); claims with no time use the publication date. */
  readonly from?: string;
  readonly to?: string;
  /** Full-text match on the claim's sentence. */
  readonly q?: string;
  readonly limit?: number;
  /** Opaque cursor from a previous page. */
  readonly cursor?: string;
}

export interface SearchHit {
  readonly articleId: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string;
  /** A short excerpt around the match. */
  readonly snippet: string;
  readonly rank: number;
}

export interface ClaimStore {
  /** Stores an article with its claims document in one transaction; idempotent by content hash. */
  putArticle(article: Article, doc: ClaimsDoc): Promise<PutResult>;
  /** Whether an article with this content hash (or URL) is stored, and by which pipeline version. */
  findArticle(key: { contentHash?: string; url?: string; id?: string }): Promise<{ id: string; pipelineVersion: string } | null>;
  getArticle(id: string): Promise<{ article: Article; doc: ClaimsDoc } | null>;
  queryClaims(query: ClaimQuery): Promise<{ claims: StoredClaim[]; nextCursor: string | null }>;
  search(text: string, limit?: number): Promise<SearchHit[]>;
  counts(): Promise<{ articles: number; claims: number; attributions: number }>;
  close(): Promise<void>;
}
