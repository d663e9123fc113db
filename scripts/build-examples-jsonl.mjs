#!/usr/bin/env node
// Regenerates examples/articles.jsonl from examples/<slug>.txt plus examples/meta.json, so the
// texts, their metadata and the JSONL the CLI reads never drift apart.
//
//   node scripts/build-examples-jsonl.mjs           write examples/articles.jsonl
//   node scripts/build-examples-jsonl.mjs --check   exit 1 if articles.jsonl (or a gold file's
//                                                   id/published/outlet) disagrees with the sources
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');
const check = process.argv.includes('--check');
const problems = [];

const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
for (const slug of texts) if (!meta[slug]) problems.push(`${slug}.txt has no entry in meta.json`);

const lines = [];
for (const slug of Object.keys(meta)) {   // meta.json order (chronological)
  const { published, outlet } = meta[slug];
  const file = join(dir, `${slug}.txt`);
  if (!existsSync(file)) { problems.push(`meta.json names ${slug} but ${slug}.txt is missing`); continue; }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(published ?? '')) problems.push(`${slug}: published must be YYYY-MM-DD`);
  const text = readFileSync(file, 'utf8');
  const title = text.split('\n', 1)[0].trim() || null;
  lines.push(JSON.stringify({ id: slug, text, published, outlet: outlet ?? null, url: null, title }));

  const goldFile = join(dir, `${slug}.gold.json`);
  if (existsSync(goldFile)) {
    const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
    for (const [k, want] of [['id', slug], ['published', published], ['outlet', outlet ?? null]])
      if (gold[k] !== want) problems.push(`${slug}.gold.json: ${k} is ${JSON.stringify(gold[k])}, meta says ${JSON.stringify(want)}`);
  }
}
const jsonl = lines.join('\n') + '\n';
const target = join(dir, 'articles.jsonl');

if (check) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== jsonl) problems.push('articles.jsonl is out of date: run node scripts/build-examples-jsonl.mjs');
} else if (!problems.length) {
  writeFileSync(target, jsonl);
  console.log(`wrote ${target} (${lines.length} articles)`);
}
for (const p of problems) console.error(`build-examples-jsonl: ${p}`);
process.exit(problems.length ? 1 : 0);
