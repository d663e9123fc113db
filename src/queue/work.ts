// The worker loop: takes article jobs, stores each (looked up, analysed, put in one transaction by
// storeArticle) and completes a job only once its article is committed, so a worker killed at any
// point leaves jobs that another worker redoes, and the store's content hash makes a redo harmless.
import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import { CrosscheckError } from '../errors.js';
import { analysisError, StopIngest, storeArticle } from '../ingest/ingest-items.js';
import type { ClaimStore } from '../store/claim-store.js';
import type { Article, ClaimsDoc } from '../types.js';
import { QUEUE_NAME } from './boss.js';
import { readJobPayload } from './job-payload.js';

export interface WorkTally {
  new: number;
  known: number;
  replaced: number;
  /** Jobs failed by this worker (bad payload or analysis); pg-boss retries them up to its limit. */
  failed: number;
  claims: number;
}

export interface WorkOptions {
  readonly boss: PgBoss;
  readonly store: ClaimStore;
  analyse(article: Article): Promise<ClaimsDoc>;
  /** Jobs held at once. */
  readonly concurrency: number;
  /** Stop once no job is waiting or running anywhere (tests, cron-style batch runs). */
  readonly once: boolean;
  /** How long an idle worker waits before asking again. */
  readonly pollMs: number;
  onJob?(tally: Readonly<WorkTally>): void;
  onFailure?(message: string): void;
}

/** Stop after the jobs in flight: set by a signal handler, seen between fetches. */
export interface WorkControl {
  stop(): void;
  readonly done: Promise<WorkTally>;
}

export function work(options: WorkOptions): WorkControl {
  let stopping = false;
  let wake: () => void = () => undefined;
  const done = loop(options, () => stopping, (fn) => { wake = fn; });
  return {
    stop() {
      stopping = true;
      wake();
    },
    done,
  };
}

async function loop(options: WorkOptions, stopping: () => boolean, onWait: (wake: () => void) => void): Promise<WorkTally> {
  const { boss, concurrency } = options;
  const tally: WorkTally = { new: 0, known: 0, replaced: 0, failed: 0, claims: 0 };
  const inFlight = new Set<Promise<void>>();
  // The first store or queue failure: every later job would fail the same way, so the worker stops.
  let fatal: unknown = null;
  const me = `${hostname()}:${process.pid}`;

  const run = (job: PgBoss.JobWithMetadata<unknown>) => {
    const task = runJob(job, options, me, tally)
      .catch((err: unknown) => { fatal ??= err; })
      .finally(() => {
        inFlight.delete(task);
        options.onJob?.(tally);
      });
    inFlight.add(task);
  };

  while (!stopping() && !fatal) {
    const free = concurrency - inFlight.size;
    if (free > 0) {
      // pg-boss's fetch answers [] when the query fails, so a lost server shows up below instead.
      const jobs = await boss.fetch<unknown>(QUEUE_NAME, { batchSize: free, includeMetadata: true });
      for (const job of jobs) run(job);
      if (jobs.length === free) continue;
      if (inFlight.size === 0) {
        // Idle: reclaim jobs whose worker died (held past their expireIn) rather than wait for
        // pg-boss's maintenance; then, with --once, stop when nothing is waiting or running
        // anywhere (a job another worker holds may still come back for a retry).
        try {
          await boss.expire();
          if (options.once && (await boss.getQueueSize(QUEUE_NAME, { before: 'completed' })) === 0) break;
        } catch (err) {
          fatal = err;
          break;
        }
      }
    }
    // Wait for a job to finish (a slot frees, or the queue may have more by now), the poll
    // interval or a stop, whichever comes first.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.pollMs);
      const done = () => { clearTimeout(timer); resolve(); };
      onWait(done);
      if (inFlight.size) void Promise.race(inFlight).then(done);
    });
  }
  await Promise.all(inFlight);
  if (fatal) throw fatal;
  return tally;
}

/** One job: payload checked, article stored, job completed; a job that cannot be done is failed. */
async function runJob(job: PgBoss.JobWithMetadata<unknown>, options: WorkOptions, me: string, tally: WorkTally): Promise<void> {
  const { boss } = options;
  const attempt = `attempt ${job.retryCount + 1} of ${job.retryLimit + 1}`;
  const fail = async (origin: string, error: CrosscheckError) => {
    tally.failed++;
    options.onFailure?.(`job ${job.id} (${origin}) failed, ${attempt}: ${error.detail}`);
    await boss.fail(QUEUE_NAME, job.id, { code: error.code, message: error.detail, origin, worker: me });
  };
  let payload;
  try {
    payload = readJobPayload(job.data);
  } catch (err) {
    if (err instanceof CrosscheckError) return fail(originOf(job.data), err);
    throw err;
  }
  let result;
  try {
    result = await storeArticle(payload.article, options.store, options.analyse);
  } catch (err) {
    const analysis = analysisError(err);
    if (analysis) return fail(payload.origin, analysis);
    // A store failure, or no analysis pool: this worker stops, and the job goes back for a retry
    // by whoever is still up (best effort: the queue may be what failed).
    const failure = err instanceof StopIngest || err instanceof CrosscheckError ? err : new CrosscheckError('E_STORE_FAILED', errorText(err));
    const message = failure instanceof CrosscheckError ? failure.detail : failure.message;
    await boss.fail(QUEUE_NAME, job.id, { message, origin: payload.origin, worker: me }).catch(() => undefined);
    throw failure;
  }
  // Only now, with the article committed: a crash before this line leaves the job to expire and
  // be redone, and the redo finds the article stored ('known').
  await boss.complete(QUEUE_NAME, job.id, { status: result.status, articleId: result.articleId, claims: result.claims, worker: me });
  tally[result.status]++;
  if (result.status !== 'known') tally.claims += result.claims;
}

/** Where a job says it came from, read leniently: for the message about a payload that is wrong. */
function originOf(data: unknown): string {
  const origin = typeof data === 'object' && data !== null ? (data as { origin?: unknown }).origin : undefined;
  return typeof origin === 'string' ? origin : 'no origin given';
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
