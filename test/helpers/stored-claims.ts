// Turns fixture articles into stored-claim records through the real pipeline, as the store would.
import { readFileSync } from 'node:fs';
import { analyse } from '../../src/pipeline.js';
import type { StoredClaim } from '../../src/store/claim-store.js';

export function storedClaimsOf(jsonlPath: string): StoredClaim[] {
  const out: StoredClaim[] = [];
  for (const line of readFileSync(jsonlPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line);
    const doc = analyse({ id: a.id, text: a.text, published: a.published, outlet: a.outlet ?? null, url: null, title: null });
    doc.claims.forEach((c, i) => out.push({
      ...c, id: `${a.id}#${i}`, articleId: a.id, outlet: a.outlet ?? null, published: a.published,
      sentence: a.text.slice(c.span.start, c.span.end),
    }));
  }
  return out;
}
