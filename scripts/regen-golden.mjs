#!/usr/bin/env node
// Regenerates test/golden/<id>.json, the claims documents of the bundled examples, from the built
// pipeline. Review the diff (git diff test/golden) before committing: it is the change in output.
// `--check` exits 1 when a golden file differs from what the pipeline now produces.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { analyse } = await import(join(root, 'dist', 'pipeline.js'));
const check = process.argv.includes('--check');
const outDir = join(root, 'test', 'golden');
mkdirSync(outDir, { recursive: true });
let stale = 0;
for (const line of readFileSync(join(root, 'examples', 'articles.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const a = JSON.parse(line);
  const doc = analyse({ id: a.id, text: a.text, published: a.published, outlet: a.outlet ?? null, url: a.url ?? null, title: a.title ?? null });
  const json = `${JSON.stringify(doc, null, 2)}\n`;
  const file = join(outDir, `${a.id}.json`);
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== json) { stale++; console.error(`stale: ${file}`); }
  } else {
    writeFileSync(file, json);
    console.log(`wrote ${file} (${doc.claims.length} claims)`);
  }
}
if (check && stale) { console.error(`${stale} golden file(s) differ: run npm run golden and review the diff`); process.exit(1); }
