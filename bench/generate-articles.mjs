// Invented articles for benchmarks and tests: our own examples (examples/articles.jsonl) varied with
// a seeded PRNG, so every machine gets the same corpus for a seed. Names and places are swapped
// consistently within an article; every figure is scaled by one factor per article (so ranges stay
// ordered); whole-week date shifts keep the weekdays in the text true to the new publication date.
// Shared by bench/extract.mjs, bench/ingest.mjs, bench/query.mjs and the crash-safety tests.
//
//   node bench/generate-articles.mjs [--n 1000] [--seed 1] [--prefix bench-] > articles.jsonl
import { createHash } from 'node:crypto';
import { createWriteStream, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A seeded PRNG (mulberry32): the same seed gives the same numbers on every machine. */
export function mulberry32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The example articles the variants start from. */
export function loadTemplates(file = join(ROOT, 'examples', 'articles.jsonl')) {
  const templates = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  if (!templates.length) throw new Error(`${file} holds no articles`);
  return templates;
}

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
// Day-of-month after a month abbreviation is a date (shifted below), not a figure to scale.
const FIGURE = /(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) )\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) )\b\d+(?:\.\d+)?\b/g;
const WORD_NUMBER = new RegExp(`\\b(?:${WORD_NUMBERS.join('|')})\\b`, 'gi');

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

function variant(template, id, rand) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const between = (lo, hi) => lo + rand() * (hi - lo);
  let text = template.text;
  for (const pool of PEOPLE) {
    const [[first, last]] = pool;
    const [newFirst, newLast] = pick(pool);
    text = text.replaceAll(`${first} ${last}`, `${newFirst} ${newLast}`).replace(new RegExp(`\\b${escape(last)}\\b`, 'g'), newLast);
  }
  for (const [from, pool] of SWAPS) text = text.replace(new RegExp(`\\b${escape(from)}\\b`, 'g'), pick(pool));

  const factor = between(0.5, 2);
  text = text.replace(FIGURE, (m) => formatLike(m, Number(m.replace(/,/g, '')) * factor));
  text = text.replace(WORD_NUMBER, (m) => scaleWord(m, factor));

  // Dates: shift by whole weeks (about a year back to a few weeks on), datelines included.
  const days = 7 * Math.floor(between(-52, 4));
  const published = new Date(Date.parse(`${template.published}T00:00:00Z`) + days * 86400000);
  text = text.replace(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})\b/g, (m, mon, day) => {
    const year = Number(template.published.slice(0, 4));
    const d = new Date(Date.UTC(year, MONTHS.indexOf(mon), Number(day)) + days * 86400000);
    return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  });

  return {
    id,
    text,
    published: published.toISOString().slice(0, 10),
    outlet: pick(OUTLETS),
    url: null,
    title: text.split('\n', 1)[0] || null,
  };
}

/**
 * Yields `n` articles, lazily (a bench can stream 100,000 of them to a file). Every text is distinct:
 * a store keys articles by content hash, so a repeat would be "known" and skew a count; a variant
 * that repeats an earlier text is drawn again. Ids are `${prefix}${i}`, zero-padded.
 */
export function* generateArticles({ n, seed = 1, prefix = 'bench-', templates = loadTemplates() }) {
  const rand = mulberry32(seed);
  const width = Math.max(5, String(Math.max(0, n - 1)).length);
  // 16 bytes of a hash a text: the set stays small next to the texts themselves.
  const seen = new Set();
  for (let i = 0; i < n; i++) {
    const id = `${prefix}${String(i).padStart(width, '0')}`;
    for (;;) {
      const article = variant(templates[i % templates.length], id, rand);
      const key = createHash('sha1').update(article.text).digest('base64').slice(0, 16);
      if (seen.has(key)) continue;
      seen.add(key);
      yield article;
      break;
    }
  }
}

/** Writes `n` generated articles as JSONL to `file`; resolves with the bytes written. */
export async function writeArticlesJsonl(file, options) {
  const out = createWriteStream(file);
  let bytes = 0;
  for (const article of generateArticles(options)) {
    const line = JSON.stringify(article) + '\n';
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((err) => (err ? reject(err) : resolve())));
  return bytes;
}

// Run as a script: JSONL on stdout.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const opt = { n: 1000, seed: 1, prefix: 'bench-' };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--n') opt.n = Number(argv[++i]);
    else if (a === '--seed') opt.seed = Number(argv[++i]);
    else if (a === '--prefix') opt.prefix = argv[++i];
    else { console.error('usage: node bench/generate-articles.mjs [--n 1000] [--seed 1] [--prefix bench-] > articles.jsonl'); process.exit(2); }
  }
  // A reader that stops early (| head) is not an error.
  process.stdout.on('error', (err) => { if (err.code === 'EPIPE') process.exit(0); throw err; });
  for (const article of generateArticles(opt)) {
    if (!process.stdout.write(JSON.stringify(article) + '\n')) await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}
