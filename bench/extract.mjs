#!/usr/bin/env node
// Throughput benchmark for the built pipeline (dist/): how much of analyse()'s time is wink-nlp's
// readDoc and how much is ours. It varies the example articles (figures, names, places, dates) with
// a seeded PRNG into N reproducible articles, then times (a) readDoc alone and (b) the full analyse
// side by side, interleaved in rounds (a,b,a,b...) over the same chunk of articles so that a noisy
// machine slows both alike. Prints articles/s, MB/s (UTF-8, 10^6 bytes), the pipeline/readDoc time
// ratio and the process's peak RSS. The articles come from bench/generate-articles.mjs.
//
//   npm run build && node bench/extract.mjs [--n 2000] [--rounds 10] [--seed 1] [--json] [--dump K]
import { generateArticles, loadTemplates } from './generate-articles.mjs';

// ---------------------------------------------------------------------------------------------
// Options

const opt = { n: 2000, rounds: 10, seed: 1, warmup: 50, json: false, dump: 0 };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  const num = (name) => {
    const v = Number(argv[++i]);
    if (!Number.isFinite(v) || v < 0) { console.error(`bench: ${name} needs a non-negative number`); process.exit(2); }
    return Math.floor(v);
  };
  if (a === '--n') opt.n = num('--n');
  else if (a === '--rounds') opt.rounds = Math.max(1, num('--rounds'));
  else if (a === '--seed') opt.seed = num('--seed');
  else if (a === '--warmup') opt.warmup = num('--warmup');
  else if (a === '--json') opt.json = true;
  else if (a === '--dump') opt.dump = num('--dump');
  else if (a === '--help' || a === '-h') {
    console.log('usage: node bench/extract.mjs [--n 2000] [--rounds 10] [--seed 1] [--warmup 50] [--json] [--dump K]\n' +
      '  --dump K  print the first K generated articles as JSONL and exit (nothing is timed)');
    process.exit(0);
  } else { console.error(`bench: unknown argument ${a}`); process.exit(2); }
}
if (opt.n < 1) { console.error('bench: --n must be at least 1'); process.exit(2); }

if (opt.dump) {
  // A reader that stops early (| head) is not an error.
  process.stdout.on('error', (err) => { if (err.code === 'EPIPE') process.exit(0); throw err; });
  // Streamed, and the exit waits for the last write: process.exit() can cut a pipe's pending output.
  for (const a of generateArticles({ n: opt.dump, seed: opt.seed })) {
    if (!process.stdout.write(JSON.stringify(a) + '\n')) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
  await new Promise((resolve) => process.stdout.write('', resolve));
  process.exit(0);
}

let readDoc, analyse;
try {
  ({ readDoc } = await import('../dist/nlp/doc.js'));
  ({ analyse } = await import('../dist/pipeline.js'));
} catch (e) {
  console.error(`bench: cannot load dist/ (${e.message.split('\n')[0]}); run: npx tsc -p tsconfig.build.json`);
  process.exit(2);
}

const templates = loadTemplates();
const articles = [...generateArticles({ n: opt.n, seed: opt.seed, templates })];
const byteLength = (xs) => xs.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0);
const totalBytes = byteLength(articles);

// ---------------------------------------------------------------------------------------------
// Measurement. Each round takes the next chunk of articles through (a) then (b); both sides see
// every article exactly once. The sinks keep the work observable so nothing is optimised away.

let tokenSink = 0, claimSink = 0, errors = 0;
const runA = (xs) => { for (const a of xs) tokenSink += readDoc(a).tokens.length; };
const runB = (xs) => {
  for (const a of xs) {
    try { claimSink += analyse(a).claims.length; } catch { errors++; }
  }
};
const timed = (fn, xs) => { const t0 = performance.now(); fn(xs); return (performance.now() - t0) / 1000; };

const warm = articles.slice(0, Math.min(opt.warmup, articles.length));
runA(warm); runB(warm);
tokenSink = 0; claimSink = 0; errors = 0;
const rssBeforeMB = process.resourceUsage().maxRSS / 1024;

const rounds = Math.min(opt.rounds, articles.length);
const side = () => ({ seconds: 0, articles: 0, bytes: 0, roundRates: [] });
const a = side(), b = side();
for (let r = 0; r < rounds; r++) {
  const chunk = articles.slice(Math.floor((r * articles.length) / rounds), Math.floor(((r + 1) * articles.length) / rounds));
  const bytes = byteLength(chunk);
  for (const [s, fn] of [[a, runA], [b, runB]]) {
    const secs = timed(fn, chunk);
    s.seconds += secs; s.articles += chunk.length; s.bytes += bytes;
    s.roundRates.push(chunk.length / secs);
  }
}
const peakRssMB = process.resourceUsage().maxRSS / 1024;

const summarise = (s) => {
  const rates = [...s.roundRates].sort((x, y) => x - y);
  return {
    articlesPerSec: s.articles / s.seconds,
    mbPerSec: s.bytes / 1e6 / s.seconds,
    msPerArticle: (1000 * s.seconds) / s.articles,
    seconds: s.seconds,
    roundRateMin: rates[0],
    roundRateMedian: rates[Math.floor(rates.length / 2)],
    roundRateMax: rates[rates.length - 1],
  };
};
const result = {
  n: articles.length,
  templates: templates.length,
  seed: opt.seed,
  rounds,
  megabytes: totalBytes / 1e6,
  node: process.version,
  readDoc: summarise(a),
  pipeline: summarise(b),
  ratioPipelineToReadDoc: b.seconds / a.seconds,
  claims: claimSink,
  claimsPerArticle: claimSink / articles.length,
  tokensPerArticle: tokenSink / articles.length,
  pipelineErrors: errors,
  rssBeforeMeasuringMB: rssBeforeMB,
  peakRssMB,
};

// ---------------------------------------------------------------------------------------------
// Report

if (opt.json) {
  const round = (v) => (typeof v === 'number' && !Number.isInteger(v) ? +v.toFixed(4) : v);
  console.log(JSON.stringify(result, (_k, v) => round(v), 2));
} else {
  const f = (v, d = 0) => v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  const row = (name, s) => [name, f(s.articlesPerSec), f(s.mbPerSec, 3), f(s.msPerArticle, 3), f(s.seconds, 2),
    `${f(s.roundRateMin)}–${f(s.roundRateMax)}`];
  const rows = [['', 'articles/s', 'MB/s', 'ms/article', 'total s', 'per-round articles/s'],
    row('(a) readDoc', result.readDoc), row('(b) analyse', result.pipeline)];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(`crosscheck bench: ${result.n} articles from ${result.templates} examples (seed ${result.seed}), ` +
    `${f(result.megabytes, 2)} MB, ${rounds} interleaved rounds, Node ${result.node}`);
  for (const r of rows) console.log(r.map((cell, c) => (c ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  '));
  console.log(`pipeline/readDoc time ratio  ${f(result.ratioPipelineToReadDoc, 2)}x  ` +
    `(ours: ${f(Math.max(0, 100 * (1 - 1 / result.ratioPipelineToReadDoc)), 1)}% of analyse time)`);
  console.log(`claims ${f(result.claims)} (${f(result.claimsPerArticle, 1)}/article), tokens ${f(result.tokensPerArticle, 0)}/article, ` +
    `analyse errors ${result.pipelineErrors}`);
  console.log(`peak RSS ${f(peakRssMB, 1)} MB (${f(rssBeforeMB, 1)} MB before measuring)`);
}
