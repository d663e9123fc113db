#!/usr/bin/env node
// What the store costs on top of extraction: analyses N generated articles (generate-articles.mjs),
// then times putArticle for all of them into a fresh store, and again (all known).
// PostgreSQL runs in a schema made for the run and dropped after it.
//
//   npm run build && node bench/store.mjs [--n 500] [--db FILE|postgres://...] [--batch K] [--json]
import { generateArticles } from './generate-articles.mjs';
import { scratchStore } from './scratch-store.mjs';

const opt = { n: 500, db: null, json: false, batch: 1 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--n') opt.n = Number(argv[++i]);
  else if (a === '--db') opt.db = argv[++i];
  else if (a === '--json') opt.json = true;
  else if (a === '--batch') opt.batch = Number(argv[++i]);
  else if (a === '--help' || a === '-h') { console.log('usage: node bench/store.mjs [--n 500] [--db FILE|postgres://...] [--batch K] [--json]\n  --batch K  putArticles with K articles a transaction (default 1: putArticle)'); process.exit(0); }
  else { console.error(`bench: unknown argument ${a}`); process.exit(2); }
}
if (!Number.isInteger(opt.n) || opt.n < 1) { console.error('bench: --n must be a whole number ≥ 1'); process.exit(2); }

const { analyse } = await import('../dist/pipeline.js');
const { openStore } = await import('../dist/store/open-store.js');

const articles = [...generateArticles({ n: opt.n })];

// Warm the model up, then time extraction alone.
analyse(articles[0]);
let t = performance.now();
const docs = articles.map((a) => analyse(a));
const extractMs = performance.now() - t;

const { location, cleanup } = await scratchStore(opt.db, 'crosscheck-bench-');

const store = await openStore(location);
async function putAll() {
  if (opt.batch <= 1) {
    for (let i = 0; i < articles.length; i++) await store.putArticle(articles[i], docs[i]);
    return;
  }
  for (let i = 0; i < articles.length; i += opt.batch) {
    await store.putArticles(articles.slice(i, i + opt.batch).map((article, k) => ({ article, doc: docs[i + k] })));
  }
}
t = performance.now();
const cpu = process.cpuUsage();
await putAll();
const putMs = performance.now() - t;
const { user, system } = process.cpuUsage(cpu);
t = performance.now();
await putAll();
const knownMs = performance.now() - t;
const counts = await store.counts();
t = performance.now();
const q = await store.queryClaims({ measure: 'killed', place: 'RU' });
const queryMs = performance.now() - t;
t = performance.now();
const hits = await store.search('north korean casualties');
const searchMs = performance.now() - t;
await store.close();
await cleanup();

const perSec = (ms) => Math.round(articles.length / (ms / 1000));
const result = {
  engine: /^postgres/.test(opt.db ?? '') ? 'postgres' : 'sqlite', batch: opt.batch,
  articles: articles.length, claims: counts.claims,
  extractPerSec: perSec(extractMs), putPerSec: perSec(putMs), knownPerSec: perSec(knownMs),
  // The store's time as a share of extraction's: ingest runs both, so 0.2 means 20% slower.
  storeCost: Number((putMs / extractMs).toFixed(3)),
  // This process's CPU per put (for PostgreSQL the server's work is not in it).
  putCpuMs: Number(((user + system) / 1000 / articles.length).toFixed(3)),
  extractMs: Number((extractMs / articles.length).toFixed(3)),
  queryMs: Number(queryMs.toFixed(1)), queryRows: q.claims.length, searchMs: Number(searchMs.toFixed(1)), searchHits: hits.length,
};
if (opt.json) console.log(JSON.stringify(result));
else {
  console.log(`${result.engine}: ${result.articles} articles, ${result.claims} claims, ${opt.batch} a transaction`);
  console.log(`  extraction  ${result.extractPerSec} articles/s`);
  console.log(`  putArticle  ${result.putPerSec} articles/s new, ${result.knownPerSec} articles/s known`);
  console.log(`  store cost  ${(result.storeCost * 100).toFixed(1)}% of extraction time (${result.extractMs} ms an article to extract; putArticle ${result.putCpuMs} ms CPU in this process)`);
  console.log(`  claims --measure killed --place RU: ${result.queryMs} ms (${result.queryRows} rows); search: ${result.searchMs} ms`);
}
