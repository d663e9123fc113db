// A piscina worker for batches: analyses one article and serialises it here, so the main thread
// only writes files. Loading the NLP model happens once per thread.
import { analyse } from '../pipeline.js';
import type { Article } from '../types.js';

export interface ExtractResult {
  readonly json: string;
  readonly claims: number;
  readonly attributions: number;
}

export default function extract(article: Article): ExtractResult {
  const doc = analyse(article);
  return { json: JSON.stringify(doc, null, 2) + '\n', claims: doc.claims.length, attributions: doc.attributions.length };
}

/** Called once before a batch: fails (and so stops the batch early) if this module cannot load. */
export function ready(): boolean {
  return true;
}
