#!/usr/bin/env node
// Query latency as the store grows: fills an SQLite file and a PostgreSQL schema to each --sizes
// count of articles, and at each size times `queryClaims({ measure: 'killed', place: 'RU' })` (what
// `crosscheck claims --measure killed --place RU` runs) and `search('north korean casualties')`,
// p50 and p99 over --reps runs, engines and queries interleaved. Prints the latency ratio between
// the largest and the smallest size next to the size ratio (sub-linear: well under it) and each
// query's plan (EXPLAIN), flagging a table scan or a sort of every match.
//
// The fill does not run the NLP: a pool of --pool generated articles (generate-articles.mjs) is
// analysed once, and each stored article is a pool article with its own id, publication date
// (whole weeks back, claim times shifted alike), figures (digits swapped for others of the same
// length, so every offset stays true, claim values and attribution text updated) and a closing
// line; 2% of those lines mention North Korean units, so the search has a few pointed hits among
// many articles that only share "casualties" (article-variants.mjs).
//
//   npm run build && node bench/query.mjs [--sizes 10000,100000] [--reps 200] [--pool 400]
//        [--pg postgres://root@127.0.0.1:5432/test | --no-pg] [--seed 1] [--json]
//
// About 10–20 minutes at the defaults on 2 cores (19 min on a busy one), nearly all of it the 100k
// fills (progress shown).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { variantOf } from './article-variants.mjs';
import { generateArticles, mulberry32 } from './generate-articles.mjs';
import { scratchSchema } from './scratch-store.mjs';
import { readOptions } from './options.mjs';

const opt = { sizes: [10_000, 100_000], reps: 200, pool: 400, pg: 'postgres://root@127.0.0.1:5432/test', seed: 1, json: false };
readOptions(opt, { sizes: 'ints', reps: 'int', pool: 'int', pg: 'string', seed: 'int', json: 'flag' }, usage, { 'no-pg': ['pg', null] });
if (!opt.sizes.length || opt.sizes.some((s) => !Number.isInteger(s) || s < 1)) usage('--sizes takes counts like 10000,100000');
opt.sizes.sort((x, y) => x - y);

function usage(problem) {
  if (problem) console.error(`bench: ${problem}`);
  console.log('usage: node bench/query.mjs [--sizes 10000,100000] [--reps 200] [--pool 400] [--pg URL | --no-pg] [--seed 1] [--json]');
  process.exit(problem ? 2 : 0);
}
const log = (line) => { if (!opt.json) console.log(line); };
// On a terminal one line redrawn in place; in a log, a line every 10,000 articles.
const progress = (line, done) => {
  if (opt.json) return;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}`.padEnd(90));
  else if (line && done % 10_000 === 0) console.log(line);
};

const { analyse } = await import('../dist/pipeline.js');
const { openStore } = await import('../dist/store/open-store.js');

// ---------------------------------------------------------------------------------------------
// The pool, analysed once, and the variants made from it.

const t0 = performance.now();
const pool = [...generateArticles({ n: opt.pool, seed: opt.seed, prefix: 'pool-' })].map((article) => ({ article, doc: analyse(article) }));
log(`crosscheck bench/query: pool of ${pool.length} analysed articles (${pool.reduce((n, p) => n + p.doc.claims.length, 0)} claims) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// ---------------------------------------------------------------------------------------------
// The stores.

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-query-'));
const engines = [{ name: 'sqlite', location: join(dir, 'query.db') }];
let admin = null, schema = null, dropSchema = async () => {};
if (opt.pg) {
  const scratch = await scratchSchema(opt.pg);
  ({ admin, schema } = scratch);
  dropSchema = scratch.drop;
  engines.push({ name: 'postgres', location: scratch.location });
}
for (const e of engines) {
  e.store = await openStore(e.location);
  e.filled = 0;
  e.rand = mulberry32(opt.seed);
}

const FILL_BATCH = 500;
async function fillTo(e, size) {
  const started = performance.now(), from = e.filled;
  while (e.filled < size) {
    const n = Math.min(FILL_BATCH, size - e.filled);
    const items = Array.from({ length: n }, (_, k) => variantOf(pool, e.filled + k, e.rand));
    const results = await e.store.putArticles(items);
    const bad = results.find((r) => r.status !== 'new');
    if (bad) throw new Error(`${e.name}: article ${bad.articleId} was ${bad.status}${bad.error ? `: ${bad.error.message}` : ''}`);
    e.filled += n;
    const rate = (e.filled - from) / ((performance.now() - started) / 1000);
    progress(`  filling ${e.name}: ${e.filled.toLocaleString('en-US')}/${size.toLocaleString('en-US')} articles (${rate.toFixed(0)}/s)`, e.filled);
  }
  // What autovacuum does soon after a big ingest; SQLite gets no statistics (the store never runs
  // ANALYZE), so its plans here are the ones a user's file gets.
  if (e.name === 'postgres') await admin.query(`analyze ${schema}.claims; analyze ${schema}.articles`);
  if (!opt.json && process.stdout.isTTY) process.stdout.write(`\r${''.padEnd(90)}\r`);
  return (performance.now() - started) / 1000;
}

// ---------------------------------------------------------------------------------------------
// Plans: the SQL each store method runs (kysely-store.ts, dialect/*.ts), explained.

const CLAIMS_SQL = {
  sqlite: `select "c".*, "a"."outlet" from "claims" as "c" inner join "articles" as "a" on "a"."id" = "c"."article_id"
           where "c"."measure" = 'killed' and "c"."place_country" = 'RU' order by "c"."published" desc, "c"."id" desc limit 51`,
};
CLAIMS_SQL.postgres = CLAIMS_SQL.sqlite;
// The first of search's two queries (articles holding every word), as dialect/*.ts spell it.
const SEARCH_SQL = {
  sqlite: `with recent as (select rowid as seq, bm25(articles_fts, 4.0, 1.0) as score from articles_fts
             where articles_fts match '"north" AND "korean" AND "casualties"' order by rowid desc limit 2000),
           page as (select seq, score from recent order by score, seq desc limit 20)
           select a.id, snippet(articles_fts, -1, '«', '»', '…', 24) as snippet, page.score
           from page join articles_fts on articles_fts.rowid = page.seq join articles a on a.seq = page.seq
           where articles_fts match '"north" AND "korean" AND "casualties"' order by page.score, a.seq desc`,
  postgres: `with query as (select to_tsquery('english', 'north & korean & casualties') as q),
           recent as (select a.id, a.search from articles a, query where a.search @@ query.q order by a.ingested_at desc, a.id desc limit 2000),
           hits as (select recent.id, ts_rank_cd(recent.search, query.q, 1) as rank from recent, query order by rank desc, recent.id limit 20)
           select a.id, hits.rank from hits join articles a on a.id = hits.id order by hits.rank desc, hits.id`,
};

async function explain(e, sql) {
  if (e.name === 'sqlite') {
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(e.location, { readonly: true });
    try {
      return db.prepare(`explain query plan ${sql}`).all().map((r) => r.detail);
    } finally {
      db.close();
    }
  }
  await admin.query(`set search_path = ${schema}`);
  try {
    return (await admin.query(`explain ${sql}`)).rows.map((r) => r['QUERY PLAN']);
  } finally {
    await admin.query('set search_path = default');
  }
}
// A full pass over a table. (Search ranks a window of the latest-stored matches, found through the
// FTS5 or GIN index; its plan is shown, not flagged.)
const SCAN = /^SCAN (claims|articles|attributions|c|a)\b(?! USING)|Seq Scan on (claims|articles|attributions)\b/;
// A sort of every matching claim before the LIMIT: the claims query must walk an index in order.
const FULL_SORT = /USE TEMP B-TREE FOR ORDER BY|^\s*->\s*Sort\b|^Sort\b/;

// ---------------------------------------------------------------------------------------------
// Latency.

const QUERIES = {
  claims: (store) => store.queryClaims({ measure: 'killed', place: 'RU' }),
  search: (store) => store.search('north korean casualties'),
};

async function measure() {
  const samples = Object.fromEntries(engines.map((e) => [e.name, Object.fromEntries(Object.keys(QUERIES).map((q) => [q, []]))]));
  const rows = {};
  for (let r = -10; r < opt.reps; r++) {
    // The first 10 warm caches and prepared statements; then engines and queries take turns.
    for (const e of r % 2 ? engines : [...engines].reverse()) {
      for (const [name, run] of Object.entries(QUERIES)) {
        const t = performance.now();
        const result = await run(e.store);
        const ms = performance.now() - t;
        if (r >= 0) samples[e.name][name].push(ms);
        rows[`${e.name}/${name}`] = Array.isArray(result) ? result.length : result.claims.length;
      }
    }
  }
  const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
  return Object.fromEntries(engines.map((e) => [e.name, Object.fromEntries(Object.keys(QUERIES).map((q) => [q, {
    p50: +pct(samples[e.name][q], 50).toFixed(3), p99: +pct(samples[e.name][q], 99).toFixed(3), rows: rows[`${e.name}/${q}`],
  }]))]));
}

const report = { sizes: opt.sizes, reps: opt.reps, pool: opt.pool, seed: opt.seed, node: process.version, fills: {}, latency: {}, plans: {}, scans: [] };
try {
  for (const size of opt.sizes) {
    for (const e of engines) {
      const seconds = await fillTo(e, size);
      report.fills[`${e.name}/${size}`] = { seconds: +seconds.toFixed(1) };
      log(`  ${e.name} filled to ${size.toLocaleString('en-US')} articles in ${seconds.toFixed(1)} s`);
    }
    report.latency[size] = await measure();
    for (const e of engines) {
      for (const [name, sql] of [['claims', CLAIMS_SQL[e.name]], ['search', SEARCH_SQL[e.name]]]) {
        const plan = await explain(e, sql);
        report.plans[`${e.name}/${name}/${size}`] = plan;
        for (const line of plan) {
          if (SCAN.test(line.trim()) || (name === 'claims' && FULL_SORT.test(line))) report.scans.push(`${e.name} ${name} at ${size}: ${line.trim()}`);
        }
      }
    }
    for (const e of engines) {
      const l = report.latency[size][e.name];
      log(`  at ${size.toLocaleString('en-US')}: ${e.name.padEnd(8)} claims p50 ${l.claims.p50} ms p99 ${l.claims.p99} ms (${l.claims.rows} rows); ` +
        `search p50 ${l.search.p50} ms p99 ${l.search.p99} ms (${l.search.rows} hits)`);
    }
  }

  const [small, large] = [opt.sizes[0], opt.sizes[opt.sizes.length - 1]];
  report.growth = { articles: large / small };
  for (const e of engines) {
    for (const q of Object.keys(QUERIES)) {
      const a = report.latency[small][e.name][q], b = report.latency[large][e.name][q];
      report.growth[`${e.name}/${q}`] = { p50: +(b.p50 / a.p50).toFixed(2), p99: +(b.p99 / a.p99).toFixed(2) };
    }
  }
  report.benchSeconds = +((performance.now() - t0) / 1000).toFixed(1);

  if (opt.json) console.log(JSON.stringify(report, null, 2));
  else {
    log('');
    log(`latency growth from ${small.toLocaleString('en-US')} to ${large.toLocaleString('en-US')} articles (×${report.growth.articles} the data; sub-linear is well under that):`);
    for (const [key, g] of Object.entries(report.growth)) if (key !== 'articles') log(`  ${key.padEnd(16)} p50 ×${g.p50}  p99 ×${g.p99}`);
    log('');
    log(`plans at ${large.toLocaleString('en-US')}:`);
    for (const [key, plan] of Object.entries(report.plans)) {
      if (!key.endsWith(`/${large}`)) continue;
      log(`  ${key.replace(`/${large}`, '')}:`);
      for (const line of plan) log(`    ${line}`);
    }
    log(report.scans.length ? `\ntable scans, or claims sorted before the limit:\n  ${report.scans.join('\n  ')}` : '\nno table scan in any plan, and the claims query walks an index in order');
    log(`bench time ${report.benchSeconds} s`);
  }
} finally {
  for (const e of engines) await e.store.close();
  if (admin) {
    await dropSchema();
  }
  rmSync(dir, { recursive: true, force: true });
}
