// The PostgreSQL engine: a pg Pool, tsvector columns with GIN indexes for search, and the
// server's errors in words. Only what differs from SQLite.
import pg from 'pg';
import { CompiledQuery, Kysely, PostgresDialect, sql, type RawBuilder } from 'kysely';
import { CrosscheckError } from '../../errors.js';
import type { ArticleHitRow, ClaimHitRow, Engine } from '../engine.js';
import type { Database } from '../schema.js';

/** A server that does not answer (a black-holed host) fails instead of hanging. */
const CONNECT_TIMEOUT_MS = 10_000;
const JSON_COLUMNS = new Set(['sources', 'via', 'population', 'rules', 'extra', 'messages']);
const HEADLINE = 'StartSel=«, StopSel=», MaxWords=30, MinWords=12, MaxFragments=1';

export function postgresKysely(location: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: location, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle client whose server went away emits 'error' on the pool; unhandled, that would end
  // the process. The next query reports it through describeError instead.
  pool.on('error', () => undefined);
  // The same for a client that is checked out but between queries (inside a transaction) when the
  // server ends its session (57P01 on a restart): pg emits 'error' on the client itself, where the
  // pool's handler is not. The client is then unusable, its next query fails (a coded 503 in the
  // server) and the pool discards it on release.
  pool.on('connect', (client) => { client.on('error', () => undefined); });
  return new Kysely<Database>({
    dialect: new PostgresDialect({
      pool,
      // The same promise as SQLite's WAL with synchronous=NORMAL: a commit is atomic and survives the
      // client being killed; a crash of the server itself may lose the last fraction of a second of
      // commits (whole articles, never part of one), which a re-run of ingest restores. It saves
      // the WAL flush each article's commit would otherwise wait for.
      onCreateConnection: async (connection) => {
        await connection.executeQuery(CompiledQuery.raw('set synchronous_commit = off'));
      },
    }),
  });
}

export function postgresEngine(location: string): Engine {
  const where = redact(location);
  return {
    name: 'postgres',
    types: { json: 'jsonb', bool: 'boolean', real: 'double precision', serial: 'bigint', articleRowid: false },
    bool: (value) => value,

    async insertArticles(trx, batch) {
      await insertStatement(batch.map((r) => r.article), batch.flatMap((r) => r.claims), batch.flatMap((r) => r.attributions)).execute(trx);
    },

    writeTransaction: (db, fn) => db.transaction().execute(fn),

    // The article index narrows to articles holding every term; their sentences are then checked.
    sentenceMatches: (terms) => sql`c.article_id in (select id from articles where search @@ to_tsquery('english', ${terms.join(' & ')}))
      and to_tsvector('english', c.sentence) @@ to_tsquery('english', ${terms.join(' & ')})`,

    async searchArticles(db, terms, { limit, every, window }) {
      // The window first (matches stored last, found through the GIN index), then rank only those,
      // then headline only the page: ts_headline re-parses the whole text.
      const { rows } = await sql<ArticleHitRow>`
        with query as (select to_tsquery('english', ${terms.join(every ? ' & ' : ' | ')}) as q),
        recent as (
          select a.id, a.search from articles a, query where a.search @@ query.q
          order by a.ingested_at desc, a.id desc limit ${window}),
        hits as (
          select recent.id, ts_rank_cd(recent.search, query.q, 1) as rank from recent, query
          order by rank desc, recent.id limit ${limit})
        select a.id, a.title, a.outlet, a.published, hits.rank::float8 as rank,
               ts_headline('english', a.text, query.q, ${HEADLINE}) as snippet
        from hits join articles a on a.id = hits.id, query order by hits.rank desc, hits.id`.execute(db);
      return rows;
    },

    async searchClaims(db, terms, articleIds) {
      const { rows } = await sql<{ id: string; article_id: string; snippet: string; rank: number }>`
        with query as (select to_tsquery('english', ${terms.join(' | ')}) as q)
        select distinct on (c.article_id) c.id::text as id, c.article_id, ts_rank_cd(to_tsvector('english', c.sentence), query.q)::float8 as rank,
               ts_headline('english', c.sentence, query.q, ${HEADLINE}) as snippet
        from claims c, query
        where c.article_id = any(${articleIds as string[]}) and to_tsvector('english', c.sentence) @@ query.q
        order by c.article_id, rank desc, c.id`.execute(db);
      return rows.map((r): ClaimHitRow => ({ id: r.id, articleId: r.article_id, snippet: r.snippet, rank: r.rank }));
    },

    isUniqueViolation: (err) => (err as { code?: unknown } | null)?.code === '23505',
    describeError: (err) => describePostgresError(err, where),
  };
}

/**
 * One statement, one round trip, for any number of articles: the article rows, then claims and
 * attributions, each table's rows as one JSON parameter unpacked by the server (a VALUES list of
 * hundreds of parameters takes twice as long). The foreign keys are checked at the end of the
 * statement, when the article rows are there.
 */
function insertStatement(articles: readonly object[], claims: readonly object[], attributions: readonly object[]): RawBuilder<unknown> {
  const steps = [fromJson('articles', articles), ...(claims.length ? [fromJson('claims', claims)] : []), ...(attributions.length ? [fromJson('attributions', attributions)] : [])];
  const last = steps.pop()!;
  const ctes = steps.map((step, i) => sql`${sql.raw(`s${i}`)} as (${step})`);
  return ctes.length ? sql`with ${sql.join(ctes)} ${last}` : last;
}

/** An INSERT of `rows` into `table` from one JSON parameter. JSON columns arrive as JSON text
 *  inside the JSON: `#>> '{}'` takes the text back out and ::jsonb parses it. */
function fromJson(table: 'articles' | 'claims' | 'attributions', rows: readonly object[]): RawBuilder<unknown> {
  const columns = Object.keys(rows[0] ?? {});
  const select = columns.map((c) => (JSON_COLUMNS.has(c) ? sql`(x.${sql.ref(c)} #>> '{}')::jsonb` : sql.ref(`x.${c}`)));
  return sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    select ${sql.join(select)} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)}) as x`;
}

/** The location without its password, for messages. */
export function redact(location: string): string {
  try {
    const url = new URL(location);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return location.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
  }
}

const UNREACHABLE: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused (is the server running?)',
  ENOTFOUND: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ETIMEDOUT: 'timed out',
  ECONNRESET: 'the connection was reset',
  '57P01': 'the server is shutting down',
  '57P03': 'the server is starting up or shutting down',
};

/** Why the server could not be reached, in words; null for an error the server itself sent.
 *  Shared with the job queue (src/queue), which talks to a PostgreSQL server of its own. */
export function unreachableReason(err: unknown): string | null {
  const code = errorCode(err);
  if (code !== null && UNREACHABLE[code]) return UNREACHABLE[code];
  const message = err instanceof Error ? err.message : String(err);
  return /timeout exceeded when trying to connect|Connection terminated/i.test(message) ? message : null;
}

function describePostgresError(err: unknown, where: string): CrosscheckError | null {
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  const unreachable = unreachableReason(err);
  if (unreachable !== null) return new CrosscheckError('E_STORE_UNREACHABLE', `the PostgreSQL server ${where}: ${unreachable}`);
  if (code === '3D000' || code === '28P01' || code === '28000' || code === '42501' || code === '3F000') {
    return new CrosscheckError('E_STORE_OPEN', `${where}: ${message}`);
  }
  if (code === '53100' || code === '53300') return new CrosscheckError('E_STORE_FAILED', `${where}: ${message}`);
  return null;
}

/** Node reports a refused connection to a name with two addresses as an AggregateError. */
function errorCode(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  if (err instanceof AggregateError) for (const e of err.errors) { const c = errorCode(e); if (c) return c; }
  return null;
}
