// `crosscheck extract`: one article (FILE or stdin) to a table or its claims document, or a JSONL
// batch handed to batch.ts. Arguments are checked here; content is checked in src/ingest.
import { availableParallelism } from 'node:os';
import { InputError, UsageError } from '../errors.js';
import { readArticle } from '../ingest/article-input.js';
import { DEFAULT_ARTICLE_TIMEOUT_MS } from '../limits.js';
import { renderTable } from '../output/table.js';
import type { Article, ClaimsDoc } from '../types.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { parseCommandArgs, parseJobs } from './parse-args.js';

export const EXTRACT_SUMMARY = 'find the figures in an article: who says them, when, where';

export const EXTRACT_HELP = `Usage:
  crosscheck extract FILE|- --published YYYY-MM-DD [--outlet NAME] [--id ID] [--url URL] [--title T] [--json]
  crosscheck extract --jsonl FILE --out DIR [--jobs N] [--json]

Extracts every figure an article states (deaths, troops, money, durations, shares...), who asserts
it and through whom, when and where, as crosscheck.claims/v1 documents.

One article:
  FILE | -             the article as UTF-8 text; '-' reads stdin
  --published DATE     publication date, YYYY-MM-DD (required): "on Friday" and "last month"
                       are resolved against it
  --outlet NAME        the publisher
  --id ID              article id (default: the first 16 hex digits of the text's SHA-256)
  --url URL            where the article was published
  --title T            its headline
  --json               print the claims document as JSON instead of a table

A batch:
  --jsonl FILE         one article per line: {"id", "text", "published", "outlet"?, "url"?, "title"?};
                       a bad line is reported as FILE:LINE and skipped, the others still run
  --out DIR            writes DIR/<id>.json for each article (DIR is created; ids that are not
                       safe file names get "_" for unsafe characters and a short hash)
  --jobs N             worker threads (default: one per CPU, ${availableParallelism()} here; fewer for
                       a small file, since each thread first loads the language model)
  --json               print the closing summary as JSON on stdout

  -h, --help           show this help

An article whose analysis runs longer than CROSSCHECK_ARTICLE_TIMEOUT_MS (default ${DEFAULT_ARTICLE_TIMEOUT_MS} ms) is
stopped: one article exits 1 with "analysis took longer than ..."; in a batch it is reported at
FILE:LINE and the others still run.

Examples:
  crosscheck extract examples/sosnovy-brod-governor-toll.txt --published 2025-12-10 --outlet 'Borderland Courier'
  cat article.txt | crosscheck extract - --published 2025-12-13 --json
  crosscheck extract --jsonl articles.jsonl --out out/claims

${EXIT_CODES_HELP}
`;

const OPTIONS = {
  published: { type: 'string' },
  outlet: { type: 'string' },
  id: { type: 'string' },
  url: { type: 'string' },
  title: { type: 'string' },
  json: { type: 'boolean' },
  jsonl: { type: 'string' },
  out: { type: 'string' },
  jobs: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Flags that describe one article: meaningless for a batch, whose lines carry their own. */
const ARTICLE_FLAGS = ['published', 'outlet', 'id', 'url', 'title'] as const;

export async function runExtract(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('extract', args, OPTIONS);
  if (values.help) {
    process.stdout.write(EXTRACT_HELP);
    return EXIT.ok;
  }

  if (values.jsonl !== undefined) {
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}": --jsonl reads its articles from FILE`);
    const given = ARTICLE_FLAGS.filter((f) => values[f] !== undefined);
    if (given.length) throw new UsageError(`--${given[0]} applies to one article; with --jsonl each line carries its own fields`);
    if (values.out === undefined) throw new UsageError('--jsonl needs --out DIR (see: crosscheck extract --help)');
    const { runBatch } = await import('./batch.js');
    return runBatch({ jsonl: values.jsonl, out: values.out, jobs: parseJobs(values.jobs), json: values.json ?? false });
  }

  if (values.out !== undefined || values.jobs !== undefined) {
    throw new UsageError(`--${values.out !== undefined ? 'out' : 'jobs'} applies to a batch (--jsonl FILE)`);
  }
  const [file, extra] = positionals;
  if (file === undefined) throw new UsageError("missing FILE (or '-' for stdin) (see: crosscheck extract --help)");
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}": extract reads one FILE`);

  const article = await readArticle(file, values);
  const doc = await analyseWithLimit(article, file);
  if (values.json) {
    process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  } else {
    const out = process.stdout;
    const color = out.isTTY === true && !process.env['NO_COLOR'] && process.env['TERM'] !== 'dumb';
    const width = (out.isTTY ? out.columns : Number(process.env['COLUMNS'])) || 120;
    out.write(renderTable(doc, article.text, { width, color }));
  }
  return EXIT.ok;
}

/**
 * One article on a worker thread under the per-article time limit (CROSSCHECK_ARTICLE_TIMEOUT_MS):
 * analysis is synchronous, so only a thread can be stopped when it runs too long. The thread also
 * loads the NLP model, so --help and argument errors never pay for it.
 */
async function analyseWithLimit(article: Article, file: string): Promise<ClaimsDoc> {
  const { startPool } = await import('./worker-pool.js');
  const pool = await startPool(1, (message) => process.stderr.write(`crosscheck: ${message}\n`));
  try {
    return await pool.run<ClaimsDoc>(article, 'analyseArticle');
  } catch (err) {
    // E_ANALYSIS_TIMEOUT, placed at the file as the readers' errors are: exit 1.
    throw err instanceof InputError ? err.at({ file }) : err;
  } finally {
    await pool.destroy();
  }
}
