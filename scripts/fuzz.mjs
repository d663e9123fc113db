#!/usr/bin/env node
// Fuzzes the real readers and the pipeline over dist/ (issue 7, Hardening): generates and mutates
// inputs of every kind crosscheck reads (plain text with odd Unicode, malformed and huge HTML,
// broken RSS/Atom, JSONL with bad lines, binary blobs, inputs over the size limit) and feeds each
// through the same functions `ingest` and `extract` use, in worker threads. A crash is any
// exception other than our coded CrosscheckError; a hang is an input still running at --limit-ms
// (its worker is terminated and replaced, the run goes on). A sample also goes through the CLI,
// whose exit status must be 0, 1 or 2 (never 70) with no stack trace on stderr.
//
//   npm run build && node scripts/fuzz.mjs [--n 100000] [--seed 1] [--limit-ms 30000]
//                                          [--workers N] [--cli 40] [--json]
// Every input is a pure function of (seed, index), so `--seed S --only I` replays input I alone.
// Crashing and hanging inputs are saved under out/fuzz/ for a regression test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PUBLISHED = '2025-12-13';
const FORMATS = ['text', 'html', 'feed', 'jsonl', 'binary', 'oversize'];

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: input i of seed s is always the same bytes.

function rng(seed, index) {
  let a = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tools(random) {
  const int = (n) => Math.floor(random() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => random() < p;
  const repeat = (n, f) => Array.from({ length: n }, (_, k) => f(k));
  return { int, pick, chance, repeat, random };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary: what news text holds, and what breaks code that counts characters.

const ODD = [
  '\u200B', '\u200C', '\u200D', '\uFEFF', '\u200E', '\u200F', '\u202E', '\u2066', '\u2069', '\u0301', '\u0308', '\u20DD',
  'e\u0301', '😀', '𝟓', '𝟙𝟚', '🇺🇦', '👩‍👩‍👧', '\uD800', '\uDC00', '\uDBFF', '\u00A0', '\u202F', '\u2009', '\u3000', '\t', '\r\n',
  '\r', '\n', '\n\n', '\u2028', '\u2029', '\u0085', '٣', '٤٥', '۱۲', '१२', '−', '–', '—', '‑', '…', '%', '‰', '½', '¾', '²', '\u0007',
  '\u001B[31m', '\uFFFD', '\uFFFF', '\u{10FFFF}', 'ﬀ', 'İ', 'ß', 'Σ',
];
const WORDS = [
  'one', 'two', 'three', 'twelve', 'twenty-five', 'ninety-nine', 'hundred', 'a hundred', 'thousand', 'million', 'billion',
  'lakh', 'crore', 'a dozen', 'dozens', 'zero', 'point', 'and', 'a half', 'half', 'two-thirds', 'one in four', 'three quarters',
  '0', '7', '12', '300', '1,000', '14,000', '1,234,567', '12,34,567', '1 234 567', '2.75', '.5', '1e5', '5m', '10k', '$3.7bn',
  '150m', '1/2', '3/4', '99999999999999999999999', '1,000,000,000,000,000', '-5', '−12', '9'.repeat(400),
  'about', 'around', 'nearly', 'more than', 'over', 'at least', 'up to', 'fewer than', 'between', 'from', 'to', 'or', 'minus',
  'people', 'soldiers', 'troops', 'civilians', 'killed', 'wounded', 'dead', 'missing', 'displaced', 'percent', '%', 'dollars',
  'cents', 'euros', 'pounds', 'won', 'yen', 'hryvnias', 'USD', '€', '£', '$', '₩', 'days', '-day', 'years', '-year-old', 'km',
  'on Friday', 'last month', 'Dec 13', 'December 13, 2025', '2025-12-13', 'in 2024', 'since 2014', 'yesterday', '739964 days ago',
  'in the year 275760', 'Feb 30', '2025-02-30', 'the governor', 'Kyiv', 'Ukraine', 'Russia', 'North Korea', 'Gaza', 'Reuters',
  'the UN', 'officials', 'Kim Jong-un', 'KCNA', 'the ministry', 'said', 'says', 'told reporters', 'according to', 'claimed',
  'estimated', 'reported', 'added', '.', ',', ';', ':', '"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '-', '/', '?', '!',
  '...', ' - ', 'http://x.example/a%20b', '<b>', '&amp;', '&#0;', '&#xD800;',
];

function newsText(t, pieces) {
  let s = '';
  for (let k = 0; k < pieces; k++) {
    s += t.chance(0.15) ? t.pick(ODD) : t.pick(WORDS);
    s += t.pick([' ', ' ', ' ', ' ', '', '-', '\u00A0', '\n', '. ', ', ']);
  }
  return s;
}

const utf8 = (s) => Buffer.from(s, 'utf8');
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Byte-level damage: flips, cuts, duplicated runs, inserted junk. */
function mutateBytes(t, bytes, rounds) {
  let b = Buffer.from(bytes);
  for (let r = 0; r < rounds; r++) {
    const at = b.length ? t.int(b.length) : 0;
    switch (t.int(7)) {
      case 0: if (b.length) b[at] = t.int(256); break;
      case 1: b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + t.int(64)))]); break;
      case 2: b = Buffer.concat([b.subarray(0, at), utf8(t.pick(ODD)), b.subarray(at)]); break;
      case 3: { const len = 1 + t.int(200); const run = b.subarray(at, at + len); b = Buffer.concat([b.subarray(0, at), run, run, b.subarray(at)]); break; }
      case 4: b = b.subarray(0, at); break;
      case 5: b = Buffer.concat([b.subarray(0, at), Buffer.from(t.repeat(1 + t.int(8), () => t.int(256))), b.subarray(at)]); break;
      default: b = Buffer.concat([b.subarray(0, at), utf8(t.pick(WORDS)), b.subarray(at)]);
    }
  }
  return b;
}

const CORPUS = {
  text: ['examples/sosnovy-brod-casualties.txt', 'examples/sosnovy-brod-governor-toll.txt', 'examples/sosnovy-brod-kyiv-claims.txt', 'examples/sosnovy-brod-rebuild-fund.txt', 'test/fixtures/ingest/governor-note.txt'],
  html: ['test/fixtures/ingest/border-strike.html', 'test/fixtures/ingest/login-wall.html'],
  feed: ['test/fixtures/ingest/ledger-rss.xml', 'test/fixtures/ingest/meridian.atom', 'test/fixtures/ingest/broken-feed.xml'],
  jsonl: ['examples/articles.jsonl'],
};
const seeds = Object.fromEntries(Object.entries(CORPUS).map(([k, files]) => [k, files.map((f) => readFileSync(join(ROOT, f)))]));

// ---------------------------------------------------------------------------------------------
// Generators: each returns { format, kind, name, bytes } or, for strings bytes cannot carry
// (lone surrogates), { format, kind: 'string', text }.

function genText(t) {
  const mode = t.int(10);
  if (mode < 4) return { format: 'text', kind: 'string', text: newsText(t, 1 + t.int(120)) };
  if (mode < 7) {
    const front = t.chance(0.5) ? `${newsText(t, 6)}\nPublished: ${t.pick([PUBLISHED, '2025-02-30', 'December 13, 2025', 'never'])}\n\n` : '';
    return { format: 'text', kind: 'file', name: t.pick(['a.txt', 'a.md', 'a']), bytes: utf8(front + newsText(t, 1 + t.int(200))) };
  }
  if (mode < 8) {
    const prefix = t.pick([[0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [], [0xc3], [0xed, 0xa0, 0x80]]);
    return { format: 'text', kind: 'file', name: 'a.txt', bytes: Buffer.concat([Buffer.from(prefix), utf8(newsText(t, 40))]) };
  }
  return { format: 'text', kind: 'file', name: 'a.txt', bytes: mutateBytes(t, t.pick(seeds.text), 1 + t.int(12)) };
}

const TAGS = ['p', 'div', 'article', 'main', 'section', 'span', 'b', 'i', 'a', 'table', 'tr', 'td', 'ul', 'li', 'h1', 'h2', 'blockquote', 'script', 'style', 'aside', 'ins', 'nav', 'figure', 'svg', 'template', 'noscript', 'iframe', 'pre', 'br', 'img', 'hr'];
const ATTRS = ['class="ad"', 'class="article-body"', 'id="content"', 'onerror="alert(1)"', 'src=x', 'href="javascript:alert(1)"', 'style="display:none"', 'x="<>"', "data-x='\"'", 'a', '=', '"'];

function htmlTree(t, depth, budget) {
  let s = '';
  while (budget.left-- > 0 && t.chance(0.85)) {
    if (depth > 0 && t.chance(0.45)) {
      const tag = t.pick(TAGS);
      const attrs = t.repeat(t.int(3), () => t.pick(ATTRS)).join(' ');
      s += `<${tag}${attrs ? ' ' + attrs : ''}>${htmlTree(t, depth - 1, budget)}${t.chance(0.85) ? `</${tag}>` : ''}`;
    } else {
      s += t.pick([escapeXml(newsText(t, 3 + t.int(30))), newsText(t, 4), '&nbsp;', '&#8212;', '&#x1F600;', '&bogus;', '&#99999999;', '<!-- c -->', '<![CDATA[x]]>', '<', '>', '</p>', '<p', '<!--']);
    }
  }
  return s;
}

function genHtml(t) {
  const mode = t.int(10);
  if (mode < 2) return { format: 'html', kind: 'file', name: 'a.html', bytes: mutateBytes(t, t.pick(seeds.html), 1 + t.int(20)) };
  if (mode === 2 && t.chance(0.2)) {
    // Deep nesting: parsers and tree walks that recurse overflow the stack.
    const depth = t.pick([500, 2000, 10000, 50000]);
    const tag = t.pick(['div', 'span', 'b', 'p', 'blockquote']);
    const body = `${`<${tag}>`.repeat(depth)}${escapeXml(newsText(t, 80))}${t.chance(0.5) ? `</${tag}>`.repeat(depth) : ''}`;
    return { format: 'html', kind: 'file', name: 'deep.html', bytes: utf8(`<html><head><title>Deep</title></head><body>${body}</body></html>`) };
  }
  if (mode === 3 && t.chance(0.02)) {
    // Huge: a page of a few MB (rarely; each takes seconds).
    const para = `<p>${escapeXml(newsText(t, 60))}</p>`;
    return { format: 'html', kind: 'file', name: 'huge.html', bytes: utf8(`<html><body><article>${para.repeat(500 + t.int(1000))}</article></body></html>`) };
  }
  const meta = [
    `<meta property="article:published_time" content="${t.pick([PUBLISHED, '2025-02-30', 'garbage', '9999-99-99T99:99'])}">`,
    `<script type="application/ld+json">${t.pick(['{"@type":"NewsArticle","datePublished":"2025-12-13","headline":"H"}', '{broken', '{"@graph":[{"@graph":[{"@graph":[]}]}]}', '[[[[[[[[[[]]]]]]]]]]', 'null'])}</script>`,
    '<meta property="og:site_name" content="Fuzz Times">', '<link rel="canonical" href="https://x.example/a">', '<time datetime="2025-12-13">',
  ].filter(() => t.chance(0.5)).join('');
  const charset = t.pick(['', '<meta charset="utf-8">', '<meta charset="windows-1252">', '<meta charset="x-unknown">', '<meta charset="utf-16">', '<?xml version="1.0" encoding="iso-8859-1"?>']);
  const doc = `${t.chance(0.8) ? '<!doctype html>' : ''}${charset}<html><head>${meta}<title>${escapeXml(newsText(t, 6))}</title></head><body>${htmlTree(t, 6, { left: 20 + t.int(120) })}</body></html>`;
  return { format: 'html', kind: 'file', name: t.pick(['a.html', 'a.htm', 'a', 'a.xml']), bytes: t.chance(0.2) ? mutateBytes(t, utf8(doc), 1 + t.int(6)) : utf8(doc) };
}

function genFeed(t) {
  const mode = t.int(10);
  if (mode < 3) return { format: 'feed', kind: 'file', name: 'a.xml', bytes: mutateBytes(t, t.pick(seeds.feed), 1 + t.int(16)) };
  if (mode === 3 && t.chance(0.3)) {
    // Deep nesting inside an item: the XML parser's own limit must surface as an invalid feed.
    const depth = t.pick([100, 1000, 20000]);
    return { format: 'feed', kind: 'file', name: 'deep.xml', bytes: utf8(`<?xml version="1.0"?><rss><channel><title>T</title><item><pubDate>${PUBLISHED}</pubDate><description>${'<x>'.repeat(depth)}12 killed${'</x>'.repeat(depth)}</description></item></channel></rss>`) };
  }
  if (mode === 3) {
    // Entity expansion ("billion laughs") and external entities: must be refused or bounded, not followed.
    const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${'ha'.repeat(50)}">${t.repeat(8, (k) => `<!ENTITY ${String.fromCharCode(98 + k)} "${`&${String.fromCharCode(97 + k)};`.repeat(10)}">`).join('')}<!ENTITY x SYSTEM "file:///etc/passwd">]>`;
    return { format: 'feed', kind: 'file', name: 'a.rss', bytes: utf8(`${laughs}<rss><channel><title>&i;</title><item><title>&x;</title><description>&i; 12 killed</description><pubDate>${PUBLISHED}</pubDate></item></channel></rss>`) };
  }
  const atom = t.chance(0.4);
  const item = () => {
    const body = t.pick([
      `<![CDATA[${htmlTree(t, 4, { left: 10 + t.int(40) })}]]>`, escapeXml(`<p>${newsText(t, 30)}</p>`), escapeXml(newsText(t, 20)), '', '<![CDATA[', '<p>unescaped</p>',
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>12 killed</p><p><b>3</b> wounded</p></div>',
    ]);
    const date = t.pick([`Sat, 13 Dec 2025 07:45:00 +0300`, PUBLISHED, '2025-12-13T25:61:00Z', 'yesterday', '', 'Feb 30 2025']);
    const parts = atom
      ? [`<title type="${t.pick(['text', 'html', 'xhtml'])}">${escapeXml(newsText(t, 6))}</title>`, `<link rel="alternate" href="${t.pick(['https://x.example/a', 'javascript:x', ''])}"/>`, `<published>${date}</published>`, `<content type="${t.pick(['html', 'xhtml', 'text'])}">${body}</content>`, `<summary>${escapeXml(newsText(t, 5))}</summary>`]
      : [`<title>${escapeXml(newsText(t, 6))}</title>`, `<link>${t.pick(['https://x.example/a', 'not a url', ''])}</link>`, `<pubDate>${date}</pubDate>`, `<description>${body}</description>`, `<content:encoded>${body}</content:encoded>`, '<guid>https://x.example/g</guid>'];
    const kept = parts.filter(() => t.chance(0.8)).join('');
    return atom ? `<entry>${kept}</entry>` : `<item>${kept}</item>`;
  };
  const items = t.repeat(t.int(6), item).join('');
  const xml = atom
    ? `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${escapeXml(newsText(t, 3))}</title>${items}</feed>`
    : `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Fuzz</title>${items}</channel></rss>`;
  return { format: 'feed', kind: 'file', name: t.pick(['a.xml', 'a.rss', 'a.atom', 'a']), bytes: t.chance(0.3) ? mutateBytes(t, utf8(xml), 1 + t.int(6)) : utf8(xml) };
}

function genJsonl(t) {
  if (t.chance(0.15)) return { format: 'jsonl', kind: 'file', name: 'a.jsonl', bytes: mutateBytes(t, seeds.jsonl[0], 1 + t.int(30)) };
  const lines = t.repeat(1 + t.int(6), (k) => {
    const record = { id: t.pick([`a${k}`, k, -1, 1.5, '', null, '../../etc/passwd', 'CON', 'x'.repeat(300), '😀']), text: newsText(t, 5 + t.int(80)), published: t.pick([PUBLISHED, PUBLISHED, '2025-02-30', '', null, 20251213, 'Dec 13']) };
    if (t.chance(0.3)) record.outlet = t.pick(['Reuters', '', null, 5, ['x']]);
    if (t.chance(0.2)) delete record[t.pick(['id', 'text', 'published'])];
    const line = JSON.stringify(record);
    return t.pick([
      line, line, line, `${line}\r`, line.slice(0, t.int(line.length)), '{', '[]', 'null', '"text"', '{"text": 5, "published": "2025-12-13"}',
      `${'['.repeat(5000)}${']'.repeat(5000)}`, `{"text": "\\ud800 lone", "published": "${PUBLISHED}"}`, `{"text": "a\\u0000b", "published": "${PUBLISHED}"}`,
      '\uFEFF' + line, '   ', '', `{"__proto__": {"text": "x"}, "published": "${PUBLISHED}"}`, `{"text": "${'9'.repeat(5000)}", "published": "${PUBLISHED}"}`,
    ]);
  });
  let bytes = utf8(lines.join(t.pick(['\n', '\r\n', '\n\n'])));
  if (t.chance(0.1)) bytes = Buffer.concat([bytes, Buffer.from([0x0a, 0xc3, 0x28, 0x0a, 0x00, 0xff])]);
  return { format: 'jsonl', kind: 'file', name: 'a.jsonl', bytes };
}

function genBinary(t) {
  const magic = t.pick([[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0x25, 0x50, 0x44, 0x46], [0x1f, 0x8b], [0x50, 0x4b, 0x03, 0x04], [0xff, 0xd8, 0xff], [], [0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e]]);
  const bytes = Buffer.concat([Buffer.from(magic), Buffer.from(t.repeat(t.int(4096), () => (t.chance(0.7) ? 32 + t.int(95) : t.int(256))))]);
  return { format: 'binary', kind: 'file', name: t.pick(['a.png', 'a.pdf', 'a', 'a.txt', 'a.html', 'a.xml', 'a.jsonl', 'a.bin']), bytes };
}

function genOversize(t, limit) {
  // Over the per-article text limit, as a string (the pipeline's own check), as a text file and
  // as one JSONL line: each must fail with E_FILE_TOO_LARGE, not run for minutes.
  const text = 'About 12 people were killed. '.repeat(Math.ceil((limit + 1) / 29) + t.int(1000));
  const how = t.pick(['string', 'file', 'jsonl']);
  if (how === 'string') return { format: 'oversize', kind: 'string', text, expect: 'E_FILE_TOO_LARGE' };
  if (how === 'file') return { format: 'oversize', kind: 'file', name: 'big.txt', bytes: utf8(`Published: ${PUBLISHED}\n\n${text}`), expect: 'E_FILE_TOO_LARGE' };
  return { format: 'oversize', kind: 'file', name: 'big.jsonl', bytes: utf8(JSON.stringify({ id: 'big', text, published: PUBLISHED })), expect: 'E_FILE_TOO_LARGE' };
}

/** Input `index` of `seed`: the format cycles so every format gets its share; oversize is rare (each costs MBs). */
export function generate(seed, index, limit) {
  const t = tools(rng(seed, index));
  if (index % 2500 === 1249) return genOversize(t, limit);
  const format = t.pick(['text', 'text', 'text', 'html', 'html', 'feed', 'feed', 'jsonl', 'jsonl', 'binary']);
  return { text: genText, html: genHtml, feed: genFeed, jsonl: genJsonl, binary: genBinary }[format](t);
}

// ---------------------------------------------------------------------------------------------
// The worker: runs inputs through the readers and the pipeline, in process.

async function workerMain() {
  const dist = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
  const [{ analyse }, { CrosscheckError }, { decodeText }, { toArticle }, { parseLine }, { readText }, { readHtml }, { readFeed }, { decodeMarkup }, { kindOf }, { maxArticleBytes }] = await Promise.all([
    dist('pipeline.js'), dist('errors.js'), dist('ingest/decode-text.js'), dist('ingest/article-input.js'), dist('ingest/jsonl-record.js'),
    dist('ingest/sources/text-file.js'), dist('ingest/sources/html-page.js'), dist('ingest/sources/feed-file.js'), dist('ingest/sources/decode-markup.js'),
    dist('ingest/sources/input-kind.js'), dist('limits.js'),
  ]);
  const { seed, from, to, step } = workerData;
  const options = { published: PUBLISHED, outlet: undefined };
  const limit = maxArticleBytes();

  /** The articles in one input, as `ingest` reads them (read-inputs.ts readFile, in memory). */
  function articlesOf(input, coded) {
    if (input.kind === 'string') return [toArticle(input.text, { published: PUBLISHED })];
    const kind = kindOf(input.name, input.bytes.subarray(0, 4096));
    if (kind === 'binary') return [];
    if (kind === 'jsonl') {
      const out = [];
      let start = 0, line = 0;
      const bytes = input.bytes;
      while (start <= bytes.length) {
        let nl = bytes.indexOf(0x0a, start);
        if (nl < 0) nl = bytes.length;
        line++;
        let b = bytes.subarray(start, nl);
        if (b.length && b[b.length - 1] === 0x0d) b = b.subarray(0, -1);
        start = nl + 1;
        if (b.every((x) => x === 0x20 || x === 0x09)) continue;
        try {
          out.push(parseLine({ line, bytes: Buffer.from(b), size: b.length + 1 }, { file: input.name, line }));
        } catch (err) {
          if (!(err instanceof CrosscheckError)) throw err;
          coded.push(err.code);
        }
      }
      return out;
    }
    if (kind === 'feed') {
      return readFeed(decodeMarkup(input.bytes), options).flatMap((item) => ('article' in item ? [item.article] : (coded.push(item.error.code), [])));
    }
    if (kind === 'html') return [readHtml(decodeMarkup(input.bytes), options)];
    return [readText(decodeText(input.bytes), input.name, options)];
  }

  for (let i = from; i < to; i += step) {
    const input = generate(seed, i, limit);
    parentPort.postMessage({ type: 'start', index: i });
    const started = performance.now();
    let crash = null;
    const coded = [];
    let claims = 0;
    try {
      for (const article of articlesOf(input, coded)) {
        try {
          claims += analyse(article).claims.length;
        } catch (err) {
          if (!(err instanceof CrosscheckError)) throw err;
          coded.push(err.code);
        }
      }
      if (input.kind === 'string' && input.format === 'oversize') analyse({ id: 'x', text: input.text, published: PUBLISHED, outlet: null, url: null, title: null });
    } catch (err) {
      if (err instanceof CrosscheckError) coded.push(err.code);
      else crash = { name: err?.name ?? typeof err, message: String(err?.message ?? err).slice(0, 300), stack: String(err?.stack ?? '').split('\n').slice(0, 6).join('\n') };
    }
    // An oversize input that did not fail as too large slipped past the limit.
    if (!crash && input.expect && !coded.includes(input.expect)) crash = { name: 'LimitNotEnforced', message: `expected ${input.expect}, got ${coded.join(', ') || 'no error'}`, stack: '' };
    parentPort.postMessage({ type: 'done', index: i, format: input.format, ms: performance.now() - started, crash, coded, claims });
  }
  parentPort.postMessage({ type: 'finished' });
}

// ---------------------------------------------------------------------------------------------
// The main thread: shards the indexes over workers, watches for hangs, tallies, runs the CLI sample.

async function main() {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' }, 'limit-ms': { type: 'string', default: '30000' },
      workers: { type: 'string' }, cli: { type: 'string', default: '40' }, json: { type: 'boolean', default: false }, only: { type: 'string' },
    },
  });
  const n = Number(values.n), seed = Number(values.seed), limitMs = Number(values['limit-ms']);
  const workers = Number(values.workers ?? Math.max(1, availableParallelism()));
  const startedAll = performance.now();
  const { maxArticleBytes } = await import(new URL('../dist/limits.js', import.meta.url).href);
  const limit = maxArticleBytes();
  const outDir = join(ROOT, 'out', 'fuzz');

  const tally = Object.fromEntries(FORMATS.map((f) => [f, { tried: 0, crashes: 0, hangs: 0, coded: 0, claims: 0 }]));
  const crashes = [], hangs = [];
  let slowest = { ms: 0, index: -1, format: '' };
  const codes = {};

  const save = (kind, index) => {
    mkdirSync(outDir, { recursive: true });
    const input = generate(seed, index, limit);
    const file = join(outDir, `${kind}-seed${seed}-${index}-${input.format}.${input.kind === 'string' ? 'txt' : 'bin'}`);
    writeFileSync(file, input.kind === 'string' ? input.text : input.bytes);
    return file;
  };

  // One shard per worker; a worker that hangs is replaced by one that resumes after the hanging input.
  const runShard = (from, to, step) => new Promise((resolve) => {
    let current = null;
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { seed, from, to, step }, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
    const watchdog = setInterval(() => {
      if (current && performance.now() - current.started > limitMs) {
        clearInterval(watchdog);
        const input = generate(seed, current.index, limit);
        tally[input.format].tried++;
        tally[input.format].hangs++;
        hangs.push({ index: current.index, format: input.format, ms: limitMs, file: save('hang', current.index) });
        const next = current.index + step;
        current = null;
        worker.terminate().then(() => resolve(next < to ? runShard(next, to, step) : undefined));
      }
    }, 100);
    worker.on('message', (m) => {
      if (m.type === 'start') current = { index: m.index, started: performance.now() };
      else if (m.type === 'done') {
        current = null;
        const t = tally[m.format];
        t.tried++;
        t.claims += m.claims;
        t.coded += m.coded.length;
        for (const c of m.coded) codes[c] = (codes[c] ?? 0) + 1;
        if (m.ms > slowest.ms) slowest = { ms: m.ms, index: m.index, format: m.format };
        if (m.crash) {
          t.crashes++;
          crashes.push({ index: m.index, format: m.format, ...m.crash, file: save('crash', m.index) });
        }
      } else if (m.type === 'finished') {
        clearInterval(watchdog);
        resolve();
      }
    });
    worker.on('error', (err) => {
      // The worker itself died (out of memory, a native crash): the input in hand is a crash.
      clearInterval(watchdog);
      const index = current?.index ?? from;
      const input = generate(seed, index, limit);
      tally[input.format].tried++;
      tally[input.format].crashes++;
      crashes.push({ index, format: input.format, name: 'WorkerDied', message: String(err?.message ?? err), stack: '', file: save('crash', index) });
      const next = index + step;
      resolve(next < to ? runShard(next, to, step) : undefined);
    });
  });

  if (values.only !== undefined) {
    const i = Number(values.only);
    await runShard(i, i + 1, 1);
  } else {
    await Promise.all(Array.from({ length: workers }, (_, w) => runShard(w, n, workers)));
  }
  const inProcessSeconds = (performance.now() - startedAll) / 1000;

  const cli = runCliSample(Number(values.cli), seed, limit);
  const totals = {
    tried: Object.values(tally).reduce((s, t) => s + t.tried, 0),
    crashes: crashes.length,
    hangs: hangs.length,
    cliRuns: cli.runs,
    cliFailures: cli.failures.length,
  };
  const report = {
    seed, n, limitMs, workers, seconds: Number(inProcessSeconds.toFixed(1)), totals, formats: tally, codes,
    slowest: { ...slowest, ms: Math.round(slowest.ms) }, crashes, hangs, cli,
  };
  if (values.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else printReport(report);
  process.exitCode = totals.crashes || totals.hangs || totals.cliFailures ? 1 : 0;
}

/** A sample of inputs through the built CLI: exit status 0/1/2 only, never a stack trace. */
function runCliSample(count, seed, limit) {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-fuzz-'));
  const failures = [];
  const statuses = {};
  let runs = 0;
  try {
    for (let k = 0; k < count; k++) {
      // Spread over the index space, with an oversize input among the first few.
      const index = k === 1 ? 1249 : 7919 * k + 13;
      const input = generate(seed, index, limit);
      const file = join(dir, `${k}-${input.kind === 'string' ? 'a.txt' : input.name}`);
      writeFileSync(file, input.kind === 'string' ? input.text : input.bytes);
      const commands = input.name?.endsWith('.jsonl')
        ? [['extract', '--jsonl', file, '--out', join(dir, `out-${k}`), '--jobs', '1'], ['ingest', file, '--db', join(dir, `${k}.db`), '--jobs', '1']]
        : [['extract', file, '--published', PUBLISHED, '--json'], ['ingest', file, '--db', join(dir, `${k}.db`), '--published', PUBLISHED, '--jobs', '1']];
      for (const args of commands) {
        const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
        runs++;
        const status = r.status === null ? `signal ${r.signal}` : String(r.status);
        statuses[status] = (statuses[status] ?? 0) + 1;
        const stack = /^\s+at .+\(?.+:\d+:\d+\)?$/m.test(r.stderr ?? '');
        if (!['0', '1', '2'].includes(status) || stack || /internal error/.test(r.stderr ?? '')) {
          failures.push({ index, format: input.format, command: args[0], status, stderr: (r.stderr ?? '').slice(0, 600) });
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { runs, statuses, failures };
}

function printReport(r) {
  const lines = [
    `crosscheck fuzz: seed ${r.seed}, ${r.totals.tried} inputs in ${r.seconds} s on ${r.workers} worker thread(s), hang limit ${r.limitMs} ms`,
    '',
    `${'format'.padEnd(10)}${'tried'.padStart(9)}${'crashes'.padStart(9)}${'hangs'.padStart(7)}${'coded errors'.padStart(14)}${'claims'.padStart(10)}`,
    ...FORMATS.map((f) => { const t = r.formats[f]; return `${f.padEnd(10)}${String(t.tried).padStart(9)}${String(t.crashes).padStart(9)}${String(t.hangs).padStart(7)}${String(t.coded).padStart(14)}${String(t.claims).padStart(10)}`; }),
    '',
    `coded errors: ${Object.entries(r.codes).sort((a, b) => b[1] - a[1]).map(([c, k]) => `${c} ${k}`).join(', ') || 'none'}`,
    `slowest input: #${r.slowest.index} (${r.slowest.format}) ${r.slowest.ms} ms`,
    `crashes: ${r.totals.crashes}, hangs: ${r.totals.hangs}`,
    ...r.crashes.slice(0, 20).map((c) => `  crash #${c.index} (${c.format}) ${c.name}: ${c.message}\n    ${c.stack.split('\n').slice(1, 4).join('\n    ')}\n    saved: ${c.file}`),
    ...r.hangs.slice(0, 20).map((h) => `  hang #${h.index} (${h.format}) over ${h.ms} ms, saved: ${h.file}`),
    `CLI sample: ${r.cli.runs} runs, exit statuses ${Object.entries(r.cli.statuses).map(([s, k]) => `${s}×${k}`).join(' ')}, ${r.cli.failures.length} bad`,
    ...r.cli.failures.slice(0, 10).map((f) => `  #${f.index} ${f.command} exit ${f.status}: ${f.stderr.split('\n')[0]}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

if (isMainThread) await main();
else await workerMain();
