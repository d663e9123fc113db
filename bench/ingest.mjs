#!/usr/bin/env node
// What the store costs `crosscheck ingest`, end to end: N generated articles (generate-articles.mjs)
// split into R chunk files; each round takes its chunk through three child processes (the order
// rotates every round, so a noisy machine slows all sides alike):
//   bare      bench/bare-ingest.mjs: the same readers, worker pool, thread count and ingest loop,
//             over a store that keeps nothing
//   sqlite    node dist/cli/main.js ingest CHUNK --db FILE (one file, growing over the rounds)
//   postgres  the same into a schema made for the run and dropped after it
// and prints articles/s per side and each store's time over bare extraction's (the issue's target:
// ≤ 1.20). Then the peak RSS of `ingest` (worker threads included) over the first S articles for
// each --rss size into a fresh SQLite file: flat in S when ingest streams.
//
//   npm run build && node bench/ingest.mjs [--n 10000] [--rounds 4] [--jobs N] [--seed 1]
//        [--pg postgres://root@127.0.0.1:5432/test | --no-pg] [--rss 5000,10000 | --no-rss] [--json]
//
// About 5–10 minutes at the defaults on 2 cores (≈ 45,000 articles analysed in all).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateArticles } from './generate-articles.mjs';
import { scratchSchema } from './scratch-store.mjs';
import { readOptions } from './options.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, '..', 'dist', 'cli', 'main.js');
const BARE = join(here, 'bare-ingest.mjs');
const REPORT_RSS = pathToFileURL(join(here, 'report-rss.mjs')).href;

const opt = { n: 10_000, rounds: 4, jobs: availableParallelism(), seed: 1, pg: 'postgres://root@127.0.0.1:5432/test', rss: [5000, 10_000], json: false };
readOptions(opt, { n: 'int', rounds: 'int', jobs: 'int', seed: 'int', pg: 'string', rss: 'ints', json: 'flag' }, usage,
  { 'no-pg': ['pg', null], 'no-rss': ['rss', []] });
if (opt.rss.some((s) => !Number.isInteger(s) || s < 1)) usage('--rss takes sizes like 5000,10000');
if (opt.rounds > opt.n) opt.rounds = opt.n;

function usage(problem) {
  if (problem) console.error(`bench: ${problem}`);
  console.log('usage: node bench/ingest.mjs [--n 10000] [--rounds 4] [--jobs N] [--seed 1] [--pg URL | --no-pg] [--rss 5000,10000 | --no-rss] [--json]');
  process.exit(problem ? 2 : 0);
}
const log = (line) => { if (!opt.json) console.log(line); };

// ---------------------------------------------------------------------------------------------
// Input: the chunks of the main corpus, and the first S articles for each RSS size, as JSONL files.

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-ingest-'));
const chunkFiles = Array.from({ length: opt.rounds }, (_, r) => join(dir, `chunk-${r}.jsonl`));
const rssFiles = opt.rss.map((s) => join(dir, `first-${s}.jsonl`));
{
  const corpus = Math.max(opt.n, ...opt.rss);
  const chunks = chunkFiles.map((f) => createWriteStream(f));
  const prefixes = rssFiles.map((f) => createWriteStream(f));
  let i = 0;
  for (const article of generateArticles({ n: corpus, seed: opt.seed })) {
    const line = JSON.stringify(article) + '\n';
    const outs = [...(i < opt.n ? [chunks[Math.floor((i * opt.rounds) / opt.n)]] : []), ...prefixes.filter((_, k) => i < opt.rss[k])];
    for (const out of outs) if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
    i++;
  }
  await Promise.all([...chunks, ...prefixes].map((out) => new Promise((resolve) => out.end(resolve))));
}
const chunkSizes = chunkFiles.map((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).length);
const megabytes = chunkFiles.reduce((sum, f) => sum + statSync(f).size, 0) / 1e6;

// ---------------------------------------------------------------------------------------------
// The stores: an SQLite file in the temp folder, a PostgreSQL schema of the run's own.

const sqliteFile = join(dir, 'bench.db');
let pgLocation = null, dropSchema = async () => {};
if (opt.pg) {
  const scratch = await scratchSchema(opt.pg);
  pgLocation = scratch.location;
  dropSchema = scratch.drop;
}

/** Runs one child; resolves with its wall time, peak RSS and the JSON summary it printed. A run
 *  whose workers failed to load is tried again (twice at most): on a machine where something
 *  rebuilds dist/ meanwhile, a worker can read a half-written module. */
async function runChild(args) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runChildOnce(args);
    } catch (err) {
      if (attempt >= 3 || !/the worker failed to start/.test(err.message)) throw err;
      console.error(`bench: retrying (${err.message.split('\n')[1]})`);
    }
  }
}

function runChildOnce(args) {
  const rssFile = join(dir, `rss-${randomBytes(4).toString('hex')}`);
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', REPORT_RSS, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CROSSCHECK_BENCH_RSS_FILE: rssFile, CROSSCHECK_DEBUG: '' },
    });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      if (code !== 0) return reject(new Error(`${args.slice(0, 3).join(' ')} exited with ${code}:\n${stderr}`));
      const summary = JSON.parse(stdout);
      const usage = JSON.parse(readFileSync(rssFile, 'utf8'));
      resolve({ seconds, rssMB: usage.maxRSS / 1024, cpuSeconds: usage.cpu / 1e6, summary });
    });
  });
}

const jobs = ['--jobs', String(opt.jobs)];
const sides = [
  { name: 'bare', args: (file) => [BARE, file, ...jobs] },
  { name: 'sqlite', args: (file) => [BIN, 'ingest', file, '--db', sqliteFile, ...jobs, '--json'] },
  ...(pgLocation ? [{ name: 'postgres', args: (file) => [BIN, 'ingest', file, '--db', pgLocation, ...jobs, '--json'] }] : []),
];
const totals = Object.fromEntries(sides.map((s) => [s.name, { seconds: 0, cpuSeconds: 0, articles: 0, claims: 0, peakRssMB: 0, roundSeconds: [] }]));

// ---------------------------------------------------------------------------------------------
// The rounds.

const t0 = performance.now();
try {
  log(`crosscheck bench/ingest: ${opt.n} articles (seed ${opt.seed}, ${megabytes.toFixed(2)} MB) in ${opt.rounds} rounds, ` +
    `${opt.jobs} thread${opt.jobs === 1 ? '' : 's'}, Node ${process.version}; sides: ${sides.map((s) => s.name).join(', ')}`);
  for (let r = 0; r < opt.rounds; r++) {
    const order = sides.map((_, k) => sides[(k + r) % sides.length]);
    const line = [];
    for (const side of order) {
      const { seconds, rssMB, cpuSeconds, summary } = await runChild(side.args(chunkFiles[r]));
      if (summary.new !== chunkSizes[r] || summary.failed !== 0) {
        throw new Error(`${side.name} round ${r}: expected ${chunkSizes[r]} new, got ${JSON.stringify({ ...summary, failures: undefined })}`);
      }
      const t = totals[side.name];
      t.seconds += seconds; t.articles += summary.new; t.claims += summary.claims; t.roundSeconds.push(seconds);
      t.cpuSeconds += cpuSeconds;
      t.peakRssMB = Math.max(t.peakRssMB, rssMB);
      line.push(`${side.name} ${seconds.toFixed(1)} s (CPU ${cpuSeconds.toFixed(1)} s)`);
    }
    log(`  round ${r + 1}/${opt.rounds}: ${chunkSizes[r]} articles: ${line.join(', ')}`);
  }

  // Peak RSS at growing corpus sizes, each into a fresh file.
  const rss = [];
  for (const [k, size] of opt.rss.entries()) {
    const file = join(dir, `rss-${size}.db`);
    const { seconds, rssMB, summary } = await runChild([BIN, 'ingest', rssFiles[k], '--db', file, ...jobs, '--json']);
    if (summary.new !== size) throw new Error(`rss run of ${size}: ${summary.new} new`);
    rss.push({ articles: size, peakRssMB: +rssMB.toFixed(1), seconds: +seconds.toFixed(1) });
    log(`  peak RSS, ingest of ${size} articles into SQLite: ${rssMB.toFixed(1)} MB (${seconds.toFixed(1)} s)`);
    rmSync(file, { force: true }); rmSync(`${file}-wal`, { force: true }); rmSync(`${file}-shm`, { force: true });
  }

  const bare = totals.bare;
  const report = {
    n: opt.n, rounds: opt.rounds, threads: opt.jobs, seed: opt.seed, megabytes: +megabytes.toFixed(2), node: process.version,
    sides: Object.fromEntries(sides.map((s) => {
      const t = totals[s.name];
      const ratios = t.roundSeconds.map((sec, r) => sec / bare.roundSeconds[r]).sort((a, b) => a - b);
      return [s.name, {
        articlesPerSec: +(t.articles / t.seconds).toFixed(1),
        seconds: +t.seconds.toFixed(2),
        claims: t.claims,
        // Time over bare extraction's for the same articles: 1.20 means the store cost 20%.
        ratioToBare: +(t.seconds / bare.seconds).toFixed(3),
        roundRatioMedian: +ratios[Math.floor(ratios.length / 2)].toFixed(3),
        roundRatioMin: +ratios[0].toFixed(3),
        roundRatioMax: +ratios[ratios.length - 1].toFixed(3),
        peakRssMB: +t.peakRssMB.toFixed(1),
        // CPU of the ingest process (threads included) over bare's: steadier than wall time on a
        // busy machine, but blind to the PostgreSQL server's own work.
        cpuSeconds: +t.cpuSeconds.toFixed(2),
        cpuRatioToBare: +(t.cpuSeconds / bare.cpuSeconds).toFixed(3),
      }];
    })),
    rss,
    // Flat is ≈ 1: RSS at the largest size over RSS at the smallest.
    rssGrowth: rss.length > 1 ? +(rss[rss.length - 1].peakRssMB / rss[0].peakRssMB).toFixed(3) : null,
    benchSeconds: +((performance.now() - t0) / 1000).toFixed(1),
  };

  if (opt.json) console.log(JSON.stringify(report, null, 2));
  else {
    log('');
    log('side       articles/s   time/bare   per-round median (min–max)   CPU/bare   peak RSS');
    for (const [name, s] of Object.entries(report.sides)) {
      log(`${name.padEnd(9)} ${String(s.articlesPerSec).padStart(11)}   ${s.ratioToBare.toFixed(3).padStart(9)}   ` +
        `${s.roundRatioMedian.toFixed(3)} (${s.roundRatioMin.toFixed(2)}–${s.roundRatioMax.toFixed(2)})`.padEnd(30) +
        `${s.cpuRatioToBare.toFixed(3).padStart(8)}   ${s.peakRssMB.toFixed(1)} MB`);
    }
    for (const [name, s] of Object.entries(report.sides)) {
      if (name !== 'bare') log(`store cost ${name}: ${((s.ratioToBare - 1) * 100).toFixed(1)}% over bare extraction (target ≤ 20%)`);
    }
    if (report.rssGrowth !== null) {
      log(`peak RSS ${rss.map((r) => `${r.articles}: ${r.peakRssMB} MB`).join(', ')} → ×${report.rssGrowth} for ×${(rss[rss.length - 1].articles / rss[0].articles).toFixed(1)} the articles`);
    }
    log(`bench time ${report.benchSeconds} s`);
  }
} finally {
  await dropSchema();
  rmSync(dir, { recursive: true, force: true });
}
