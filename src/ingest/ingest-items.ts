// Stores what the readers yield: each article is looked up first, so one the store already holds
// from the current pipeline costs a hash and a query, not an analysis; the rest are analysed (on
// whatever `analyse` runs: the worker pool, or in process) and put, one transaction each.
import { CrosscheckError } from '../errors.js';
import type { ClaimStore, PutResult } from '../store/claim-store.js';
import { contentHash } from '../store/content-hash.js';
import type { Article, ClaimsDoc } from '../types.js';
import { PIPELINE_VERSION } from '../version.js';
import type { InputItem } from './sources/input-item.js';

export interface IngestFailure {
  readonly origin: string;
  readonly code: string;
  readonly message: string;
}

export interface IngestTally {
  new: number;
  known: number;
  replaced: number;
  failed: number;
  /** Claims stored by this run (new and replaced articles). */
  claims: number;
  /** The first MAX_FAILURES failures in full; the count above has them all. */
  readonly failures: IngestFailure[];
}

export interface IngestOptions {
  /** Runs the pipeline; rejects for a bug on one article, which then counts as failed. */
  analyse(article: Article): Promise<ClaimsDoc>;
  /** Articles in flight at once (looked up, analysed or being stored). */
  readonly concurrency: number;
  /** Called as each item settles, with the input bytes it accounts for. */
  onSettled?(bytes: number, tally: Readonly<IngestTally>): void;
  /** Called with each failure's message, led by its origin (FILE, FILE:LINE or FILE#ITEM). */
  onError?(message: string): void;
}

/** Failures kept for the summary: memory stays flat on a huge input that fails everywhere. */
const MAX_FAILURES = 1000;

/**
 * Ingests every item. An input or analysis failure is counted and the run goes on; a store failure
 * ends the run (after the articles in flight settle), since every later article would fail the same way.
 */
export async function ingestItems(items: AsyncIterable<InputItem>, store: ClaimStore, options: IngestOptions): Promise<IngestTally> {
  const tally: IngestTally = { new: 0, known: 0, replaced: 0, failed: 0, claims: 0, failures: [] };
  const inFlight = new Set<Promise<void>>();
  let fatal: unknown = null;
  const fail = (origin: string, err: CrosscheckError) => {
    tally.failed++;
    if (tally.failures.length < MAX_FAILURES) tally.failures.push({ origin, code: err.code, message: err.detail });
    options.onError?.(`${origin}: ${err.detail}`);
  };

  for await (const item of items) {
    if (item.kind === 'error') {
      fail(item.origin, item.error);
      options.onSettled?.(item.bytes, tally);
      continue;
    }
    // Backpressure: reading waits for a free slot, so a huge input never sits in memory.
    while (inFlight.size >= options.concurrency) await Promise.race(inFlight);
    if (fatal) break;
    const task = storeArticle(item.article, store, options.analyse)
      .then((result) => {
        tally[result.status]++;
        if (result.status !== 'known') tally.claims += result.claims;
      }, (err: unknown) => {
        if (err instanceof AnalysisFailure) fail(item.origin, err.error);
        else fatal ??= err;
      })
      .finally(() => {
        inFlight.delete(task);
        options.onSettled?.(item.bytes, tally);
      });
    inFlight.add(task);
  }
  await Promise.all(inFlight);
  if (fatal instanceof StopIngest) throw fatal.cause;
  if (fatal) throw fatal instanceof CrosscheckError ? fatal : new CrosscheckError('E_STORE_FAILED', errorText(fatal));
  return tally;
}

/**
 * One article: skipped when the store holds this very text from this pipeline version; else analysed
 * and put, the store deciding new, replaced (older pipeline, or an updated page at a known URL) or known.
 */
export async function storeArticle(article: Article, store: ClaimStore, analyse: (a: Article) => Promise<ClaimsDoc>): Promise<PutResult> {
  const hash = contentHash(article.text);
  const found = await store.findArticle(article.url === null ? { contentHash: hash } : { contentHash: hash, url: article.url });
  // Found by URL with another text means the page changed: analyse it again.
  if (found && found.contentHash === hash && found.pipelineVersion === PIPELINE_VERSION) {
    return { status: 'known', articleId: found.id, claims: 0 };
  }
  let doc: ClaimsDoc;
  try {
    doc = await analyse(article);
  } catch (err) {
    throw err instanceof StopIngest ? err : new AnalysisFailure(err);
  }
  return store.putArticle(article, doc);
}

/** Thrown by `analyse` when no article can be analysed (the worker pool did not start): ends the run with `cause`. */
export class StopIngest extends Error {
  constructor(override readonly cause: unknown) {
    super(errorText(cause), { cause });
  }
}

/** A pipeline error on one article, told apart from store errors, which end the run. */
class AnalysisFailure extends Error {
  readonly error: CrosscheckError;
  constructor(cause: unknown) {
    super(errorText(cause), { cause });
    if (process.env['CROSSCHECK_DEBUG'] === '1' && cause instanceof Error && cause.stack) process.stderr.write(`${cause.stack}\n`);
    this.error = cause instanceof CrosscheckError ? cause : new CrosscheckError('E_ANALYSIS_FAILED', errorText(cause));
  }
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
