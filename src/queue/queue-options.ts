// The queue's command-line values, checked before anything is loaded or connected: the URL, the
// schema and the job timeout. No pg-boss here, so a usage error costs no driver load.
import { UsageError } from '../errors.js';
import { isPostgresLocation } from '../store/location.js';

export const DEFAULT_QUEUE_SCHEMA = 'crosscheck_queue';

export interface QueueLocation {
  readonly url: string;
  readonly schema: string;
}

/** --queue and --queue-schema as a location: the queue lives in PostgreSQL, whatever the store is. */
export function queueLocation(url: string, schema: string | undefined, flag = '--queue'): QueueLocation {
  if (!isPostgresLocation(url)) throw new UsageError(`${flag} must be a PostgreSQL URL, postgres://user@host/database, not "${url}"`);
  const name = schema ?? DEFAULT_QUEUE_SCHEMA;
  // pg-boss's own rule for schema names; it also makes the name safe to write into SQL.
  if (!/^[A-Za-z_]\w{0,49}$/.test(name)) {
    throw new UsageError(`--queue-schema must be letters, digits and underscores (at most 50, not starting with a digit), not "${name}"`);
  }
  return { url, schema: name };
}

/** --job-timeout SECONDS: how long a worker may hold a job before another takes it over. */
export function parseJobTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  // pg-boss refuses expirations of 24 hours or more.
  if (!/^\d+$/.test(value) || n < 1 || n >= 24 * 3600) throw new UsageError(`--job-timeout must be a whole number of seconds from 1 to 86399, not "${value}"`);
  return n;
}
