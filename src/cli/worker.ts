// `crosscheck worker`: takes article jobs that `ingest --queue` put on a PostgreSQL queue, analyses
// them on the worker pool and stores them; as many as needed run on any machines against one queue.
import { availableParallelism } from 'node:os';
import { UsageError } from '../errors.js';
import { queueLocation } from '../queue/queue-options.js';
import { DEFAULT_STORE, isPostgresLocation } from '../store/location.js';
import type { Article, ClaimsDoc } from '../types.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { parseCommandArgs } from './parse-args.js';

export const WORKER_SUMMARY = 'take jobs from a queue (ingest --queue), analyse and store them';

export const WORKER_HELP = `Usage:
  crosscheck worker [--db FILE|postgres://...] [--queue postgres://...] [--queue-schema NAME]
                    [--concurrency N] [--once] [--log-every N]

Takes the article jobs \`crosscheck ingest PATH... --queue postgres://...\` enqueued, analyses each
and keeps it in the store, one transaction per article. Start as many workers as you like, on any
machines that reach the database: each job goes to one worker at a time. A job is completed only
after its article is committed; if a worker dies holding jobs, they are handed to another worker once
their time is up (ingest --job-timeout, default 15 minutes), and since the store knows an article by
its text, an article is never stored twice. A job that fails (a payload that is not an article, an
analysis error) is tried at most 3 times in all, then left failed with its message: see
\`crosscheck queue status\`; enqueueing the article again gives it another try.

Options:
  --db FILE|URL        the store (default ${DEFAULT_STORE}): for workers on several machines, a
                       PostgreSQL server, postgres://user@host/database
  --queue URL          the queue's PostgreSQL database (default: --db, when that is PostgreSQL)
  --queue-schema NAME  the queue's schema (default crosscheck_queue), as given to ingest --queue
  --concurrency N      jobs held at once (default: one per CPU, ${availableParallelism()} here); they are analysed on
                       one thread each, at most one thread per CPU
  --once               stop when no job is waiting or running (default: keep waiting for jobs)
  --log-every N        a progress line on stderr every N jobs (default 100)
  -h, --help           show this help

SIGTERM or Ctrl-C stops taking jobs, finishes those in flight and exits 0; a second one exits at
once (the jobs in flight are redone by another worker). Failed jobs are logged on stderr; with
--once, the exit code is 1 when any job failed.

Examples:
  crosscheck worker --db postgres://crosscheck@db.example/news
  crosscheck worker --db postgres://crosscheck@db.example/news --concurrency 8
  crosscheck worker --db postgres://crosscheck@db.example/news --once

${EXIT_CODES_HELP}
`;

const OPTIONS = {
  db: { type: 'string' },
  queue: { type: 'string' },
  'queue-schema': { type: 'string' },
  concurrency: { type: 'string' },
  once: { type: 'boolean' },
  'log-every': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** An idle worker asks the queue again after this long. */
const POLL_MS = 1000;

export async function runWorker(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('worker', args, OPTIONS);
  if (values.help) {
    process.stdout.write(WORKER_HELP);
    return EXIT.ok;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}": a worker reads its articles from the queue (see: crosscheck worker --help)`);
  const db = values.db ?? DEFAULT_STORE;
  const queueUrl = values.queue ?? (isPostgresLocation(db) ? db : null);
  if (queueUrl === null) throw new UsageError('--queue postgres://... is needed when the store is an SQLite file (see: crosscheck worker --help)');
  const location = queueLocation(queueUrl, values['queue-schema']);
  const concurrency = wholeNumber('--concurrency', values.concurrency, availableParallelism(), 256);
  const logEvery = wholeNumber('--log-every', values['log-every'], 100, 1_000_000);

  // Loaded here so that --help and usage errors do not pay for pg-boss, the drivers and the pool.
  const [{ describeQueueError, startBoss }, { work }, { openStore }, { startPool }, { redact }, { StopIngest }] = await Promise.all([
    import('../queue/boss.js'), import('../queue/work.js'), import('../store/open-store.js'), import('./worker-pool.js'),
    import('../store/dialect/postgres.js'), import('../ingest/ingest-items.js'),
  ]);
  const log = (message: string) => process.stderr.write(`crosscheck worker: ${message}\n`);

  const store = await openStore(db);
  const boss = await startBoss(location, 'worker', log).catch(async (err: unknown) => {
    await store.close();
    throw err;
  });
  // The pool starts with the first article that needs analysis: a worker on an empty queue, or
  // one that only finds stored articles, never loads the language model.
  const lazy: { pool: ReturnType<typeof startPool> | null } = { pool: null };
  const analyse = async (article: Article): Promise<ClaimsDoc> => {
    // More threads than CPUs would only compete; extra jobs wait in the pool's queue, which keeps
    // the threads busy while the main thread looks up and stores.
    lazy.pool ??= startPool(Math.min(concurrency, availableParallelism()), log);
    const pool = await lazy.pool.catch((err: unknown) => { throw new StopIngest(err); });
    return pool.run<ClaimsDoc>(article, 'analyseArticle');
  };

  const started = performance.now();
  const where = isPostgresLocation(db) ? redact(db) : db;
  let jobs = 0;
  const summary = (t: { new: number; known: number; replaced: number; failed: number; claims: number }) => {
    const done = t.new + t.known + t.replaced + t.failed;
    const rate = done / Math.max((performance.now() - started) / 1000, 1e-3);
    return `${done} job${done === 1 ? '' : 's'}: ${t.new} new, ${t.known} already known, ${t.replaced} replaced, ${t.failed} failed; ${t.claims} claims added; ${rate.toFixed(1)} jobs/s`;
  };
  // Handlers go in before the first line is logged: whoever reads it may signal at once.
  let signals = 0;
  let control: ReturnType<typeof work> | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (++signals > 1) {
      log(`${signal} again: exiting now; the jobs in flight go back to the queue when their time is up`);
      process.exit(EXIT.inputFailed);
    }
    log(`${signal}: finishing the jobs in flight, then stopping (${signal} again to stop at once)`);
    control?.stop();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  log(`taking jobs from ${redact(location.url)} (schema ${location.schema}) into ${where}, ${concurrency} at a time${values.once ? ', until the queue is empty' : ''}`);
  control = work({
    boss, store, analyse, concurrency, once: values.once ?? false, pollMs: POLL_MS,
    onJob: (t) => { if (++jobs % logEvery === 0) log(summary(t)); },
    onFailure: log,
  });

  try {
    const tally = await control.done;
    log(`${signals ? 'stopped' : 'queue empty'}: ${summary(tally)}`);
    const crashed = lazy.pool !== null && (await lazy.pool.catch(() => null))?.crashed === true;
    return crashed ? EXIT.internal : tally.failed && values.once ? EXIT.inputFailed : EXIT.ok;
  } catch (err) {
    // The store's failures arrive coded (work.ts); anything else came from the queue.
    throw err instanceof StopIngest ? err.cause : describeQueueError(err, location);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    await Promise.allSettled([
      lazy.pool?.then((p) => p.destroy()),
      boss.stop({ graceful: false, wait: true }),
      store.close(),
    ]);
  }
}

function wholeNumber(flag: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw new UsageError(`${flag} must be a whole number from 1 to ${max}, not "${value}"`);
  return n;
}
