// The one store interface (DESIGN.md): articles, their claims and attributions, kept for as long as
// the user likes. Two engines implement it through Kysely: SQLite (the default file) and PostgreSQL.
import type { Article, Claim, ClaimsDoc, Measure, SourceType } from '../types.js';

/** Rows per table, and the articles ever written: what counts() answers, and what a put changed in it. */
export interface StoreCounts {
  readonly articles: number;
  readonly claims: number;
  readonly attributions: number;
  /** Articles stored or replaced since the store was made: moved by every write, including a
   *  replacement that leaves the row counts as they were. */
  readonly writes: number;
}

/** The change of a put that wrote nothing (a known article). */
export const NO_CHANGE: StoreCounts = { articles: 0, claims: 0, attributions: 0, writes: 0 };

export interface PutResult {
  /** new: first time seen; known: the same content (or URL with the same content) was stored already;
   *  replaced: the article was known but extracted by an older pipeline, so its claims were replaced,
   *  or its URL was known with a different text (the page was updated), so the article was. */
  readonly status: 'new' | 'known' | 'replaced';
  readonly articleId: string;
  /** Claims written by this call: 0 when the article was known. */
  readonly claims: number;
  /** What this call changed in counts(): nothing when known; a new article adds itself, its claims
   *  and its attributions; a replaced one adds its claims and attributions less the earlier
   *  version's. So a reader of counts() can tell its own writes from everyone else's. */
  readonly change: StoreCounts;
}

/** An article of a putArticles batch that could not be stored; the rest of the batch was. */
export interface PutFailure {
  readonly status: 'failed';
  readonly articleId: string;
  readonly error: Error;
}

export interface FoundArticle {
  readonly id: string;
  readonly pipelineVersion: string;
  /** So a caller that found the article by URL can tell whether its text changed since. */
  readonly contentHash: string;
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
  /** A short excerpt around the match, the matched words between « and ». */
  readonly snippet: string;
  /** The article holds every searched word; hits that do come before hits holding only some. */
  readonly everyWord: boolean;
  /** Higher is better; comparable only among the hits of one result list with the same `everyWord`. */
  readonly rank: number;
  /** The best-matching claim sentence of the article, when a claim's sentence matches too. */
  readonly claim: { readonly id: string; readonly snippet: string } | null;
}

/** A figure a user marked for review: by article and the characters of its number. */
export interface Mark {
  readonly articleId: string;
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The reviewer's verdict as words ("False", "Misleading", "Accurate", "Outdated rate"...). */
  readonly rating: string;
  readonly note: string | null;
  readonly markedBy: string | null;
  readonly markedAt: string;
}

/** One source as the stored claims name it: how often it speaks and how often it relays. */
export interface SourceCount {
  /** As first written in the store; names differing only in case are one source. */
  readonly name: string;
  /** The types the pipeline gave it, most frequent first. */
  readonly types: readonly SourceType[];
  /** Claims it is a source of. */
  readonly claims: number;
  /** Claims it relays (`via`): a wire agency or state media passing on another's figure. */
  readonly relayed: number;
  /** Articles in which it is a source or relay. */
  readonly articles: number;
}

export interface ClaimStore {
  /** Stores an article with its claims document in one transaction; idempotent by content hash. */
  putArticle(article: Article, doc: ClaimsDoc): Promise<PutResult>;
  /** Stores several articles in one transaction, each whole or not at all (a savepoint each): the
   *  same as putArticle one by one, at a fraction of the commits. Results are in input order. */
  putArticles(items: readonly { readonly article: Article; readonly doc: ClaimsDoc }[]): Promise<(PutResult | PutFailure)[]>;
  /** Whether an article with this content hash (or URL) is stored, and by which pipeline version.
   *  `contentHash` is `contentHash(text)` from content-hash.ts; with several keys, any may match. */
  findArticle(key: { contentHash?: string; url?: string; id?: string }): Promise<FoundArticle | null>;
  getArticle(id: string): Promise<{ article: Article; doc: ClaimsDoc } | null>;
  queryClaims(query: ClaimQuery): Promise<{ claims: StoredClaim[]; nextCursor: string | null }>;
  /** Every stored claim of these articles (none for an id the store does not hold), in
   *  queryClaims' order: the claims a whole listing would give for them, read in one go. */
  articleClaims(articleIds: readonly string[]): Promise<StoredClaim[]>;
  search(text: string, limit?: number): Promise<SearchHit[]>;
  /** One stored claim by its id, or null. */
  getClaim(id: string): Promise<StoredClaim | null>;
  /** Marks a figure for review, replacing an earlier mark on the same figure. */
  putMark(mark: Mark): Promise<void>;
  listMarks(): Promise<Mark[]>;
  counts(): Promise<StoreCounts>;
  /** Every source and relay name of the stored claims, most claims first (then by name). */
  sources(): Promise<SourceCount[]>;
  close(): Promise<void>;
}
