// `crosscheck extract --jsonl FILE --out DIR`: streams the JSONL, analyses articles on a worker
// pool, writes DIR/<id>.json. A bad line is reported and skipped; memory stays bounded because
// reading waits whenever 4 × threads articles are in flight.
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CrosscheckError, InputError, formatPlace, type Place } from '../errors.js';
import { readLines } from '../ingest/jsonl-lines.js';
import { parseLine } from '../ingest/jsonl-record.js';
import { fsReason } from '../ingest/read-bytes.js';
import { safeFilename } from '../output/safe-filename.js';
import type { Article } from '../types.js';
import { createProgress, type Progress } from './batch-progress.js';
import type { ExtractResult } from './extract-worker.js';
import { EXIT } from './exit-codes.js';
import { autoThreads, IN_FLIGHT_PER_THREAD, startPool, TaskWindow, type AnalysisPool } from './worker-pool.js';

export interface BatchOptions {
  readonly jsonl: string;
  readonly out: string;
  /** Worker threads; null: one per CPU, fewer for a small file. */
  readonly jobs: number | null;
  /** Print the summary as JSON on stdout. */
  readonly json: boolean;
}

interface Failure {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

interface Tally {
  written: number;
  claims: number;
  attributions: number;
  readonly failures: Failure[];
}

export async function runBatch(options: BatchOptions): Promise<number> {
  const started = performance.now();
  const size = await inputSize(options.jsonl);
  if (size === 0) throw new InputError('E_FILE_EMPTY', 'file is empty', { file: options.jsonl });
  try {
    await mkdir(options.out, { recursive: true });
  } catch (err) {
    throw new InputError('E_OUT_UNWRITABLE', `${options.out}: ${fsReason(err)}`);
  }

  const tally: Tally = { written: 0, claims: 0, attributions: 0, failures: [] };
  const progress = createProgress(size);
  const threads = options.jobs ?? autoThreads(size);
  let pool: AnalysisPool;
  try {
    pool = await startPool(threads, (message) => progress.error(message));
  } catch (err) {
    progress.stop();
    throw err;
  }
  try {
    await processLines(options.jsonl, options.out, threads * IN_FLIGHT_PER_THREAD, pool, tally, progress);
  } finally {
    progress.stop();
    await pool.destroy();
  }

  const seconds = (performance.now() - started) / 1000;
  const failed = tally.failures.length;
  if (tally.written === 0 && failed === 0) {
    throw new InputError('E_FILE_EMPTY', 'no articles in the file (only blank lines)', { file: options.jsonl });
  }
  if (options.json) {
    const summary = {
      written: tally.written, failed, claims: tally.claims, attributions: tally.attributions, seconds, threads, out: options.out, failures: tally.failures,
    };
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  } else {
    process.stdout.write(`written ${tally.written}, failed ${failed}${failed ? ' (see above)' : ''}, ${tally.claims} claims, ${seconds.toFixed(1)} s\n`);
  }
  return pool.crashed ? EXIT.internal : failed ? EXIT.inputFailed : EXIT.ok;
}

async function processLines(
  jsonl: string, out: string, limit: number, pool: AnalysisPool, tally: Tally, progress: Progress,
): Promise<void> {
  const tasks = new TaskWindow(limit);
  // Lower-cased: on case-insensitive file systems (macOS, Windows) "A" and "a" are one file.
  const firstLineOf = new Map<string, number>();
  const counts = () => ({ written: tally.written, failed: tally.failures.length });
  const fail = (place: Place, err: CrosscheckError) => {
    tally.failures.push({ file: place.file, line: place.line ?? 0, code: err.code, message: err.detail });
    progress.error(err.message);
  };

  for await (const read of readLines(jsonl)) {
    const { line, bytes, size } = read;
    // Blank lines (a trailing newline, spacing between records) are not records.
    if (!read.oversize && bytes.every((b) => b === 0x20 || b === 0x09)) { progress.advance(size, counts()); continue; }
    const place: Place = { file: jsonl, line };
    let article: Article;
    try {
      article = parseLine(read, place);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      fail(place, err);
      progress.advance(size, counts());
      continue;
    }
    const name = safeFilename(article.id);
    const first = firstLineOf.get(name.toLowerCase());
    if (first !== undefined) {
      fail(place, new InputError('E_JSONL_LINE', `duplicate id "${article.id}" (first on line ${first}); not written`, place));
      progress.advance(size, counts());
      continue;
    }
    firstLineOf.set(name.toLowerCase(), line);

    // Backpressure: reading waits for a free slot, so a huge file never sits in memory.
    await tasks.add(() => analyseAndWrite(pool, article, join(out, `${name}.json`), place, tally)
      .catch((err: unknown) => fail(place, asFailure(err, place)))
      .finally(() => progress.advance(size, counts())));
  }
  await tasks.drain();
}

async function analyseAndWrite(pool: AnalysisPool, article: Article, path: string, place: Place, tally: Tally): Promise<void> {
  const result = await pool.run<ExtractResult>(article, 'default');
  // Write then rename: an interrupted run never leaves a half-written DIR/<id>.json behind.
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, result.json);
    await rename(temp, path);
  } catch (err) {
    throw new InputError('E_OUT_UNWRITABLE', `${path}: ${fsReason(err)}`, place);
  }
  tally.written++;
  tally.claims += result.claims;
  tally.attributions += result.attributions;
}

/** An error from the worker is a pipeline bug on this article: report it and go on. */
function asFailure(err: unknown, place: Place): CrosscheckError {
  // The pool's errors (a timeout) know no line: place them here.
  if (err instanceof InputError && err.place === null) return err.at(place);
  if (err instanceof CrosscheckError) return err;
  if (process.env['CROSSCHECK_DEBUG'] === '1' && err instanceof Error && err.stack) {
    process.stderr.write(`${formatPlace(place)}: ${err.stack}\n`);
  }
  return new CrosscheckError('E_ANALYSIS_FAILED', err instanceof Error ? err.message : String(err), place);
}

/** The input's size for the progress bar; also fails early, naming the file, when it cannot be read. */
async function inputSize(file: string): Promise<number | null> {
  if (file === '-') return null;
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    return s.size;
  } catch (err) {
    throw new InputError('E_FILE_UNREADABLE', fsReason(err), { file });
  }
}
