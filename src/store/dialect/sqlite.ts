// The SQLite engine: one file, opened with better-sqlite3 (version 12: 13 needs Node 22) in WAL
// mode, writes in BEGIN IMMEDIATE transactions, FTS5 over articles for search. Only what differs from PostgreSQL.
import { resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { CrosscheckError } from '../../errors.js';
import type { ArticleHitRow, ClaimHitRow, Engine } from '../engine.js';
import type { ArticleRow, AttributionRow, ClaimRow } from '../rows.js';
import type { Database } from '../schema.js';
import { holdsEveryTerm, matchSentence } from '../sentence-match.js';

/** How long a writer waits for another process's transaction before E_STORE_BUSY. */
const BUSY_TIMEOUT_MS = 10_000;
const WAL_CHECKPOINT_PAGES = 10_000;
/** Prepared statements kept: the same few queries run for every article. */
const STATEMENT_CACHE = 200;

/** Opens (or creates) the file; throws E_STORE_OPEN naming the file and the reason. */
export function openSqliteDatabase(file: string, create: boolean): BetterSqlite3.Database {
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { fileMustExist: !create, timeout: BUSY_TIMEOUT_MS });
  } catch (err) {
    throw describeSqliteError(err, file) ?? err;
  }
  try {
    // A read first: a file that is not a database fails here, before anything is written to it.
    const tables = db.prepare("select name from sqlite_schema where type = 'table'").pluck().all() as string[];
    if (tables.length > 0 && !tables.includes('crosscheck_migration')) {
      throw new CrosscheckError('E_STORE_SCHEMA', `${file} is an SQLite database of another program (no crosscheck tables): not touching it`);
    }
    // WAL: readers never block the writer; NORMAL: a commit survives a crash of the process (not
    // of the machine's power), at a fraction of FULL's fsyncs.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // A checkpoint is the one fsync of WAL+NORMAL, and the index pages every article touches are
    // the same few: checkpointing every ~40 MB instead of 4 MB cut the wall time of a put by a
    // third in bench/store.mjs. The WAL file is cut back to 64 MB after each checkpoint.
    db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    db.pragma('journal_size_limit = 67108864');
    return db;
  } catch (err) {
    db.close();
    throw err instanceof CrosscheckError ? err : (describeSqliteError(err, file) ?? err);
  }
}

export function sqliteKysely(db: BetterSqlite3.Database): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingDatabase(db) }) });
}

/** Kysely prepares every query anew; better-sqlite3 statements can be reused, so keep them. */
function cachingDatabase(db: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(text: string): SqliteStatement {
      let statement = cache.get(text);
      if (!statement) {
        statement = db.prepare(text) as unknown as SqliteStatement;
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value as string);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

/** The SQL function that checks a claim sentence against search terms (a JSON array). */
const SENTENCE_HOLDS = 'crosscheck_sentence_holds';

export function sqliteEngine(file: string, db: BetterSqlite3.Database): Engine {
  db.function(SENTENCE_HOLDS, { deterministic: true }, (sentence, terms) =>
    (typeof sentence === 'string' && typeof terms === 'string' && holdsEveryTerm(sentence, JSON.parse(terms) as string[]) ? 1 : 0));
  const lockKey = file === ':memory:' ? Symbol(file) : resolve(file);
  // Prepared on first use: the tables exist only once the migrations have run.
  let statements: ReturnType<typeof prepareInserts> | undefined;
  return {
    name: 'sqlite',
    types: { json: 'text', bool: 'integer', real: 'real', serial: 'integer', articleRowid: true },
    bool: (value) => (value ? 1 : 0),

    // Straight to better-sqlite3, on the one connection the transaction holds: SQLite has no
    // round trips to batch, and a single-row statement prepared once beat Kysely's multi-row
    // VALUES (compiled and re-parsed per article) by about 0.8 ms an article in bench/store.mjs.
    async insertArticles(_trx, batch) {
      const insert = (statements ??= prepareInserts(db));
      for (const { article, claims, attributions } of batch) {
        insert.article.run(article);
        for (const row of claims) insert.claim.run(row);
        for (const row of attributions) insert.attribution.run(row);
      }
    },

    async writeTransaction(db, fn) {
      // IMMEDIATE takes the write lock up front: a deferred transaction that reads and then writes
      // can fail at once with SQLITE_BUSY when another process wrote in between. The in-process
      // lock comes first: better-sqlite3 waits for a busy file by blocking the thread, which would
      // also block the other store of this process that holds the lock (a deadlock).
      return inProcessLock(lockKey, () => db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await fn(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (err) {
          await sql`rollback`.execute(conn).catch(() => undefined);
          throw err;
        }
      }));
    },

    // Claim sentences have no index of their own (see sentence-match.ts): the article index
    // finds the articles holding every term, and the sentences of those are checked one by one.
    sentenceMatches: (terms) => sql`c.article_id in (
        select a.id from articles a where a.seq in (select rowid from articles_fts where articles_fts match ${ftsQuery(terms, ' AND ')}))
      and ${sql.raw(SENTENCE_HOLDS)}(c.sentence, ${JSON.stringify(terms)})`,

    async searchArticles(db, terms, { limit, every, window }) {
      // bm25: lower is better, and a title match counts four times a text match. FTS5 walks the
      // matches newest first (rowid order, no sort) and stops after the window; only those are
      // scored, and only the page gets a snippet (a snippet of every match cost 31 ms against
      // 5 ms for 2,600 matches of 10k articles, bench/query.mjs).
      const query = ftsQuery(terms, every ? ' AND ' : ' OR ');
      const { rows } = await sql<ArticleHitRow & { score: number }>`
        with recent as (
          select rowid as seq, bm25(articles_fts, 4.0, 1.0) as score from articles_fts
          where articles_fts match ${query} order by rowid desc limit ${window}),
        page as (select seq, score from recent order by score, seq desc limit ${limit})
        select a.id, a.title, a.outlet, a.published, snippet(articles_fts, -1, '«', '»', '…', 24) as snippet, page.score
        from page join articles_fts on articles_fts.rowid = page.seq join articles a on a.seq = page.seq
        where articles_fts match ${query}
        order by page.score, a.seq desc`.execute(db);
      return rows.map(({ score, ...hit }) => ({ ...hit, rank: -score }));
    },

    async searchClaims(db, terms, articleIds) {
      // The sentences of the page's articles, read in one query and ranked here.
      const rows = await db.selectFrom('claims').select(['id', 'article_id', 'sentence'])
        .where('article_id', 'in', articleIds).orderBy('id').execute();
      const best = new Map<string, ClaimHitRow>();
      for (const row of rows) {
        const hit = matchSentence(row.sentence, terms);
        if (hit && hit.score > (best.get(row.article_id)?.rank ?? 0)) {
          best.set(row.article_id, { id: String(row.id), articleId: row.article_id, snippet: hit.snippet, rank: hit.score });
        }
      }
      return [...best.values()];
    },

    isUniqueViolation: (err) => {
      const code = (err as { code?: unknown } | null)?.code;
      return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
    },
    describeError: (err) => describeSqliteError(err, file),
  };
}

const ARTICLE_COLUMNS = ['id', 'content_hash', 'url', 'title', 'outlet', 'published', 'text', 'pipeline_version', 'messages', 'extra', 'ingested_at'] as const satisfies readonly (keyof ArticleRow)[];
const CLAIM_COLUMNS = [
  'article_id', 'ordinal', 'published', 'kind', 'measure', 'low', 'high', 'qualifier', 'unit', 'counted', 'subject', 'sources', 'via',
  'source_names', 'cue', 'hedged', 'time_text', 'time_start', 'time_end', 'time_implied', 'period_start', 'period_end', 'place_text',
  'place_country', 'place_region', 'population', 'span_start', 'span_end', 'value_start', 'value_end', 'sentence', 'rules', 'extra',
] as const satisfies readonly (keyof ClaimRow)[];
const ATTRIBUTION_COLUMNS = [
  'article_id', 'ordinal', 'source_text', 'source_start', 'source_end', 'source_type', 'resolved', 'cue_text', 'cue_start', 'cue_end',
  'content_text', 'content_start', 'content_end', 'extra',
] as const satisfies readonly (keyof AttributionRow)[];

function prepareInserts(db: BetterSqlite3.Database) {
  const insert = (table: string, columns: readonly string[]) =>
    db.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`);
  return {
    article: insert('articles', ARTICLE_COLUMNS),
    claim: insert('claims', CLAIM_COLUMNS),
    attribution: insert('attributions', ATTRIBUTION_COLUMNS),
  };
}

const writers = new Map<string | symbol, Promise<unknown>>();

/** Runs `fn` after every earlier writer of this process on the same file has finished. */
async function inProcessLock<T>(key: string | symbol, fn: () => Promise<T>): Promise<T> {
  const previous = writers.get(key) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const settled = run.then(() => undefined, () => undefined);
  writers.set(key, settled);
  try {
    return await run;
  } finally {
    if (writers.get(key) === settled) writers.delete(key);
  }
}

/** Terms as FTS5 strings ("word"), joined by AND or OR: never raw query syntax. */
function ftsQuery(terms: readonly string[], join: string): string {
  return terms.map((t) => `"${t}"`).join(join);
}

function describeSqliteError(err: unknown, file: string): CrosscheckError | null {
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : String(err);
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_NOTADB') return new CrosscheckError('E_STORE_OPEN', `${file}: not an SQLite database file`);
  if (code === 'SQLITE_CANTOPEN') return new CrosscheckError('E_STORE_OPEN', `${file}: ${message.toLowerCase()}`);
  if (code.startsWith('SQLITE_READONLY')) return new CrosscheckError('E_STORE_OPEN', `${file}: read-only (${message})`);
  if (code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH')) return new CrosscheckError('E_STORE_OPEN', `${file}: permission denied`);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new CrosscheckError('E_STORE_BUSY', `${file} is locked by another process for more than ${BUSY_TIMEOUT_MS / 1000} s`);
  }
  if (code.startsWith('SQLITE_CORRUPT')) return new CrosscheckError('E_STORE_FAILED', `${file} is corrupt (${message})`);
  if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR')) return new CrosscheckError('E_STORE_FAILED', `${file}: ${message}`);
  return null;
}
