// The analysis worker pool shared by `extract --jsonl` and `ingest`: piscina threads that each load
// the NLP model once, a start check, a per-article time limit, and a window that bounds the
// articles in flight so reading waits for analysis and a huge input never sits in memory.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { InputError } from '../errors.js';
import { articleTimeoutMs } from '../limits.js';
import type { Article } from '../types.js';
import type { AnalysisTask } from './extract-worker.js';

// Run from src/ under tsx the worker is a .ts file; from dist/ it is .js.
const WORKER = new URL(`./extract-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
/** Articles queued per thread: enough to keep every thread busy while the main thread reads or
 *  writes. Each thread holds its queue itself (concurrentTasksPerWorker), since a thread that had to
 *  ask the main thread for its next article would idle through every synchronous SQLite commit;
 *  16 articles (≈ 80 ms of analysis) outlast a commit of ingest's WRITE_BATCH. */
export const IN_FLIGHT_PER_THREAD = 16;
// Each thread loads the NLP model (≈0.45 s) and then analyses ≈0.5 MB/s, so a thread only pays
// for itself on a few hundred KB of input: the 14 dev articles (64 KB) run faster on one.
const BYTES_PER_THREAD = 256 * 1024;

/** Threads for an input of `size` bytes (null: unknown, so one per core). */
export function autoThreads(size: number | null): number {
  const cores = availableParallelism();
  return size === null ? cores : Math.min(cores, Math.max(1, Math.ceil(size / BYTES_PER_THREAD)));
}

export interface AnalysisPool {
  readonly threads: number;
  /** Runs the worker export `name` on one article. */
  run<R>(article: Article, name: 'default' | 'analyseArticle'): Promise<R>;
  /** True once a worker died outside a task: the batch must end with EXIT.internal. */
  readonly crashed: boolean;
  destroy(): Promise<void>;
}

/**
 * Starts `threads` workers and checks that one loads. `onCrash` hears of a worker that dies
 * outside a task (nothing to reject); unhandled, piscina's 'error' event would crash the process.
 */
export async function startPool(threads: number, onCrash: (message: string) => void, timeoutMs = articleTimeoutMs()): Promise<AnalysisPool> {
  const pool = new Piscina({ filename: WORKER.href, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: IN_FLIGHT_PER_THREAD });
  let crashed = false;
  pool.on('error', (err: unknown) => {
    crashed = true;
    onCrash(`internal error: a worker thread failed: ${err instanceof Error ? err.message : String(err)}`);
  });
  // piscina stops replacing workers that fail while loading, so tasks would wait forever: a broken
  // worker module (a bug) must stop the batch before the first article is read.
  try {
    await pool.run(undefined, { name: 'ready' });
  } catch (err) {
    await pool.destroy();
    throw new Error(`the worker failed to start: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  // The clock starts when the worker starts the article (it raises a shared flag), not when the
  // article is handed over: it may first wait behind others queued on its thread.
  const attempt = async <R>(article: Article, name: 'default' | 'analyseArticle'): Promise<R> => {
    const task: AnalysisTask = { article, started: new Int32Array(new SharedArrayBuffer(4)) };
    const controller = new AbortController();
    let startedAt: number | null = null;
    const watch = setInterval(() => {
      if (startedAt === null && Atomics.load(task.started, 0) === 1) startedAt = performance.now();
      if (startedAt !== null && performance.now() - startedAt > timeoutMs) controller.abort();
    }, WATCH_MS);
    try {
      return await pool.run(task, { name, signal: controller.signal }) as R;
    } catch (err) {
      if (controller.signal.aborted) throw new InputError('E_ANALYSIS_TIMEOUT', `${seconds(timeoutMs)} (the limit per article; set CROSSCHECK_ARTICLE_TIMEOUT_MS to change it)`);
      throw err;
    } finally {
      clearInterval(watch);
    }
  };
  const run = async <R>(article: Article, name: 'default' | 'analyseArticle'): Promise<R> => {
    try {
      return await attempt<R>(article, name);
    } catch (err) {
      // Aborting a running task terminates its thread (a synchronous analysis cannot be
      // interrupted otherwise) and piscina starts a fresh one; the articles queued behind it on
      // that thread fail with it through no fault of their own, so each gets one more try.
      if (err instanceof InputError || !/worker exited|terminat/i.test(err instanceof Error ? err.message : '')) throw err;
      return attempt<R>(article, name);
    }
  };
  return {
    threads,
    run,
    get crashed() { return crashed; },
    destroy: () => pool.destroy(),
  };
}

/** At most `limit` tasks at once: `add` waits for a free slot, so the caller's reading waits too. */
export class TaskWindow {
  readonly #inFlight = new Set<Promise<void>>();
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Starts `task` once a slot is free; a task must handle its own errors (a rejection is a bug). */
  async add(task: () => Promise<void>): Promise<void> {
    while (this.#inFlight.size >= this.#limit) await Promise.race(this.#inFlight);
    const running: Promise<void> = task().finally(() => { this.#inFlight.delete(running); });
    this.#inFlight.add(running);
  }

  /** Waits for every task started so far. */
  async drain(): Promise<void> {
    await Promise.all(this.#inFlight);
  }
}

/** How often a running article's clock is checked: the limit is kept to within this. */
const WATCH_MS = 100;

const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);
