#!/usr/bin/env node
// The `crosscheck` program: picks the command, and turns every error into one line on stderr
// and an exit code (see EXIT_CODES_HELP); stack traces only with CROSSCHECK_DEBUG=1.
import { CrosscheckError, UsageError } from '../errors.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { EXTRACT_HELP, EXTRACT_SUMMARY, runExtract } from './extract.js';
import { CLAIMS_HELP, CLAIMS_SUMMARY, runClaims } from './claims.js';
import { SEARCH_HELP, SEARCH_SUMMARY, runSearch } from './search.js';
import { INGEST_HELP, INGEST_SUMMARY, runIngest } from './ingest.js';
import { GROUPS_HELP, GROUPS_SUMMARY, runGroups } from './groups.js';
import { CONFLICTS_HELP, CONFLICTS_SUMMARY, runConflicts } from './conflicts.js';
import { FIGURE_HELP, FIGURE_SUMMARY, runFigure } from './figure.js';
import { EXPLAIN_HELP, EXPLAIN_SUMMARY, runExplain } from './explain.js';
import { runWorker, WORKER_HELP, WORKER_SUMMARY } from './worker.js';
import { QUEUE_HELP, QUEUE_SUMMARY, runQueue } from './queue.js';
import { CHECKS_HELP, CHECKS_SUMMARY, runChecks } from './checks.js';
import { CLAIMREVIEW_HELP, CLAIMREVIEW_SUMMARY, MARK_HELP, MARK_SUMMARY, runClaimReview, runMark } from './mark.js';
import { SERVE_HELP, SERVE_SUMMARY, runServe } from './serve.js';
import { versionText } from './version.js';

interface Command {
  readonly summary: string;
  readonly help: string;
  run(args: readonly string[]): Promise<number>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  extract: { summary: EXTRACT_SUMMARY, help: EXTRACT_HELP, run: runExtract },
  search: { summary: SEARCH_SUMMARY, help: SEARCH_HELP, run: runSearch },
  claims: { summary: CLAIMS_SUMMARY, help: CLAIMS_HELP, run: runClaims },
  ingest: { summary: INGEST_SUMMARY, help: INGEST_HELP, run: runIngest },
  worker: { summary: WORKER_SUMMARY, help: WORKER_HELP, run: runWorker },
  queue: { summary: QUEUE_SUMMARY, help: QUEUE_HELP, run: runQueue },
  groups: { summary: GROUPS_SUMMARY, help: GROUPS_HELP, run: runGroups },
  conflicts: { summary: CONFLICTS_SUMMARY, help: CONFLICTS_HELP, run: runConflicts },
  figure: { summary: FIGURE_SUMMARY, help: FIGURE_HELP, run: runFigure },
  checks: { summary: CHECKS_SUMMARY, help: CHECKS_HELP, run: runChecks },
  mark: { summary: MARK_SUMMARY, help: MARK_HELP, run: runMark },
  claimreview: { summary: CLAIMREVIEW_SUMMARY, help: CLAIMREVIEW_HELP, run: runClaimReview },
  explain: { summary: EXPLAIN_SUMMARY, help: EXPLAIN_HELP, run: runExplain },
  serve: { summary: SERVE_SUMMARY, help: SERVE_HELP, run: runServe },
};

const PROGRAM_HELP = `crosscheck: finds every figure in conflict news, who asserts it and when.

Usage:
  crosscheck <command> [options]
  crosscheck <command> --help

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`).join('\n')}

Options:
  -h, --help      show this help
  -V, --version   print the version

${EXIT_CODES_HELP}

Environment:
  CROSSCHECK_DEBUG=1   print stack traces with errors
  NO_COLOR             no colour in tables, even on a terminal
  CROSSCHECK_MAX_ARTICLE_BYTES   the most text one article may hold (default 5242880, 5 MB)
  CROSSCHECK_ARTICLE_TIMEOUT_MS  the longest one article's analysis may run, in ms (default 60000)
`;

async function main(argv: readonly string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(PROGRAM_HELP);
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    process.stdout.write(PROGRAM_HELP);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    process.stdout.write(versionText() + '\n');
    return EXIT.ok;
  }
  if (first === 'help') {
    const topic = rest[0];
    const command = topic === undefined ? undefined : COMMANDS[topic];
    if (topic !== undefined && !command) throw new UsageError(`unknown command "${topic}" (commands: ${Object.keys(COMMANDS).join(', ')})`);
    process.stdout.write(command ? command.help : PROGRAM_HELP);
    return EXIT.ok;
  }
  const command = COMMANDS[first];
  if (!command) {
    const what = first.startsWith('-') ? `unknown option "${first}"` : `unknown command "${first}"`;
    throw new UsageError(`${what} (see: crosscheck --help)`);
  }
  return command.run(rest);
}

function report(err: unknown): number {
  const debug = process.env['CROSSCHECK_DEBUG'] === '1';
  if (err instanceof CrosscheckError) {
    process.stderr.write(`crosscheck: ${err.message}\n`);
    if (debug && err.stack) process.stderr.write(`${err.stack}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`crosscheck: internal error: ${message}\n`);
  if (!debug) {
    process.stderr.write('crosscheck: this is a bug; rerun with CROSSCHECK_DEBUG=1 for the stack trace\n');
  } else {
    // The cause is where the bug is (e.g. a worker's own stack), so print the chain.
    for (let e: unknown = err; e instanceof Error; e = e.cause) process.stderr.write(`${e.stack ?? e.message}\n`);
  }
  return EXIT.internal;
}

// `crosscheck extract ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(EXIT.ok);
  throw err;
});

// exitCode rather than exit(): pending writes to stdout still drain before the process ends.
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => { process.exitCode = report(err); },
);
