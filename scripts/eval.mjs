#!/usr/bin/env node
// Runs the built pipeline over the shared evaluation sets and scores it with ../shared/tools/score.mjs.
// `--gate` exits 1 when a figure falls below the floor in eval-gate.json (raise floors, never lower them).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = parseArgs({
  options: {
    gate: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    set: { type: 'string', multiple: true },
    shared: { type: 'string', default: process.env.CROSSCHECK_SHARED ?? join(root, '..', 'shared') },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (opt.help) {
  console.log(`usage: npm run eval -- [--gate] [--verbose] [--json] [--set seed|dev|polnear-dev|examples|recognizers ...]
Scores the built pipeline (run npm run build first) on ../shared/data sets.
  --gate     exit 1 when a figure is below its floor in eval-gate.json
  --verbose  list every miss (score.mjs --verbose)
  --json     print the figures as JSON`);
  process.exit(0);
}

if (!existsSync(join(opt.shared, 'tools', 'score.mjs'))) {
  console.error(`eval: the shared data and scorer are not at ${opt.shared} (pass --shared DIR or set CROSSCHECK_SHARED)`);
  process.exit(2);
}
const { analyse } = await import(join(root, 'dist', 'pipeline.js'));
const sets = opt.set ?? ['seed', 'dev', 'polnear-dev', 'examples', 'recognizers'];
// Our own example articles carry gold too (examples/<id>.gold.json); the rest live in ../shared/data.
const dataDirOf = (set) => (set === 'examples' ? join(root, 'examples') : join(opt.shared, 'data', set));
const score = join(opt.shared, 'tools', 'score.mjs');
const results = {};
for (const set of sets) {
  if (set === 'recognizers') {
    // Microsoft Recognizers-Text's English specs: our number and date readers against a peer's suite.
    const run = (script) => JSON.parse(execFileSync('node', [join(root, 'scripts', script), '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    const numbers = run('eval-numbers.mjs');
    const dates = run('eval-dates.mjs');
    results.recognizers = { numbers, dates };
    if (!opt.json) {
      console.log('\n== recognizers (Microsoft Recognizers-Text English specs)');
      for (const [model, r] of Object.entries(numbers)) {
        console.log(`${model.padEnd(30)} ${(100 * r.shareJs).toFixed(1)}% right on the ${r.jsSupported} cases Microsoft's JavaScript port supports, ` +
          `less ${r.jsSupported - r.js[1]} we list as unsupported (${r.js[0]}/${r.js[1]}); ${(100 * r.shareAll).toFixed(1)}% of all cases we support (${r.all[0]}/${r.all[1]}); raw ${r.rawRight}/${r.cases}`);
      }
      console.log(`${'DateTime dates and periods'.padEnd(36)} news-like ${(100 * dates.rawNews.share).toFixed(1)}% (${dates.rawNews.right}/${dates.rawNews.total}), all ${(100 * dates.rawAll.share).toFixed(1)}% (${dates.rawAll.right}/${dates.rawAll.total}); supported only ${(100 * dates.all.share).toFixed(1)}%`);
    }
    continue;
  }
  const dataDir = dataDirOf(set);
  const out = join(root, 'out', 'eval', set);
  mkdirSync(out, { recursive: true });
  const lines = readFileSync(join(dataDir, 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const started = performance.now();
  for (const line of lines) {
    const a = JSON.parse(line);
    // The gold anchors point into <id>.txt; read the text from there so offsets agree exactly.
    const txt = join(dataDir, `${a.id}.txt`);
    const text = existsSync(txt) ? readFileSync(txt, 'utf8') : a.text;
    const doc = analyse({ id: a.id, text, published: a.published, outlet: a.outlet ?? null, url: a.url ?? null, title: a.title ?? null });
    writeFileSync(join(out, `${a.id}.json`), JSON.stringify(doc));
  }
  const ms = performance.now() - started;
  const args = [score, '--gold', dataDir, '--pred', out];
  const summary = JSON.parse(execFileSync('node', [...args, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  results[set] = { ...summary, articles: lines.length, ms: Math.round(ms) };
  if (!opt.json) {
    console.log(`\n== ${set} (${lines.length} articles, ${Math.round(ms)} ms)`);
    console.log(execFileSync('node', [...args, ...(opt.verbose ? ['--verbose'] : [])], { encoding: 'utf8', maxBuffer: 64 << 20 }).trimEnd());
  }
}
if (opt.json) console.log(JSON.stringify(results, null, 2));

if (opt.gate) {
  const gate = JSON.parse(readFileSync(join(root, 'eval-gate.json'), 'utf8'));
  const failures = [];
  for (const [set, floors] of Object.entries(gate)) {
    if (set.startsWith('_') || !results[set]) continue;
    for (const [path, floor] of Object.entries(floors)) {
      const got = path.split('.').reduce((o, k) => o?.[k], results[set]);
      if (typeof got !== 'number' || got < floor) failures.push(`${set} ${path}: ${got} < ${floor}`);
    }
  }
  if (failures.length) {
    console.error(`\neval gate FAILED:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\neval gate passed');
}
