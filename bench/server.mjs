#!/usr/bin/env node
// GET /claims?measure=killed under a bounded loopback load (autocannon) against `crosscheck serve`
// whose store holds --claims claims (default 100,000): prints p50 / p99 latency, requests per second,
// errors and the server's peak RSS. The store is filled quickly: a few hundred generated articles
// (bench/generate-articles.mjs) are analysed once, then their documents are stored again and again
// under distinct texts (a line appended, so the spans still hold) with putArticles.
//
//   npm run build && node bench/server.mjs [--claims 100000] [--connections 10] [--duration 10]
//                                          [--db FILE|postgres://...] [--path URL] [--json]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { generateArticles } from './generate-articles.mjs';
import { scratchStore } from './scratch-store.mjs';
import { readOptions } from './options.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const opt = { claims: 100_000, connections: 10, duration: 10, distinct: 400, db: null, path: '/claims?measure=killed', json: false };
readOptions(opt, { claims: 'int', connections: 'int', duration: 'int', distinct: 'int', db: 'string', path: 'string', json: 'flag' }, (problem) => {
  if (problem) console.error(`bench: ${problem}`);
  console.log('usage: node bench/server.mjs [--claims 100000] [--connections 10] [--duration 10] [--distinct 400] [--db FILE|postgres://...] [--path /claims?measure=killed] [--json]');
  process.exit(problem ? 2 : 0);
});
const log = (s) => { if (!opt.json) process.stderr.write(`${s}\n`); };

const { analyse } = await import('../dist/pipeline.js');
const { openStore } = await import('../dist/store/open-store.js');

// ---------------------------------------------------------------------------------------------
// The store

const { location, cleanup } = await scratchStore(opt.db, 'crosscheck-bench-server-');

let t = performance.now();
const base = [...generateArticles({ n: opt.distinct, seed: 7, prefix: 'srv-' })].map((a) => ({ ...a, outlet: a.outlet ?? null, url: null, title: a.title ?? null }));
const docs = base.map((article) => ({ article, doc: analyse(article) }));
const perRound = docs.reduce((n, d) => n + d.doc.claims.length, 0);
log(`analysed ${docs.length} generated articles (${perRound} claims) in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const store = await openStore(location);
t = performance.now();
let stored = (await store.counts()).claims;
for (let round = 0; stored < opt.claims; round++) {
  const batch = [];
  for (const { article, doc } of docs) {
    if (stored >= opt.claims) break;
    // A copy under its own text and id; the appended line leaves every span where it was.
    const id = `${article.id}-r${round}`;
    const copy = { ...article, id, text: `${article.text}\n[copy ${round}]` };
    batch.push({ article: copy, doc: { ...doc, article: { ...doc.article, id } } });
    stored += doc.claims.length;
    if (batch.length === 200) { await store.putArticles(batch.splice(0)); }
  }
  if (batch.length) await store.putArticles(batch);
}
const counts = await store.counts();
await store.close();
log(`stored ${counts.articles} articles, ${counts.claims} claims in ${((performance.now() - t) / 1000).toFixed(1)} s`);

// ---------------------------------------------------------------------------------------------
// The server, in its own process: its RSS and CPU are its own, not the load generator's.

const server = spawn(process.execPath, [join(root, 'dist/cli/main.js'), 'serve', '--db', location, '--port', '0'], {
  env: { ...process.env, CROSSCHECK_TOKEN: randomBytes(16).toString('hex') }, stdio: ['ignore', 'ignore', 'pipe'],
});
const url = await new Promise((resolve, reject) => {
  let err = '';
  server.stderr.setEncoding('utf8').on('data', (d) => {
    err += d;
    const m = /serving (http:\/\/\S+)/.exec(err);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`server exited (${code}):\n${err}`)));
});
const first = await fetch(`${url}${opt.path}`);
const page = await first.json();
if (first.status !== 200) throw new Error(`${opt.path}: ${first.status} ${JSON.stringify(page)}`);
log(`server at ${url}; ${opt.path} → ${page.claims.length} claims a page`);

const result = await autocannon({ url: `${url}${opt.path}`, connections: opt.connections, duration: opt.duration, pipelining: 1 });
const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
const peakRssMb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
server.kill('SIGTERM');
const exitCode = await new Promise((resolve) => server.on('exit', resolve));
await cleanup();

const summary = {
  path: opt.path, claims: counts.claims, articles: counts.articles, connections: opt.connections, durationS: opt.duration,
  requests: result.requests.total, reqPerS: Math.round(result.requests.average),
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx,
  serverPeakRssMb: Math.round(peakRssMb), serverExit: exitCode, node: process.version,
};
if (opt.json) console.log(JSON.stringify(summary));
else {
  console.log(`GET ${summary.path} at ${summary.claims.toLocaleString('en-US')} stored claims, ${summary.connections} connections for ${summary.durationS} s:`);
  console.log(`  ${summary.reqPerS.toLocaleString('en-US')} req/s (${summary.requests.toLocaleString('en-US')} requests), latency p50 ${summary.latencyMs.p50} ms, p90 ${summary.latencyMs.p90} ms, p99 ${summary.latencyMs.p99} ms, max ${summary.latencyMs.max} ms`);
  console.log(`  errors ${summary.errors}, timeouts ${summary.timeouts}, non-2xx ${summary.non2xx}; server peak RSS ${summary.serverPeakRssMb} MB; clean exit ${summary.serverExit === 0}`);
}
