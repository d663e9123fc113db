// `crosscheck ingest PATH... --queue postgres://...`: reads the inputs as ingest does, but instead of
// analysing puts one job per article on the queue for `crosscheck worker`s, and says what it did.
// Loaded by ingest.ts only with --queue, so these imports cost a plain ingest nothing.
import { readInputs } from '../ingest/sources/read-inputs.js';
import { totalSize } from '../ingest/sources/walk-folder.js';
import { describeQueueError, startBoss } from '../queue/boss.js';
import { enqueueItems, type EnqueueTally } from '../queue/enqueue.js';
import type { QueueLocation } from '../queue/queue-options.js';
import type { ClaimStore } from '../store/claim-store.js';
import { redact } from '../store/dialect/postgres.js';
import { openStore } from '../store/open-store.js';
import { createProgress } from './batch-progress.js';
import { EXIT } from './exit-codes.js';

export interface EnqueueRun {
  readonly queue: QueueLocation;
  readonly jobTimeoutSeconds: number | undefined;
  /** Only when the user named one: articles it holds are not enqueued. */
  readonly db: string | undefined;
  readonly published: string | undefined;
  readonly outlet: string | undefined;
  readonly json: boolean;
}

/** Sends in flight at once: enough to hide the round trip to a remote server. */
const SENDS_IN_FLIGHT = 8;

export async function runEnqueue(paths: readonly string[], run: EnqueueRun): Promise<number> {
  const { queue: location, jobTimeoutSeconds } = run;
  const started = performance.now();
  const size = await totalSize(paths);
  const progress = createProgress(size, {
    label: 'enqueue',
    counts: '{enqueued} enqueued, {queued} already queued, {failed} failed',
    initial: { enqueued: 0, queued: 0, failed: 0 },
  });
  // The store first: it is the likelier to be mistyped, and a queue left started would need stopping.
  let store: ClaimStore | undefined;
  if (run.db !== undefined) store = await openStore(run.db);
  let tally: EnqueueTally;
  try {
    const boss = await startBoss(location, 'enqueue', (message) => progress.error(message));
    try {
      tally = await enqueueItems(readInputs(paths, { published: run.published, outlet: run.outlet }), boss, {
        store,
        jobTimeoutSeconds,
        concurrency: SENDS_IN_FLIGHT,
        onSettled: (bytes, t) => progress.advance(bytes, { enqueued: t.enqueued, queued: t.queued + t.stored, failed: t.failed }),
        onError: (message) => progress.error(message),
      });
    } catch (err) {
      throw describeQueueError(err, location);
    } finally {
      progress.stop();
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    }
  } finally {
    await store?.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const queue = `${redact(location.url)} (schema ${location.schema})`;
  if (run.json) {
    process.stdout.write(JSON.stringify({ ...tally, seconds, queue }, null, 2) + '\n');
  } else {
    const articles = tally.enqueued + tally.queued + tally.stored + tally.failed;
    process.stdout.write(
      `${articles} article${articles === 1 ? '' : 's'}: ${tally.enqueued} enqueued, ${tally.queued} already queued, `
      + `${tally.stored} already stored, ${tally.failed} failed${tally.failed ? ' (see above)' : ''}; queue ${queue}; ${seconds.toFixed(1)} s\n`,
    );
  }
  return tally.failed ? EXIT.inputFailed : EXIT.ok;
}
