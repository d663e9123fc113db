// `crosscheck ingest PATH...`: reads text, HTML, feeds, JSONL and folders (src/ingest/sources),
// skips articles the store already holds, analyses the rest on the worker pool and stores them a
// batch to a transaction (whole articles only: src/ingest/batch-writer.ts), with a progress bar and
// a closing summary.
import { availableParallelism } from 'node:os';
import { UsageError } from '../errors.js';
import type { IngestTally } from '../ingest/ingest-items.js';
import { checkPublished } from '../ingest/published-date.js';
import { parseJobTimeout, queueLocation } from '../queue/queue-options.js';
import { DEFAULT_STORE, isPostgresLocation } from '../store/location.js';
import type { Article, ClaimsDoc } from '../types.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { parseCommandArgs, parseJobs } from './parse-args.js';
import type { AnalysisPool } from './worker-pool.js';

export const INGEST_SUMMARY = 'store articles and their claims: files, folders, HTML, feeds, JSONL';

export const INGEST_HELP = `Usage:
  crosscheck ingest PATH... [--db FILE|postgres://...] [--published YYYY-MM-DD] [--outlet NAME]
                    [--jobs N] [--json]
  crosscheck ingest PATH... --queue postgres://... [--queue-schema NAME] [--job-timeout SECONDS]
                    [--db FILE|postgres://...] [--published YYYY-MM-DD] [--outlet NAME] [--json]

Reads every article under the PATHs, extracts its claims and keeps article, claims and attributions
in the store. An article the store already holds (same text, same pipeline version) is not analysed
again, so running ingest twice over the same input changes nothing and the second run is quick.

PATH is a file or a folder (read recursively in name order; hidden files and node_modules skipped):
  .txt .md             plain text; title from the first line, date from a "Published: 2025-12-13"
                       line at the top, outlet from a wire dateline "KYIV, Dec 11 (Meridian Wire) -"
  .html .htm           a web page; main text by readability, ads, promos and bylines dropped; title,
                       date (article:published_time, JSON-LD, <time>) and outlet (og:site_name) from
                       the page's metadata
  .xml .rss .atom      an RSS or Atom feed; one article per item (link, pubDate/published, content)
  .jsonl               one article per line, as for \`extract --jsonl\`
  other files are recognised by their content (HTML, feeds, plain text); binary files are reported

Options:
  --db FILE|URL        the store: an SQLite file (created if missing; default ${DEFAULT_STORE}) or a
                       PostgreSQL server, postgres://user@host/database
  --published DATE     publication date (YYYY-MM-DD) for articles that state none: a date in the
                       input (page metadata, a feed item's pubDate, a "Published:" line) wins. An
                       article with no date anywhere fails rather than get a guessed one
  --outlet NAME        publisher for articles that name none (og:site_name, a feed's title and a
                       wire dateline win); JSONL lines carry their own fields
  --jobs N             worker threads (default: one per CPU, ${availableParallelism()} here; fewer for small input)
  --json               print the closing summary as JSON on stdout
  --queue URL          analyse nothing here: put one job per article on the queue in this PostgreSQL
                       database, for \`crosscheck worker\`s on any machine to analyse and store. The
                       job carries the article (up to 16 MB) and is keyed by its text, so an article
                       enqueued twice is one job. With --db, articles that store holds are skipped
  --queue-schema NAME  the queue's schema (default crosscheck_queue): separate queues on one server
  --job-timeout S      seconds a worker may hold one job before it is taken for dead and the job
                       handed to another worker (default 900)
  -h, --help           show this help

Summary: articles new, already known (skipped), replaced (re-extracted by a newer pipeline, or a
page at a known URL whose text changed), failed (each named above as FILE, FILE:LINE or FILE#ITEM).

Examples:
  crosscheck ingest ~/clippings --published 2025-12-13
  crosscheck ingest feeds/ledger.xml pages/ --db newsroom.db
  crosscheck ingest articles.jsonl --db postgres://crosscheck@db.example/news

${EXIT_CODES_HELP}
`;

const OPTIONS = {
  db: { type: 'string' },
  published: { type: 'string' },
  outlet: { type: 'string' },
  jobs: { type: 'string' },
  json: { type: 'boolean' },
  queue: { type: 'string' },
  'queue-schema': { type: 'string' },
  'job-timeout': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function runIngest(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('ingest', args, OPTIONS);
  if (values.help) {
    process.stdout.write(INGEST_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('missing PATH: a file or folder to ingest (see: crosscheck ingest --help)');
  if (positionals.includes('-')) throw new UsageError("ingest reads files and folders, not stdin ('-'); save the input to a file");
  // A bad --published is a usage error (exit 2) before anything is read or opened.
  const published = values.published === undefined ? undefined : checkPublished(values.published, '--published');
  const jobs = parseJobs(values.jobs);
  const outlet = values.outlet?.trim() ? values.outlet.trim() : undefined;
  if (values.queue !== undefined) {
    const queue = queueLocation(values.queue, values['queue-schema']);
    const jobTimeoutSeconds = parseJobTimeout(values['job-timeout']);
    const { runEnqueue } = await import('./ingest-queue.js');
    return runEnqueue(positionals, { queue, jobTimeoutSeconds, db: values.db, published, outlet, json: values.json ?? false });
  }
  if (values['queue-schema'] !== undefined || values['job-timeout'] !== undefined) {
    throw new UsageError('--queue-schema and --job-timeout apply to --queue (see: crosscheck ingest --help)');
  }

  const started = performance.now();
  // Loaded here so that --help, usage errors and the other commands do not pay for the database
  // drivers, the HTML and XML parsers and the worker pool.
  const [{ openStore }, { ingestItems, StopIngest }, { readInputs }, { totalSize }, { createProgress }, pools] = await Promise.all([
    import('../store/open-store.js'), import('../ingest/ingest-items.js'), import('../ingest/sources/read-inputs.js'),
    import('../ingest/sources/walk-folder.js'), import('./batch-progress.js'), import('./worker-pool.js'),
  ]);
  const { autoThreads, IN_FLIGHT_PER_THREAD, startPool } = pools;
  const size = await totalSize(positionals);
  const location = values.db ?? DEFAULT_STORE;
  const store = await openStore(location);
  const threads = jobs ?? autoThreads(size);
  const progress = createProgress(size, {
    label: 'ingest',
    counts: '{new} new, {known} known, {failed} failed',
    initial: { new: 0, known: 0, failed: 0 },
  });
  // The pool starts with the first article that needs analysis: a re-run over known input never
  // pays for loading the language model.
  const lazy: { pool: Promise<AnalysisPool> | null } = { pool: null };
  const analyse = async (article: Article): Promise<ClaimsDoc> => {
    lazy.pool ??= startPool(threads, (message) => progress.error(message));
    const pool = await lazy.pool.catch((err: unknown) => { throw new StopIngest(err); });
    return pool.run<ClaimsDoc>(article, 'analyseArticle');
  };
  let tally: IngestTally;
  try {
    tally = await ingestItems(readInputs(positionals, { published, outlet }), store, {
      analyse,
      concurrency: threads * IN_FLIGHT_PER_THREAD,
      onSettled: (bytes, t) => progress.advance(bytes, { new: t.new + t.replaced, known: t.known, failed: t.failed }),
      onError: (message) => progress.error(message),
    });
  } finally {
    progress.stop();
    // A pool that failed to start destroyed itself; its rejection already ended the run (StopIngest).
    await Promise.allSettled([store.close(), lazy.pool?.then((p) => p.destroy())]);
  }
  const crashed = lazy.pool !== null && (await lazy.pool.catch(() => null))?.crashed === true;
  const seconds = (performance.now() - started) / 1000;
  printSummary(tally, { seconds, threads: lazy.pool === null ? 0 : threads, db: await shownLocation(location), json: values.json ?? false });
  return crashed ? EXIT.internal : tally.failed ? EXIT.inputFailed : EXIT.ok;
}

function printSummary(t: IngestTally, run: { seconds: number; threads: number; db: string; json: boolean }): void {
  if (run.json) {
    const summary = {
      new: t.new, known: t.known, replaced: t.replaced, failed: t.failed, claims: t.claims,
      seconds: run.seconds, threads: run.threads, db: run.db, failures: t.failures,
    };
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    return;
  }
  const articles = t.new + t.known + t.replaced + t.failed;
  process.stdout.write(
    `${articles} article${articles === 1 ? '' : 's'}: ${t.new} new, ${t.known} already known, ${t.replaced} replaced, `
    + `${t.failed} failed${t.failed ? ' (see above)' : ''}; ${t.claims} claims added; ${run.seconds.toFixed(1)} s\n`,
  );
}

/** The location as it may be printed: a PostgreSQL URL without its password. */
async function shownLocation(location: string): Promise<string> {
  if (!isPostgresLocation(location)) return location;
  const { redact } = await import('../store/dialect/postgres.js');
  return redact(location);
}
