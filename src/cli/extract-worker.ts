// The piscina worker for batches (worker-pool.ts): analyses one article, serialised here for
// `extract --jsonl` so the main thread only writes files. Loads the NLP model once per thread.
import { analyse } from '../pipeline.js';
import type { Article, ClaimsDoc } from '../types.js';

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

/** For `ingest`: the claims document itself, which the main thread hands to the store. */
export function analyseArticle(article: Article): ClaimsDoc {
  return analyse(article);
}
