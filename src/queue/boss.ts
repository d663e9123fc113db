// The job queue: pg-boss on a PostgreSQL server, in a schema of its own (crosscheck_queue), holding
// one queue of article jobs. Starting it names the server on failure; nothing else here knows SQL.
import PgBoss from 'pg-boss';
import { CrosscheckError } from '../errors.js';
import { redact as redactUrl, unreachableReason } from '../store/dialect/postgres.js';
import type { QueueLocation } from './queue-options.js';

export const QUEUE_NAME = 'crosscheck-articles';

/** How long a worker may hold a job before it is taken for dead and the job handed to another. */
export const DEFAULT_JOB_TIMEOUT_SECONDS = 15 * 60;
/** Retries after the first attempt: enough for a worker that died, few enough that an article the
 *  pipeline cannot analyse stops soon. Immediate (no delay): the usual cause is a dead worker. */
export const RETRY_LIMIT = 2;
/** The same connect timeout as the store's: a black-holed host fails instead of hanging. */
const CONNECT_TIMEOUT_MS = 10_000;

export type Role = 'enqueue' | 'worker' | 'status';

/**
 * Starts pg-boss and makes sure the article queue exists. Only workers supervise (expire lost jobs,
 * archive finished ones); `status` reads and never installs the schema. `onError` hears of errors
 * pg-boss meets in the background (a dropped idle connection), which must not end the process.
 * A client in use needs no handler of ours, unlike the store's (src/store/dialect/postgres.ts):
 * pg-boss holds clients only inside pool.query, which listens for their 'error' itself.
 */
export async function startBoss(location: QueueLocation, role: Role, onError: (message: string) => void): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: location.url,
    schema: location.schema,
    application_name: `crosscheck-${role}`,
    // pg-boss hands the rest of its options to pg.Pool, which knows this one.
    ...({ connectionTimeoutMillis: CONNECT_TIMEOUT_MS } as object),
    max: role === 'enqueue' ? 8 : 4,
    schedule: false,
    supervise: role === 'worker',
    migrate: role !== 'status',
    // Lost jobs are also reclaimed by idle workers (work.ts), so this only bounds the slowest case.
    maintenanceIntervalSeconds: 60,
    // Failed jobs stay in view of `queue status` (and keep blocking duplicates) for a week;
    // completed ones are archived after pg-boss's 12 hours, then a re-enqueue finds the store.
    archiveFailedAfterSeconds: 7 * 24 * 3600,
  });
  boss.on('error', (err: Error) => onError(`queue: ${describeQueueError(err, location).detail}`));
  try {
    await boss.start();
    if (role !== 'status' && !(await boss.getQueue(QUEUE_NAME))) {
      await boss.createQueue(QUEUE_NAME, {
        name: QUEUE_NAME,
        policy: 'standard',
        retryLimit: RETRY_LIMIT,
        retryDelay: 0,
        expireInSeconds: DEFAULT_JOB_TIMEOUT_SECONDS,
      });
    }
  } catch (err) {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
    throw describeQueueError(err, location);
  }
  return boss;
}

/** A queue error in words, naming the server (without its password). */
export function describeQueueError(err: unknown, location: QueueLocation): CrosscheckError {
  if (err instanceof CrosscheckError) return err;
  const where = `${redactUrl(location.url)} (schema ${location.schema})`;
  const reason = unreachableReason(err);
  if (reason !== null) return new CrosscheckError('E_QUEUE_UNREACHABLE', `${where}: ${reason}`);
  const message = err instanceof Error ? err.message : String(err);
  if (/pg-boss is not installed/.test(message)) {
    return new CrosscheckError('E_QUEUE_FAILED', `${where} holds no crosscheck queue (crosscheck ingest --queue creates it)`);
  }
  return new CrosscheckError('E_QUEUE_FAILED', `${where}: ${message}`);
}
