// The analysis worker pool shared by `extract --jsonl` and `ingest`: piscina threads that each load
// the NLP model once, a start check, and a window that bounds the articles in flight so reading
// waits for analysis and a huge input never sits in memory.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Article } from '../types.js';

// Run from src/ under tsx the worker is a .ts file; from dist/ it is .js.
const WORKER = new URL(`./extract-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);
/** Articles queued per thread: enough to keep every thread busy while the main thread reads or writes. */
export const IN_FLIGHT_PER_THREAD = 4;
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
export async function startPool(threads: number, onCrash: (message: string) => void): Promise<AnalysisPool> {
  const pool = new Piscina({ filename: WORKER.href, minThreads: threads, maxThreads: threads });
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
  return {
    threads,
    run: <R>(article: Article, name: 'default' | 'analyseArticle') => pool.run(article, { name }) as Promise<R>,
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
