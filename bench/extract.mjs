#!/usr/bin/env node
// Throughput benchmark for the built pipeline (dist/): how much of analyse()'s time is wink-nlp's
// readDoc and how much is ours. It varies the example articles (figures, names, places, dates) with
// a seeded PRNG into N reproducible articles, then times (a) readDoc alone and (b) the full analyse
// side by side, interleaved in rounds (a,b,a,b...) over the same chunk of articles so that a noisy
// machine slows both alike. Prints articles/s, MB/s (UTF-8, 10^6 bytes), the pipeline/readDoc time
// ratio and the process's peak RSS.
//
//   npm run build && node bench/extract.mjs [--n 2000] [--rounds 10] [--seed 1] [--json] [--dump K]
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

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

let readDoc, analyse;
try {
  ({ readDoc } = await import('../dist/nlp/doc.js'));
  ({ analyse } = await import('../dist/pipeline.js'));
} catch (e) {
  console.error(`bench: cannot load dist/ (${e.message.split('\n')[0]}); run: npx tsc -p tsconfig.build.json`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// A seeded PRNG (mulberry32): the same --seed gives the same articles on every machine.

function mulberry32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(opt.seed);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const between = (lo, hi) => lo + rand() * (hi - lo);

// ---------------------------------------------------------------------------------------------
// Article variants. Names and places are swapped consistently within an article; every figure is
// scaled by one factor per article (so ranges stay ordered); whole-week date shifts keep the
// weekdays in the text true to the new publication date.

const templates = readFileSync(join(root, 'examples', 'articles.jsonl'), 'utf8')
  .split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
if (!templates.length) { console.error('bench: examples/articles.jsonl is empty'); process.exit(2); }

const PEOPLE = [
  [['Arkady', 'Belov'], ['Gennady', 'Orlov'], ['Viktor', 'Zimin'], ['Pavel', 'Lukin'], ['Roman', 'Tikhonov']],
  [['Taras', 'Kovalenko'], ['Oleh', 'Marchuk'], ['Yurii', 'Bondar'], ['Andrii', 'Savchuk']],
  [['Irina', 'Sokolova'], ['Olga', 'Petrova'], ['Natalya', 'Guseva'], ['Vera', 'Zhukova']],
];
const SWAPS = [
  ['Sosnovy Brod', ['Sosnovy Brod', 'Kamenny Log', 'Dubovy Yar', 'Lipovets', 'Zarechny Bor', 'Krutoy Ovrag']],
  ['Kursk', ['Kursk', 'Belgorod', 'Bryansk']],
  ['Sumy', ['Sumy', 'Kharkiv', 'Chernihiv']],
  ['Frontline Count', ['Frontline Count', 'Border Toll Project', 'OpenLoss Monitor']],
  ['Stroiprognoz', ['Stroiprognoz', 'Gradplan Analytics', 'StroyIndex']],
  ['RNA', ['RNA', 'VestiPress', 'NTA']],
];
const OUTLETS = ['Borderland Courier', 'Meridian Wire', 'Steppe Observer', 'Continental Review', 'Northern Gazette', 'Daily Frontier'];
const WORD_NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const capitalise = (like, word) => (/^[A-Z]/.test(like) ? word[0].toUpperCase() + word.slice(1) : word);

function formatLike(original, value) {
  const decimals = original.includes('.') ? original.split('.')[1].length : 0;
  const v = decimals ? Number(value.toFixed(decimals)) : Math.max(1, Math.round(value));
  return v >= 1000 || original.includes(',')
    ? v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
    : decimals ? v.toFixed(decimals) : String(v);
}

// A written number scaled like the digits: still a word while it can be one ("nine" -> "eleven").
function scaleWord(word, factor) {
  const v = Math.max(2, Math.round((WORD_NUMBERS.indexOf(word.toLowerCase()) + 2) * factor));
  return v - 2 < WORD_NUMBERS.length ? capitalise(word, WORD_NUMBERS[v - 2]) : String(v);
}

function variant(template, i) {
  let text = template.text;
  for (const pool of PEOPLE) {
    const [[first, last]] = pool;
    const [newFirst, newLast] = pick(pool);
    text = text.replaceAll(`${first} ${last}`, `${newFirst} ${newLast}`).replace(new RegExp(`\\b${escape(last)}\\b`, 'g'), newLast);
  }
  for (const [from, pool] of SWAPS) text = text.replace(new RegExp(`\\b${escape(from)}\\b`, 'g'), pick(pool));

  // Figures: one factor per article; day-of-month after a month abbreviation is a date, left alone here.
  const factor = between(0.5, 2);
  text = text.replace(/(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) )\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) )\b\d+(?:\.\d+)?\b/g,
    (m) => formatLike(m, Number(m.replace(/,/g, '')) * factor));
  text = text.replace(new RegExp(`\\b(?:${WORD_NUMBERS.join('|')})\\b`, 'gi'), (m) => scaleWord(m, factor));

  // Dates: shift by whole weeks (about a year back to a few weeks on), datelines included.
  const days = 7 * Math.floor(between(-52, 4));
  const published = new Date(Date.parse(`${template.published}T00:00:00Z`) + days * 86400000);
  text = text.replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})\b/g, (m, mon, day) => {
    const year = Number(template.published.slice(0, 4));
    const d = new Date(Date.UTC(year, MONTHS.indexOf(mon), Number(day)) + days * 86400000);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  });

  return {
    id: `bench-${String(i).padStart(5, '0')}`,
    text,
    published: published.toISOString().slice(0, 10),
    outlet: pick(OUTLETS),
    url: null,
    title: text.split('\n', 1)[0] || null,
  };
}

const articles = Array.from({ length: opt.n }, (_, i) => variant(templates[i % templates.length], i));
const byteLength = (xs) => xs.reduce((sum, a) => sum + Buffer.byteLength(a.text, 'utf8'), 0);
const totalBytes = byteLength(articles);
if (opt.dump) {
  for (const a of articles.slice(0, opt.dump)) console.log(JSON.stringify(a));
  process.exit(0);
}

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
