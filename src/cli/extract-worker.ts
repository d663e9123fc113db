// The piscina worker for batches (worker-pool.ts): analyses one article, serialised here for
// `extract --jsonl` so the main thread only writes files. Loads the NLP model once per thread.
import { analyse } from '../pipeline.js';
import type { Article, ClaimsDoc } from '../types.js';

/** One article, and a flag the worker raises as it starts it: the pool's time limit counts from
 *  there, not from a wait behind other articles queued on this thread (worker-pool.ts). */
export interface AnalysisTask {
  readonly article: Article;
  readonly started: Int32Array;
}

function begin(task: AnalysisTask): Article {
  Atomics.store(task.started, 0, 1);
  return task.article;
}

export interface ExtractResult {
  readonly json: string;
  readonly claims: number;
  readonly attributions: number;
}

export default function extract(task: AnalysisTask): ExtractResult {
  const doc = analyse(begin(task));
  return { json: JSON.stringify(doc, null, 2) + '\n', claims: doc.claims.length, attributions: doc.attributions.length };
}

/** Called once before a batch: fails (and so stops the batch early) if this module cannot load. */
export function ready(): boolean {
  return true;
}

/** For `ingest`: the claims document itself, which the main thread hands to the store. */
export function analyseArticle(task: AnalysisTask): ClaimsDoc {
  return analyse(begin(task));
}
