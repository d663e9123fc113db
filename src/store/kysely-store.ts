// The one ClaimStore implementation, over Kysely: every query both engines share lives here;
// what differs (transactions, full text, errors) comes from the Engine.
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Article, ClaimsDoc, SourceRef, SourceType } from '../types.js';
import { NO_CHANGE, type ClaimQuery, type Mark, type ClaimStore, type FoundArticle, type PutFailure, type PutResult, type SearchHit, type SourceCount, type StoreCounts, type StoredClaim } from './claim-store.js';
import { contentHash } from './content-hash.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { Engine } from './engine.js';
import { listingOrder } from './listing-order.js';
import { QueryShapes } from './query-shapes.js';
import { attributionFromRow, attributionRow, claimFromRow, claimRow, extraOf, readExtra, readJson, type ArticleRows, type ClaimRow } from './rows.js';
import type { Database } from './schema.js';
import { searchTerms } from './search-terms.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;
/** Search ranks the matching articles stored last, this many: its cost does not grow with the store. */
export const SEARCH_WINDOW = 2000;
/** Article ids per read of articleClaims: well inside both engines' limits on bound parameters. */
const ARTICLES_PER_READ = 500;
const DOC_KEYS = new Set(['schema', 'pipeline', 'article', 'claims', 'attributions', 'messages']);

export class KyselyStore implements ClaimStore {
  /** The reads every ingested article makes, compiled once (query-shapes.ts). */
  private readonly shapes = new QueryShapes();

  constructor(private readonly db: Kysely<Database>, private readonly engine: Engine) {}

  async putArticle(article: Article, doc: ClaimsDoc): Promise<PutResult> {
    try {
      return await this.put(article, doc);
    } catch (err) {
      // Two writers raced to store the same new article (PostgreSQL workers): the loser's
      // transaction rolled back whole, and a second look finds the winner's copy.
      if (!this.engine.isUniqueViolation(err)) throw this.engine.describeError(err) ?? err;
      return this.put(article, doc);
    }
  }

  private put(article: Article, doc: ClaimsDoc): Promise<PutResult> {
    // No read ahead of the transaction: callers that want to skip known articles cheaply ask
    // findArticle before analysing them, so nearly every put here is a write.
    return this.engine.writeTransaction(this.db, async (trx) => {
      const result = await this.putIn(trx, article, doc);
      await countWrites(trx, [result]);
      return result;
    });
  }

  async putArticles(items: readonly { readonly article: Article; readonly doc: ClaimsDoc }[]): Promise<(PutResult | PutFailure)[]> {
    const batch = () => this.engine.writeTransaction(this.db, async (trx) => {
      const results = await this.putAllNew(trx, items) ?? await this.putEach(trx, items);
      await countWrites(trx, results);
      return results;
    });
    try {
      return await batch();
    } catch (err) {
      // As in putArticle: another writer stored one of these first; the retry finds it known.
      if (!this.engine.isUniqueViolation(err)) throw this.engine.describeError(err) ?? err;
      return batch();
    }
  }

  /** A batch article by article, a savepoint each: one that fails is undone alone, the others still commit. */
  private async putEach(trx: Kysely<Database>, items: readonly { readonly article: Article; readonly doc: ClaimsDoc }[]): Promise<(PutResult | PutFailure)[]> {
    const results: (PutResult | PutFailure)[] = [];
    for (const [i, { article, doc }] of items.entries()) {
      const savepoint = sql.raw(`article_${i}`);
      await sql`savepoint ${savepoint}`.execute(trx);
      try {
        results.push(await this.putIn(trx, article, doc));
        await sql`release savepoint ${savepoint}`.execute(trx);
      } catch (err) {
        await sql`rollback to savepoint ${savepoint}`.execute(trx);
        if (this.engine.isUniqueViolation(err)) throw err;
        results.push({ status: 'failed', articleId: article.id, error: this.engine.describeError(err) ?? asError(err) });
      }
    }
    return results;
  }

  /**
   * The common case of a batch, in a few statements: every article is new (no text, URL or id the
   * store or the batch already holds), so one read checks them all and one insert writes them all
   * (one round trip for PostgreSQL instead of four an article). Null, with nothing written, when
   * an article is known or collides, or when the insert fails: the caller then goes article by
   * article, a savepoint each, and a failure stays the failing article's own.
   */
  private async putAllNew(trx: Kysely<Database>, items: readonly { readonly article: Article; readonly doc: ClaimsDoc }[]): Promise<PutResult[] | null> {
    if (items.length < 2) return null;
    const hashes = items.map(({ article }) => contentHash(article.text));
    const ids = items.map(({ article }) => article.id);
    const urls = items.flatMap(({ article }) => (article.url === null ? [] : [article.url]));
    if (new Set(hashes).size < items.length || new Set(ids).size < items.length || new Set(urls).size < urls.length) return null;
    const known = await trx.selectFrom('articles').select('id')
      .where((eb) => eb.or([eb('content_hash', 'in', hashes), eb('id', 'in', ids), ...(urls.length ? [eb('url', 'in', urls)] : [])]))
      .limit(1).executeTakeFirst();
    if (known) return null;
    const ingestedAt = new Date().toISOString();
    const rows = items.map(({ article, doc }, i) => this.rows(article, doc, hashes[i]!, ingestedAt));
    await sql`savepoint all_new`.execute(trx);
    try {
      await this.engine.insertArticles(trx, rows);
    } catch (err) {
      await sql`rollback to savepoint all_new`.execute(trx);
      // Another writer stored one of these since the read: the whole batch is retried (putArticles).
      if (this.engine.isUniqueViolation(err)) throw err;
      return null;
    }
    await sql`release savepoint all_new`.execute(trx);
    return rows.map((r) => ({ status: 'new', articleId: r.article.id, claims: r.claims.length, change: added(r) }));
  }

  private async putIn(trx: Kysely<Database>, article: Article, doc: ClaimsDoc): Promise<PutResult> {
    const hash = contentHash(article.text);
    const version = doc.pipeline.version;
    const { byHash, byUrl, idTaken } = await lookup(trx, this.shapes, article, hash);
    if (byHash) {
      if (!olderVersion(byHash.pipeline_version, version)) return { status: 'known', articleId: byHash.id, claims: 0, change: NO_CHANGE };
      // Same text, newer pipeline: the article's claims are replaced, its id kept, and its URL
      // unless the new one is free.
      const url = article.url !== null && byUrl === undefined ? article.url : byHash.url;
      const removed = await remove(trx, byHash.id);
      const rows = await this.insert(trx, { ...article, id: byHash.id, url }, doc, hash, byHash.ingested_at);
      return { status: 'replaced', articleId: byHash.id, claims: rows.claims.length, change: replacing(removed, rows) };
    }
    if (byUrl) {
      // A known URL with a new text: the page was updated, and its figures with it.
      const removed = await remove(trx, byUrl.id);
      const rows = await this.insert(trx, { ...article, id: byUrl.id }, doc, hash, byUrl.ingested_at);
      return { status: 'replaced', articleId: byUrl.id, claims: rows.claims.length, change: replacing(removed, rows) };
    }
    const id = idTaken ? await freeId(trx, article.id, hash) : article.id;
    const rows = await this.insert(trx, { ...article, id }, doc, hash, new Date().toISOString());
    return { status: 'new', articleId: id, claims: rows.claims.length, change: added(rows) };
  }

  /** Writes the article row, its claims and its attributions. */
  private async insert(trx: Kysely<Database>, article: Article, doc: ClaimsDoc, hash: string, ingestedAt: string): Promise<ArticleRows> {
    const rows = this.rows(article, doc, hash, ingestedAt);
    await this.engine.insertArticles(trx, [rows]);
    return rows;
  }

  private rows(article: Article, doc: ClaimsDoc, hash: string, ingestedAt: string): ArticleRows {
    const ctx = { articleId: article.id, published: article.published, text: article.text, bool: (b: boolean) => this.engine.bool(b) };
    return {
      article: {
        id: article.id, content_hash: hash, url: article.url, title: article.title, outlet: article.outlet,
        published: article.published, text: article.text, pipeline_version: doc.pipeline.version,
        messages: JSON.stringify(doc.messages), extra: extraOf(doc, DOC_KEYS), ingested_at: ingestedAt,
      },
      claims: doc.claims.map((c, i) => claimRow(c, i, ctx)),
      attributions: doc.attributions.map((a, i) => attributionRow(a, i, ctx)),
    };
  }

  async findArticle(key: { contentHash?: string; url?: string; id?: string }): Promise<FoundArticle | null> {
    const given = (['content_hash', 'url', 'id'] as const).filter((_, i) => [key.contentHash, key.url, key.id][i] !== undefined);
    if (!given.length) return null;
    const values = [key.contentHash, key.url, key.id].filter((v): v is string => v !== undefined);
    const { rows } = await this.shapes.execute(this.db, `find:${given.join()}`, values, (v) =>
      this.db.selectFrom('articles').select(['id', 'pipeline_version', 'content_hash'])
        .where((eb) => eb.or(given.map((column, i) => eb(column, '=', v[i]!)))).limit(1));
    const row = rows[0];
    return row ? { id: row.id, pipelineVersion: row.pipeline_version, contentHash: row.content_hash } : null;
  }

  async getArticle(id: string): Promise<{ article: Article; doc: ClaimsDoc } | null> {
    const row = await this.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return null;
    const [claims, attributions] = await Promise.all([
      this.db.selectFrom('claims').selectAll().where('article_id', '=', id).orderBy('ordinal').execute(),
      this.db.selectFrom('attributions').selectAll().where('article_id', '=', id).orderBy('ordinal').execute(),
    ]);
    const article: Article = { id: row.id, text: row.text, published: row.published, outlet: row.outlet, url: row.url, title: row.title };
    // Fields the tables have no columns for (in-article `checks`, anything added later) come back
    // from `extra`, hence the cast.
    const doc = {
      schema: 'crosscheck.claims/v1',
      pipeline: { name: 'crosscheck', version: row.pipeline_version },
      article: { id: row.id, published: row.published, outlet: row.outlet, url: row.url, title: row.title },
      claims: claims.map((c) => claimFromRow(c as ClaimRow)),
      attributions: attributions.map(attributionFromRow),
      // Documents stored before checks existed have none; newer ones keep theirs in `extra`.
      checks: [],
      messages: readJson(row.messages) as ClaimsDoc['messages'],
      ...readExtra(row.extra),
    } as ClaimsDoc;
    return { article, doc };
  }

  async queryClaims(query: ClaimQuery): Promise<{ claims: StoredClaim[]; nextCursor: string | null }> {
    const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
    let q = this.db.selectFrom('claims as c').innerJoin('articles as a', 'a.id', 'c.article_id').selectAll('c').select('a.outlet');
    if (query.measure !== undefined) q = q.where('c.measure', '=', query.measure);
    if (query.place !== undefined) {
      const [country, region] = query.place.toUpperCase().split('-', 2);
      q = q.where('c.place_country', '=', country ?? '');
      if (region !== undefined) q = q.where('c.place_region', '=', region);
    }
    if (query.source !== undefined) {
      // Lower-cased on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's only for ASCII.
      const pattern = `%${query.source.toLowerCase().replace(/[!%_]/g, '!$&')}%`;
      q = q.where(sql<SqlBool>`c.source_names like ${pattern} escape '!'`);
    }
    if (query.from !== undefined) q = q.where('c.period_end', '>=', query.from);
    if (query.to !== undefined) q = q.where('c.period_start', '<=', query.to);
    if (query.q !== undefined) {
      const terms = searchTerms(query.q);
      if (terms.length) q = q.where(this.engine.sentenceMatches(terms));
    }
    if (query.cursor !== undefined) {
      const key = decodeCursor(query.cursor);
      q = q.where((eb) => eb(eb.refTuple('c.published', 'c.id'), '<', eb.tuple(key.published, key.id)));
    }
    const rows = await q.orderBy('c.published', 'desc').orderBy('c.id', 'desc').limit(limit + 1).execute();
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor = rows.length > limit && last ? encodeCursor({ published: last.published, id: Number(last.id) }) : null;
    return { claims: page.map(storedClaim), nextCursor };
  }

  async articleClaims(articleIds: readonly string[]): Promise<StoredClaim[]> {
    const ids = [...new Set(articleIds)];
    const claims: StoredClaim[] = [];
    for (let i = 0; i < ids.length; i += ARTICLES_PER_READ) {
      const rows = await this.db.selectFrom('claims as c').innerJoin('articles as a', 'a.id', 'c.article_id')
        .selectAll('c').select('a.outlet').where('c.article_id', 'in', ids.slice(i, i + ARTICLES_PER_READ)).execute();
      claims.push(...rows.map(storedClaim));
    }
    return claims.sort(listingOrder);
  }

  async search(text: string, limit = 20): Promise<SearchHit[]> {
    const terms = searchTerms(text);
    if (!terms.length) return [];
    const page = Math.min(Math.max(1, Math.floor(limit)), MAX_LIMIT);
    const options = { limit: page, window: Math.max(SEARCH_WINDOW, page) };
    // Articles holding every word first, as a search engine reads several words; then, to fill
    // the page, those holding some of them.
    const articles = (await this.engine.searchArticles(this.db, terms, { ...options, every: true })).map((a) => ({ ...a, everyWord: true }));
    if (articles.length < page && terms.length > 1) {
      const found = new Set(articles.map((a) => a.id));
      const some = await this.engine.searchArticles(this.db, terms, { ...options, every: false });
      articles.push(...some.filter((a) => !found.has(a.id)).slice(0, page - articles.length).map((a) => ({ ...a, everyWord: false })));
    }
    if (!articles.length) return [];
    const claims = await this.engine.searchClaims(this.db, terms, articles.map((a) => a.id));
    const best = new Map<string, { id: string; snippet: string }>();
    for (const c of claims) if (!best.has(c.articleId)) best.set(c.articleId, { id: c.id, snippet: c.snippet });
    return articles.map((a) => ({
      articleId: a.id, title: a.title, outlet: a.outlet, published: a.published, snippet: a.snippet, everyWord: a.everyWord, rank: Number(a.rank),
      claim: best.get(a.id) ?? null,
    }));
  }

  async getClaim(id: string): Promise<StoredClaim | null> {
    if (!/^\d{1,15}$/.test(id)) return null;
    const row = await this.db.selectFrom('claims as c').innerJoin('articles as a', 'a.id', 'c.article_id')
      .selectAll('c').select('a.outlet').where('c.id', '=', Number(id)).executeTakeFirst();
    return row ? storedClaim(row) : null;
  }

  async putMark(mark: Mark): Promise<void> {
    const row = {
      article_id: mark.articleId, value_start: mark.valueStart, value_end: mark.valueEnd,
      rating: mark.rating, note: mark.note, marked_by: mark.markedBy, marked_at: mark.markedAt,
    };
    await this.db.insertInto('marks').values(row)
      .onConflict((oc) => oc.columns(['article_id', 'value_start', 'value_end'])
        .doUpdateSet({ rating: row.rating, note: row.note, marked_by: row.marked_by, marked_at: row.marked_at }))
      .execute();
  }

  async listMarks(): Promise<Mark[]> {
    const rows = await this.db.selectFrom('marks').selectAll().orderBy('marked_at').orderBy('article_id').execute();
    return rows.map((r) => ({
      articleId: r.article_id, valueStart: r.value_start, valueEnd: r.value_end, rating: r.rating,
      note: r.note, markedBy: r.marked_by, markedAt: r.marked_at,
    }));
  }

  async counts(): Promise<StoreCounts> {
    const count = async (table: keyof Database) =>
      Number((await this.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const written = await this.db.selectFrom('write_count').select('n').where('id', '=', 1).executeTakeFirst();
    return {
      articles: await count('articles'), claims: await count('claims'), attributions: await count('attributions'),
      writes: Number(written?.n ?? 0),
    };
  }

  async sources(): Promise<SourceCount[]> {
    // Counted here rather than in SQL: unnesting the JSON columns is spelled differently by each
    // engine, and two narrow columns of every claim are cheap to read (callers cache the answer).
    const rows = await this.db.selectFrom('claims').select(['article_id', 'sources', 'via']).orderBy('id').execute();
    const byKey = new Map<string, { name: string; types: Map<SourceType, number>; claims: number; relayed: number; articles: Set<string> }>();
    const count = (ref: SourceRef, articleId: string, field: 'claims' | 'relayed') => {
      const key = ref.name.toLowerCase();
      let s = byKey.get(key);
      if (!s) byKey.set(key, (s = { name: ref.name, types: new Map(), claims: 0, relayed: 0, articles: new Set() }));
      s[field]++;
      s.types.set(ref.type, (s.types.get(ref.type) ?? 0) + 1);
      s.articles.add(articleId);
    };
    for (const row of rows) {
      for (const ref of readJson(row.sources) as SourceRef[]) count(ref, row.article_id, 'claims');
      for (const ref of readJson(row.via) as SourceRef[]) count(ref, row.article_id, 'relayed');
    }
    return [...byKey.values()]
      .map((s) => ({
        name: s.name,
        types: [...s.types].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t),
        claims: s.claims, relayed: s.relayed, articles: s.articles.size,
      }))
      .sort((a, b) => b.claims - a.claims || b.relayed - a.relayed || a.name.localeCompare(b.name));
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** A claim row with its article's outlet, as every reader of claims hands it out: where a claim is
 *  from first, then the claim, then its sentence (how a reader scans JSON). */
function storedClaim(row: ClaimRow & { readonly id: number | string; readonly outlet: string | null }): StoredClaim {
  return {
    id: String(row.id),
    articleId: row.article_id,
    outlet: row.outlet,
    published: row.published,
    ...claimFromRow(row),
    sentence: row.sentence,
  };
}

const added = (rows: ArticleRows): StoreCounts => ({ articles: 1, claims: rows.claims.length, attributions: rows.attributions.length, writes: 1 });
const replacing = (removed: { claims: number; attributions: number }, rows: ArticleRows): StoreCounts =>
  ({ articles: 0, claims: rows.claims.length - removed.claims, attributions: rows.attributions.length - removed.attributions, writes: 1 });

/** Moves the write counter by the articles a transaction stored or replaced, last, just before it commits. */
async function countWrites(trx: Kysely<Database>, results: readonly (PutResult | PutFailure)[]): Promise<void> {
  const k = results.reduce((n, r) => n + (r.status === 'new' || r.status === 'replaced' ? 1 : 0), 0);
  if (k > 0) await trx.updateTable('write_count').set((eb) => ({ n: eb('n', '+', k) })).where('id', '=', 1).execute();
}

/** Deletes an article with its claims and attributions (one by one rather than by the cascade, so
 *  as to count them), before its new version is written under the same id. */
async function remove(trx: Kysely<Database>, id: string): Promise<{ claims: number; attributions: number }> {
  const claims = await trx.deleteFrom('claims').where('article_id', '=', id).executeTakeFirst();
  const attributions = await trx.deleteFrom('attributions').where('article_id', '=', id).executeTakeFirst();
  await trx.deleteFrom('articles').where('id', '=', id).execute();
  return { claims: Number(claims.numDeletedRows), attributions: Number(attributions.numDeletedRows) };
}

/** Whether stored version `a` is older than `b` ("0.9.0" < "0.10.0"): only then are claims replaced. */
export function olderVersion(a: string, b: string): boolean {
  const pa = a.split(/[.+-]/).map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split(/[.+-]/).map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0, y = pb[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}

interface Seen {
  readonly id: string;
  readonly url: string | null;
  readonly content_hash: string;
  readonly pipeline_version: string;
  readonly ingested_at: string;
}

/** One read for every way the article may be known: its text, its URL, its id. */
async function lookup(db: Kysely<Database>, shapes: QueryShapes, article: Article, hash: string): Promise<{ byHash?: Seen; byUrl?: Seen; idTaken: boolean }> {
  const values = article.url === null ? [hash, article.id] : [hash, article.id, article.url];
  const { rows } = await shapes.execute(db, `lookup:${values.length}`, values, (v) =>
    db.selectFrom('articles').select(['id', 'url', 'content_hash', 'pipeline_version', 'ingested_at'])
      .where((eb) => eb.or([eb('content_hash', '=', v[0]!), eb('id', '=', v[1]!), ...(v[2] === undefined ? [] : [eb('url', '=', v[2])])])));
  const byHash = rows.find((r) => r.content_hash === hash);
  const byUrl = article.url === null ? undefined : rows.find((r) => r.url === article.url && r !== byHash);
  return { ...(byHash ? { byHash } : {}), ...(byUrl ? { byUrl } : {}), idTaken: rows.some((r) => r.id === article.id) };
}

/** The caller's id is another text's (two batches both numbering from 1): keep both, the second
 *  under the id suffixed with its hash. */
async function freeId(trx: Kysely<Database>, id: string, hash: string): Promise<string> {
  for (const candidate of [`${id}-${hash.slice(0, 8)}`, `${id}-${hash}`]) {
    const taken = await trx.selectFrom('articles').select('id').where('id', '=', candidate).executeTakeFirst();
    if (!taken) return candidate;
  }
  throw new Error(`no free id for article ${id}`);
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
