// `crosscheck queue status`: the article jobs on a queue by state, and the latest failed ones with
// their messages, for whoever runs `ingest --queue` and the workers.
import { UsageError } from '../errors.js';
import { queueLocation } from '../queue/queue-options.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { parseCommandArgs } from './parse-args.js';

export const QUEUE_SUMMARY = 'the ingestion queue: jobs waiting, running, done and failed';

export const QUEUE_HELP = `Usage:
  crosscheck queue status --queue postgres://... [--queue-schema NAME] [--json]

Counts the article jobs \`crosscheck ingest --queue\` put on the queue, by state: created (waiting),
retry (waiting for another attempt), active (held by a worker), completed, failed; and lists the
latest failed jobs with the input they came from and why they failed.

Options:
  --queue URL          the queue's PostgreSQL database
  --queue-schema NAME  the queue's schema (default crosscheck_queue)
  --json               print the status as JSON on stdout
  -h, --help           show this help

${EXIT_CODES_HELP}
`;

const OPTIONS = {
  queue: { type: 'string' },
  'queue-schema': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runQueue(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('queue', args, OPTIONS);
  if (values.help) {
    process.stdout.write(QUEUE_HELP);
    return EXIT.ok;
  }
  const [action, ...rest] = positionals;
  if (action !== 'status') throw new UsageError(`${action === undefined ? 'missing' : `unknown action "${action}":`} the action is status (see: crosscheck queue --help)`);
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" (see: crosscheck queue --help)`);
  if (values.queue === undefined) throw new UsageError('missing --queue postgres://... (see: crosscheck queue --help)');
  const location = queueLocation(values.queue, values['queue-schema']);
  const [{ describeQueueError, startBoss }, { queueStatus }, { redact }] = await Promise.all([
    import('../queue/boss.js'), import('../queue/queue-status.js'), import('../store/dialect/postgres.js'),
  ]);
  const boss = await startBoss(location, 'status', (message) => process.stderr.write(`crosscheck: ${message}\n`));
  try {
    const status = await queueStatus(boss, location.schema).catch((err: unknown) => { throw describeQueueError(err, location); });
    if (values.json) {
      process.stdout.write(JSON.stringify({ queue: redact(location.url), schema: location.schema, ...status }, null, 2) + '\n');
      return EXIT.ok;
    }
    const j = status.jobs;
    const lines = [
      `queue ${redact(location.url)} (schema ${location.schema})`,
      `  waiting ${j.created + j.retry} (${j.retry} for another attempt), running ${j.active}, completed ${j.completed}, failed ${j.failed}`
        + `${j.cancelled ? `, cancelled ${j.cancelled}` : ''}; archived ${status.archived}`,
      ...(status.failures.length ? ['latest failures:'] : []),
      ...status.failures.map((f) => `  ${f.failedAt}  ${f.origin ?? '?'}${f.articleId ? ` (article ${f.articleId})` : ''}, ${f.attempts} attempt${f.attempts === 1 ? '' : 's'}: ${f.message ?? '(no message)'}`),
    ];
    process.stdout.write(lines.join('\n') + '\n');
    return EXIT.ok;
  } finally {
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
  }
}
