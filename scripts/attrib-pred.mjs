#!/usr/bin/env node
// Runs the built pipeline over a data dir's articles.jsonl and writes OUT/<id>.json (the claims doc),
// for scoring attributions with ../shared/tools/score.mjs --pred OUT.
//   node scripts/attrib-pred.mjs DATA_DIR OUT_DIR
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../dist/pipeline.js';

const [dataDir, outDir] = process.argv.slice(2);
if (!dataDir || !outDir) {
  console.error('usage: attrib-pred.mjs DATA_DIR OUT_DIR');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const lines = readFileSync(join(dataDir, 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
const started = performance.now();
let failed = 0;
for (const line of lines) {
  const a = JSON.parse(line);
  const article = { id: a.id, text: a.text, published: a.published, outlet: a.outlet ?? null, url: a.url ?? null, title: a.title ?? null };
  try {
    writeFileSync(join(outDir, `${a.id}.json`), JSON.stringify(analyse(article), null, 1));
  } catch (e) {
    failed++;
    console.error(`attrib-pred: ${a.id}: ${e instanceof Error ? e.stack : e}`);
  }
}
console.error(`attrib-pred: ${lines.length} articles (${failed} failed) in ${Math.round(performance.now() - started)} ms`);
