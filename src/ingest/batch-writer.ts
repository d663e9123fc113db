// Group commit for ingest: analysed articles queue here and go to the store several to a
// transaction (putArticles: a savepoint each, so a batch commits whole articles, and a process
// killed mid-batch leaves none of it), while the worker threads go on analysing the next ones.
// Fewer commits is the saving: each commit writes out the index and full-text pages it touched,
// and the articles of a batch touch mostly the same ones.
import type { ClaimStore, PutResult } from '../store/claim-store.js';
import type { Article, ClaimsDoc } from '../types.js';

export interface BatchWriterOptions {
  /** Most articles one transaction takes; a full batch is written at once. */
  readonly batch: number;
  /** Longest an analysed article waits for its batch to fill, so a slow input still commits steadily. */
  readonly maxDelayMs: number;
}

interface Entry {
  readonly article: Article;
  readonly doc: ClaimsDoc;
  resolve(result: PutResult): void;
  reject(err: unknown): void;
}

export class BatchWriter {
  readonly #store: ClaimStore;
  readonly #options: BatchWriterOptions;
  #pending: Entry[] = [];
  /** Articles in the transaction under way (0: none). */
  #writing = 0;
  #timer: NodeJS.Timeout | null = null;
  /** Set by flush and by finish: write what is queued without waiting for a full batch. */
  #flushing = false;
  #draining = false;
  /** A batch the store refused whole: the disk or the server failed, so every later put would too. */
  #failure: { readonly error: unknown } | null = null;

  constructor(store: ClaimStore, options: BatchWriterOptions) {
    this.#store = store;
    this.#options = { batch: Math.max(1, Math.floor(options.batch)), maxDelayMs: options.maxDelayMs };
  }

  /** Settles once the article's batch has committed (or failed). */
  put(article: Article, doc: ClaimsDoc): Promise<PutResult> {
    if (this.#failure) return Promise.reject(this.#failure.error);
    return new Promise<PutResult>((resolve, reject) => {
      this.#pending.push({ article, doc, resolve, reject });
      if (this.#draining) this.#flushing = true;
      else this.#timer ??= setTimeout(() => this.flush(), this.#options.maxDelayMs);
      this.#pump();
    });
  }

  /** Writes what is queued now, in as many batches as it takes. */
  flush(): void {
    if (this.#pending.length) this.#flushing = true;
    this.#pump();
  }

  /** No more waiting for full batches: everything queued now or later is written straight away. */
  finish(): void {
    this.#draining = true;
    this.flush();
  }

  #pump(): void {
    if (this.#writing > 0 || this.#pending.length === 0) return;
    if (this.#pending.length < this.#options.batch && !this.#flushing) return;
    const batch = this.#pending.splice(0, this.#options.batch);
    if (this.#pending.length === 0) {
      this.#flushing = this.#draining;
      if (this.#timer) clearTimeout(this.#timer);
      this.#timer = null;
    }
    this.#writing = batch.length;
    void this.#write(batch).finally(() => {
      this.#writing = 0;
      this.#pump();
    });
  }

  async #write(batch: readonly Entry[]): Promise<void> {
    try {
      // One article alone needs no savepoint.
      const results = batch.length === 1
        ? [await this.#store.putArticle(batch[0]!.article, batch[0]!.doc)]
        : await this.#store.putArticles(batch.map(({ article, doc }) => ({ article, doc })));
      for (const [i, entry] of batch.entries()) {
        const result = results[i];
        if (result === undefined) entry.reject(new Error(`the store returned ${results.length} results for ${batch.length} articles`));
        else if (result.status === 'failed') entry.reject(result.error);
        else entry.resolve(result);
      }
    } catch (err) {
      this.#failure = { error: err };
      for (const entry of [...batch, ...this.#pending.splice(0)]) entry.reject(err);
      if (this.#timer) clearTimeout(this.#timer);
      this.#timer = null;
    }
  }
}
