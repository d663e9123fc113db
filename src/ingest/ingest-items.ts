// Stores what the readers yield: each article is looked up first, so one the store already holds
// from the current pipeline costs a hash and a query, not an analysis; the rest are analysed (on
// whatever `analyse` runs: the worker pool, or in process) and handed to a BatchWriter, which
// commits them a batch to a transaction while the next ones are analysed. A transaction holds whole
// articles only, so a run killed at any point leaves every stored article complete.
import { CrosscheckError } from '../errors.js';
import { NO_CHANGE, type ClaimStore, type PutResult } from '../store/claim-store.js';
import { contentHash } from '../store/content-hash.js';
import type { Article, ClaimsDoc } from '../types.js';
import { PIPELINE_VERSION } from '../version.js';
import { BatchWriter } from './batch-writer.js';
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
  /** Articles looked up or analysed at once; up to 2 × writeBatch more wait for or are in a commit. */
  readonly concurrency: number;
  /** Most articles one transaction takes (default WRITE_BATCH); 1 commits each article alone. */
  readonly writeBatch?: number;
  /** Called as each item settles, with the input bytes it accounts for. */
  onSettled?(bytes: number, tally: Readonly<IngestTally>): void;
  /** Called with each failure's message, led by its origin (FILE, FILE:LINE or FILE#ITEM). */
  onError?(message: string): void;
}

/** Failures kept for the summary: memory stays flat on a huge input that fails everywhere. */
const MAX_FAILURES = 1000;

/** Counts a failed input and keeps the first MAX_FAILURES in full (shared with the queue's enqueue). */
export function recordFailure(
  tally: { failed: number; failures: IngestFailure[] }, origin: string, err: CrosscheckError, onError?: (line: string) => void,
): void {
  tally.failed++;
  if (tally.failures.length < MAX_FAILURES) tally.failures.push({ origin, code: err.code, message: err.detail });
  onError?.(`${origin}: ${err.detail}`);
}
/** Articles a transaction. Each commit writes out every page the batch touched, and in a grown
 *  store the claims' index entries land on pages all over: 64 articles a commit cost a quarter less
 *  CPU per article than 16 in a store of 10k articles (scratch measurement, 0.76–0.83 against
 *  0.89–1.12 ms). A batch blocks the main thread for ~50 ms with SQLite, which the tasks queued
 *  in each worker (worker-pool.ts) cover. */
export const WRITE_BATCH = 64;
/** An analysed article waits at most this long for its batch to fill (a slow feed, a slow disk). */
const WRITE_DELAY_MS = 200;

/**
 * Ingests every item. An input or analysis failure is counted and the run goes on; a store failure
 * ends the run (after the articles in flight settle), since every later article would fail the same way.
 */
export async function ingestItems(items: AsyncIterable<InputItem>, store: ClaimStore, options: IngestOptions): Promise<IngestTally> {
  const tally: IngestTally = { new: 0, known: 0, replaced: 0, failed: 0, claims: 0, failures: [] };
  const batch = Math.max(1, Math.floor(options.writeBatch ?? WRITE_BATCH));
  const writer = new BatchWriter(store, { batch, maxDelayMs: WRITE_DELAY_MS });
  const inFlight = new Set<Promise<void>>();
  let analysing = 0;
  let fatal: unknown = null;
  // The reading loop is the one waiter: woken whenever an article leaves analysis or settles.
  let wake: (() => void) | null = null;
  const changed = () => { const w = wake; wake = null; w?.(); };
  const fail = (origin: string, err: CrosscheckError) => recordFailure(tally, origin, err, options.onError);

  for await (const item of items) {
    if (item.kind === 'error') {
      fail(item.origin, item.error);
      options.onSettled?.(item.bytes, tally);
      continue;
    }
    // Backpressure: reading waits for a free slot, so a huge input never sits in memory. Articles
    // waiting for their commit do not hold up analysis, up to two batches of them.
    while (!fatal && (analysing >= options.concurrency || inFlight.size >= options.concurrency + 2 * batch)) {
      await new Promise<void>((resolve) => { wake = resolve; });
    }
    if (fatal) break;
    analysing++;
    const task = analyseUnlessKnown(item.article, store, options.analyse)
      .finally(() => { analysing--; changed(); })
      .then((found) => ('known' in found ? found.known : writer.put(item.article, found.doc)))
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
        changed();
      });
    inFlight.add(task);
  }
  // The input is done (or the run is ending): commit what is analysed without waiting for full batches.
  writer.finish();
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
  const found = await analyseUnlessKnown(article, store, analyse);
  return 'known' in found ? found.known : store.putArticle(article, found.doc);
}

/** The stored article when the store holds this very text from this pipeline version, else the
 *  analysis; rejects with AnalysisFailure for a pipeline error, StopIngest when nothing can be analysed. */
async function analyseUnlessKnown(
  article: Article, store: ClaimStore, analyse: (a: Article) => Promise<ClaimsDoc>,
): Promise<{ readonly known: PutResult } | { readonly doc: ClaimsDoc }> {
  const hash = contentHash(article.text);
  const found = await store.findArticle(article.url === null ? { contentHash: hash } : { contentHash: hash, url: article.url });
  // Found by URL with another text means the page changed: analyse it again.
  if (found && found.contentHash === hash && found.pipelineVersion === PIPELINE_VERSION) {
    return { known: { status: 'known', articleId: found.id, claims: 0, change: NO_CHANGE } };
  }
  try {
    return { doc: await analyse(article) };
  } catch (err) {
    throw err instanceof StopIngest ? err : new AnalysisFailure(err);
  }
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

/** For callers of storeArticle other than ingestItems (the queue worker): the pipeline's error on
 *  this one article, or null when `err` is anything else (a store failure, StopIngest). */
export function analysisError(err: unknown): CrosscheckError | null {
  return err instanceof AnalysisFailure ? err.error : null;
}
