// `ingest --queue`'s work: one job per article the readers yield, keyed by its content hash so an
// article enqueued twice is one job; with a store at hand, articles it already holds are skipped.
import type PgBoss from 'pg-boss';
import { CrosscheckError } from '../errors.js';
import { recordFailure, type IngestFailure } from '../ingest/ingest-items.js';
import type { InputItem } from '../ingest/sources/input-item.js';
import type { ClaimStore } from '../store/claim-store.js';
import { contentHash } from '../store/content-hash.js';
import { PIPELINE_VERSION } from '../version.js';
import { QUEUE_NAME } from './boss.js';
import { jobId, jobPayload } from './job-payload.js';

export interface EnqueueTally {
  /** New jobs, and failed jobs of the same article given another attempt. */
  enqueued: number;
  /** A job for the article exists already (waiting, running or done). */
  queued: number;
  /** The store holds the article from this pipeline version: no job needed. */
  stored: number;
  /** Inputs that could not be read, or are too large for a job. */
  failed: number;
  readonly failures: IngestFailure[];
}

export interface EnqueueOptions {
  /** When given, articles it holds from the current pipeline are not enqueued. */
  readonly store?: ClaimStore | undefined;
  /** Seconds a worker may hold one job before it is taken for dead (pg-boss expireIn). */
  readonly jobTimeoutSeconds?: number | undefined;
  /** Jobs being sent at once: round trips overlap, memory stays bounded. */
  readonly concurrency: number;
  onSettled?(bytes: number, tally: Readonly<EnqueueTally>): void;
  onError?(message: string): void;
}


export async function enqueueItems(items: AsyncIterable<InputItem>, boss: PgBoss, options: EnqueueOptions): Promise<EnqueueTally> {
  const tally: EnqueueTally = { enqueued: 0, queued: 0, stored: 0, failed: 0, failures: [] };
  const inFlight = new Set<Promise<void>>();
  let fatal: unknown = null;
  const fail = (origin: string, err: CrosscheckError) => recordFailure(tally, origin, err, options.onError);

  for await (const item of items) {
    if (item.kind === 'error') {
      fail(item.origin, item.error);
      options.onSettled?.(item.bytes, tally);
      continue;
    }
    while (inFlight.size >= options.concurrency) await Promise.race(inFlight);
    if (fatal) break;
    const task = enqueueArticle(item, boss, options)
      .then((outcome) => { tally[outcome]++; }, (err: unknown) => {
        if (err instanceof CrosscheckError && err.code === 'E_JOB_TOO_LARGE') fail(item.origin, err);
        else fatal ??= err;
      })
      .finally(() => {
        inFlight.delete(task);
        options.onSettled?.(item.bytes, tally);
      });
    inFlight.add(task);
  }
  await Promise.all(inFlight);
  if (fatal) throw fatal;
  return tally;
}

async function enqueueArticle(
  item: Extract<InputItem, { kind: 'article' }>, boss: PgBoss, options: EnqueueOptions,
): Promise<'enqueued' | 'queued' | 'stored'> {
  const { article } = item;
  const hash = contentHash(article.text);
  const payload = jobPayload(article, item.origin);
  if (options.store) {
    // The same test as storeArticle's: this very text from this pipeline version.
    const found = await options.store.findArticle({ contentHash: hash }).catch((err: unknown) => {
      // Named as the store's, so it is not taken for the queue's when the run ends on it.
      throw err instanceof CrosscheckError ? err : new CrosscheckError('E_STORE_FAILED', err instanceof Error ? err.message : String(err));
    });
    if (found && found.pipelineVersion === PIPELINE_VERSION) return 'stored';
  }
  const id = jobId(hash, PIPELINE_VERSION);
  const sent = await boss.send(QUEUE_NAME, payload, {
    id,
    // Informational under the standard policy (the id dedupes): lets an operator find an
    // article's job by the hash the store knows it by.
    singletonKey: hash,
    ...(options.jobTimeoutSeconds === undefined ? {} : { expireInSeconds: options.jobTimeoutSeconds }),
  });
  if (sent !== null) return 'enqueued';
  // A failed job (its retries spent) gets one more attempt: enqueueing again is how a user asks.
  const { affected } = await boss.retry(QUEUE_NAME, id) as unknown as { affected: number };
  return affected > 0 ? 'enqueued' : 'queued';
}
