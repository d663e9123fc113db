// The bundled examples' claims documents must equal the reviewed golden files in test/golden/
// (regenerate with `npm run build && npm run golden`, then review the diff).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/pipeline.js';

const root = join(import.meta.dirname, '..');
const articles = readFileSync(join(root, 'examples', 'articles.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

describe('golden claims documents of the examples', () => {
  it.each(articles.map((a) => [a.id, a]))('%s', (id, a) => {
    const doc = analyse({ id: a.id, text: a.text, published: a.published, outlet: a.outlet ?? null, url: a.url ?? null, title: a.title ?? null });
    const golden = JSON.parse(readFileSync(join(root, 'test', 'golden', `${id}.json`), 'utf8'));
    expect(JSON.parse(JSON.stringify(doc))).toEqual(golden);
  });
});
