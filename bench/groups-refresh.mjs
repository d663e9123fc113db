#!/usr/bin/env node
// What a reader of GET /groups pays after a write: the time of the first GET /groups?limit=20
// after one POST /articles, at each --sizes count of stored articles, in process (inject).
// Side by side, reps interleaved, over one store:
//   before     a server built from --baseline DIR (a checkout of an earlier commit, built), after
//              its own POST: its cache reads every claim again;
//   after      this checkout's server after its own POST: it reads the posted article's claims
//              and rebuilds the groups they touch (src/server/reconcile-cache.ts);
//   fallback   this checkout's server after a write by someone else (the baseline's POST, or a
//              second store handle without --baseline): it reads every claim again.
// After each rep the groups and conflicts of `after` are checked against a server that reads
// every claim (the baseline's, else a fresh one of this checkout); a difference exits 1.
//
// The fill does not run the NLP (article-variants.mjs, as bench/query.mjs); the posted articles
// are generated ones (generate-articles.mjs) that the server analyses, untimed.
//
//   npm run build && node bench/groups-refresh.mjs [--sizes 1000,10000] [--reps 7] [--baseline DIR]
//        [--db FILE|postgres://...] [--pool 400] [--seed 1] [--json]
//
// A baseline: git worktree add --detach ../base <commit> && cd ../base && ln -s <this>/node_modules
// && npx tsc -p tsconfig.build.json. A stored article holds 9.75 claims on average, so the default
// sizes are about 10k and 100k claims.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { variantOf } from './article-variants.mjs';
import { generateArticles, mulberry32 } from './generate-articles.mjs';
import { scratchStore } from './scratch-store.mjs';
import { readOptions } from './options.mjs';

const opt = { sizes: [1_000, 10_000], reps: 7, baseline: null, db: null, pool: 400, seed: 1, json: false };
readOptions(opt, { sizes: 'ints', reps: 'int', baseline: 'string', db: 'string', pool: 'int', seed: 'int', json: 'flag' }, usage);
if (!opt.sizes.length || opt.sizes.some((s) => !Number.isInteger(s) || s < 1)) usage('--sizes takes counts of articles like 1000,10000');
opt.sizes.sort((x, y) => x - y);

function usage(problem) {
  if (problem) console.error(`bench: ${problem}`);
  console.log(`usage: node bench/groups-refresh.mjs [--sizes 1000,10000] [--reps 7] [--baseline DIR] [--db FILE|postgres://...] [--pool 400] [--seed 1] [--json]

The first GET /groups after one POST /articles, at each size (stored articles, about 9.75 claims
each): this checkout after its own write (incremental) and after someone else's (full reload),
and with --baseline DIR (a built checkout of an earlier commit) that server after its own write.`);
  process.exit(problem ? 2 : 0);
}
const log = (line) => { if (!opt.json) console.log(line); };

const load = async (root) => {
  const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
  return { ...(await dist('server/build-app.js')), ...(await dist('store/open-store.js')), ...(await dist('pipeline.js')) };
};
const here = await load(resolve(import.meta.dirname, '..'));
const base = opt.baseline ? await load(resolve(opt.baseline)) : null;

const t0 = performance.now();
const pool = [...generateArticles({ n: opt.pool, seed: opt.seed, prefix: 'pool-' })].map((article) => ({ article, doc: here.analyse(article) }));
log(`crosscheck bench/groups-refresh: pool of ${pool.length} analysed articles (${pool.reduce((n, p) => n + p.doc.claims.length, 0)} claims) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const posts = generateArticles({ n: 1_000_000, seed: opt.seed + 1000, prefix: 'post-' });

const TOKEN = 'bench-token-0123456789abcdef';
const scratch = await scratchStore(opt.db, 'crosscheck-bench-groups-');
const store = await here.openStore(scratch.location);
const outsider = base ? await base.openStore(scratch.location) : await here.openStore(scratch.location);
const app = async (mod, s) => { const a = await mod.buildApp({ store: s, pipeline: mod.analyse, token: TOKEN, webRoot: null }); await a.ready(); return a; };
const after = await app(here, store);
const before = base ? await app(base, outsider) : null;

const get = async (a, url) => {
  const res = await a.inject({ method: 'GET', url });
  if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  return res.body;
};
const timed = async (a) => { const t = performance.now(); await get(a, '/groups?limit=20'); return performance.now() - t; };
const post = async (a) => {
  const { value: article } = posts.next();
  const res = await a.inject({
    method: 'POST', url: '/articles', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    payload: JSON.stringify({ text: article.text, published: article.published, outlet: article.outlet }),
  });
  if (res.statusCode !== 201) throw new Error(`POST /articles: ${res.statusCode} ${res.body.slice(0, 200)}`);
};

/** Groups and conflicts as a server that reads every claim answers them. */
async function reference() {
  if (before) return [await get(before, '/groups?limit=1000'), await get(before, '/conflicts?limit=1000')];
  const fresh = await app(here, store);
  try {
    return [await get(fresh, '/groups?limit=1000'), await get(fresh, '/conflicts?limit=1000')];
  } finally {
    await fresh.close();
  }
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: +s[Math.floor((s.length - 1) / 2)].toFixed(1), min: +s[0].toFixed(1), max: +s[s.length - 1].toFixed(1), samples: xs.map((x) => +x.toFixed(1)) };
};

const report = { sizes: [], reps: opt.reps, engine: /^postgres/.test(opt.db ?? '') ? 'postgres' : 'sqlite', baseline: opt.baseline, node: process.version };
let filled = 0, mismatches = 0;
const rand = mulberry32(opt.seed);
try {
  for (const size of opt.sizes) {
    const started = performance.now();
    while (filled < size) {
      const n = Math.min(500, size - filled);
      await store.putArticles(Array.from({ length: n }, (_, k) => variantOf(pool, filled + k, rand)));
      filled += n;
    }
    const counts = await store.counts();
    log(`\n${size.toLocaleString('en-US')} articles, ${counts.claims.toLocaleString('en-US')} claims (filled in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    // Warm: each server has its groups of this store before the first rep.
    await get(after, '/groups?limit=20');
    if (before) await get(before, '/groups?limit=20');
    const samples = { before: [], after: [], fallback: [] };
    for (let r = 0; r < opt.reps; r++) {
      if (before) {
        await post(before);
        samples.before.push(await timed(before));
      } else {
        const { article, doc } = variantOf(pool, 1_000_000 + r + size, rand, 'outside-');
        await outsider.putArticle(article, doc);
      }
      samples.fallback.push(await timed(after));
      await post(after);
      samples.after.push(await timed(after));
      const want = await reference();
      const got = [await get(after, '/groups?limit=1000'), await get(after, '/conflicts?limit=1000')];
      if (got[0] !== want[0] || got[1] !== want[1]) {
        mismatches++;
        console.error(`bench: at ${size} articles, rep ${r}: the groups or conflicts after the incremental refresh differ from a full rebuild's`);
      }
      const line = [before ? `before ${samples.before.at(-1).toFixed(0)} ms` : null, `after ${samples.after.at(-1).toFixed(0)} ms`, `fallback ${samples.fallback.at(-1).toFixed(0)} ms`];
      log(`  rep ${r + 1}: ${line.filter(Boolean).join(' · ')}`);
    }
    const groups = JSON.parse(await get(after, '/groups?limit=1')).total;
    const row = { articles: size, claims: counts.claims, groups, after: stats(samples.after), fallback: stats(samples.fallback), ...(before ? { before: stats(samples.before) } : {}) };
    report.sizes.push(row);
    log(`  ${groups.toLocaleString('en-US')} groups; first GET /groups after one POST, median (min–max) of ${opt.reps}:`);
    if (before) log(`    before (baseline, own write, full reload)   ${row.before.median} ms (${row.before.min}–${row.before.max})`);
    log(`    after (own write, incremental)              ${row.after.median} ms (${row.after.min}–${row.after.max})`);
    log(`    after (outside write, full reload)          ${row.fallback.median} ms (${row.fallback.min}–${row.fallback.max})`);
  }
  report.mismatches = mismatches;
  report.benchSeconds = +((performance.now() - t0) / 1000).toFixed(1);
  if (opt.json) console.log(JSON.stringify(report, null, 2));
  else log(`\n${mismatches ? `${mismatches} reps differed from a full rebuild` : 'every rep answered as a full rebuild does'}; bench time ${report.benchSeconds} s`);
} finally {
  await after.close();
  if (before) await before.close();
  await store.close();
  await outsider.close();
  await scratch.cleanup();
}
process.exit(mismatches ? 1 : 0);
