// `crosscheck extract --jsonl FILE --out DIR`: streams the JSONL, analyses articles on a worker
// pool, writes DIR/<id>.json. A bad line is reported and skipped; memory stays bounded because
// reading waits whenever 4 × threads articles are in flight.
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { CrosscheckError, InputError, formatPlace, type Place } from '../errors.js';
import { readLines } from '../ingest/jsonl-lines.js';
import { parseRecord } from '../ingest/jsonl-record.js';
import { fsReason } from '../ingest/read-bytes.js';
import { safeFilename } from '../output/safe-filename.js';
import type { Article } from '../types.js';
import { createProgress, type Progress } from './batch-progress.js';
import type { ExtractResult } from './extract-worker.js';
import { EXIT } from './exit-codes.js';

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

// Run from src/ under tsx the worker is a .ts file; from dist/ it is .js.
const WORKER = new URL(`./extract-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
const IN_FLIGHT_PER_THREAD = 4;
// Each thread loads the NLP model (≈0.45 s) and then analyses ≈0.5 MB/s, so a thread only pays
// for itself on a few hundred KB of input: the 14 dev articles (64 KB) run faster on one.
const BYTES_PER_THREAD = 256 * 1024;

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
  const pool = new Piscina<Article, ExtractResult>({ filename: WORKER.href, minThreads: threads, maxThreads: threads });
  // A worker that dies outside a task (nothing to reject) surfaces here; unhandled, it would crash us.
  let crashed = false;
  pool.on('error', (err: unknown) => {
    crashed = true;
    progress.error(`internal error: a worker thread failed: ${err instanceof Error ? err.message : String(err)}`);
  });
  try {
    await checkWorkerStarts(pool);
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
  return crashed ? EXIT.internal : failed ? EXIT.inputFailed : EXIT.ok;
}

/**
 * piscina stops replacing workers that fail while loading, so tasks would wait forever: a broken
 * worker module (a bug) must stop the batch before the first line is read.
 */
async function checkWorkerStarts(pool: Piscina<Article, ExtractResult>): Promise<void> {
  try {
    await pool.run(undefined as unknown as Article, { name: 'ready' });
  } catch (err) {
    throw new Error(`the worker failed to start: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

function autoThreads(size: number | null): number {
  const cores = availableParallelism();
  return size === null ? cores : Math.min(cores, Math.max(1, Math.ceil(size / BYTES_PER_THREAD)));
}

async function processLines(
  jsonl: string, out: string, limit: number, pool: Piscina<Article, ExtractResult>, tally: Tally, progress: Progress,
): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  // Lower-cased: on case-insensitive file systems (macOS, Windows) "A" and "a" are one file.
  const firstLineOf = new Map<string, number>();
  const counts = () => ({ written: tally.written, failed: tally.failures.length });
  const fail = (place: Place, err: CrosscheckError) => {
    tally.failures.push({ file: place.file, line: place.line ?? 0, code: err.code, message: err.detail });
    progress.error(err.message);
  };

  for await (const { line, bytes, size } of readLines(jsonl)) {
    // Blank lines (a trailing newline, spacing between records) are not records.
    if (bytes.every((b) => b === 0x20 || b === 0x09)) { progress.advance(size, counts()); continue; }
    const place: Place = { file: jsonl, line };
    let article: Article;
    try {
      article = parseRecord(bytes, place);
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

    // Backpressure: stop reading until a slot frees, so a huge file never sits in memory.
    while (inFlight.size >= limit) await Promise.race(inFlight);
    const task = analyseAndWrite(pool, article, join(out, `${name}.json`), place, tally)
      .catch((err: unknown) => fail(place, asFailure(err, place)))
      .finally(() => {
        inFlight.delete(task);
        progress.advance(size, counts());
      });
    inFlight.add(task);
  }
  await Promise.all(inFlight);
}

async function analyseAndWrite(pool: Piscina<Article, ExtractResult>, article: Article, path: string, place: Place, tally: Tally): Promise<void> {
  const result = await pool.run(article);
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
