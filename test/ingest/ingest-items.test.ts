// Ingesting into a store (an in-memory fake here; the CLI tests use SQLite): counts per status, a
// known article never analysed again, analysis bugs counted and skipped, a store failure ends the run.
import { describe, expect, it } from 'vitest';
import { CrosscheckError, InputError } from '../../src/errors.js';
import { ingestItems, StopIngest, type IngestOptions } from '../../src/ingest/ingest-items.js';
import type { InputItem } from '../../src/ingest/sources/input-item.js';
import { analyse } from '../../src/pipeline.js';
import type { Article, ClaimsDoc } from '../../src/types.js';
import { FakeStore } from './fake-store.js';

const article = (id: string, text: string, url: string | null = null): Article => ({ id, text, published: '2025-12-13', outlet: 'Eastern Ledger', url, title: null });
const ok = (a: Article): InputItem => ({ kind: 'article', article: a, origin: `${a.id}.txt`, bytes: a.text.length });

const ARTICLES = [
  article('one', 'At least 12 people were killed on Friday, the governor said.'),
  article('two', 'Kyiv said more than 40 soldiers were killed and 60 wounded.', 'https://ledger.example/two'),
  article('three', 'Monitors put the toll at between 30 and 35.'),
];

async function* items(list: readonly InputItem[]): AsyncGenerator<InputItem> {
  yield* list;
}

function counting(extra: Partial<IngestOptions> = {}) {
  const analysed: string[] = [];
  const errors: string[] = [];
  const options: IngestOptions = {
    analyse: async (a) => { analysed.push(a.id); return analyse(a); },
    concurrency: 2,
    onError: (m) => errors.push(m),
    ...extra,
  };
  return { analysed, errors, options };
}

describe('ingestItems', () => {
  it('stores new articles, then on a second run analyses nothing and counts them known', async () => {
    const store = new FakeStore();
    const first = counting();
    const tally = await ingestItems(items(ARTICLES.map(ok)), store, first.options);
    expect(tally).toMatchObject({ new: 3, known: 0, replaced: 0, failed: 0 });
    expect(tally.claims).toBe((await store.counts()).claims);
    expect(tally.claims).toBeGreaterThanOrEqual(4);

    const second = counting();
    const again = await ingestItems(items(ARTICLES.map(ok)), store, second.options);
    expect(again).toMatchObject({ new: 0, known: 3, replaced: 0, failed: 0, claims: 0 });
    expect(second.analysed).toEqual([]);
    expect(store.calls.put).toBe(3);
  });

  it('error items and analysis failures are counted with their origin, and the others still go in', async () => {
    const store = new FakeStore();
    const { errors, options } = counting({
      analyse: async (a) => { if (a.id === 'two') throw new TypeError('boom'); return analyse(a); },
    });
    const bad: InputItem = { kind: 'error', error: new InputError('E_FILE_BINARY', 'NUL byte at line 1, byte 1', { file: 'x.png' }), origin: 'x.png', bytes: 10 };
    const tally = await ingestItems(items([ok(ARTICLES[0]!), bad, ok(ARTICLES[1]!), ok(ARTICLES[2]!)]), store, options);
    expect(tally).toMatchObject({ new: 2, failed: 2 });
    expect(tally.failures).toEqual([
      { origin: 'x.png', code: 'E_FILE_BINARY', message: 'looks binary, not text: NUL byte at line 1, byte 1' },
      { origin: 'two.txt', code: 'E_ANALYSIS_FAILED', message: 'analysis failed (a bug in crosscheck): boom' },
    ]);
    expect(errors).toEqual(['x.png: looks binary, not text: NUL byte at line 1, byte 1', 'two.txt: analysis failed (a bug in crosscheck): boom']);
    expect([...store.rows.keys()].sort()).toEqual(['one', 'three']);
  });

  it('a page at a known URL with a new text is analysed again and replaces the old one', async () => {
    const store = new FakeStore();
    await ingestItems(items([ok(ARTICLES[1]!)]), store, counting().options);
    const updated = article('two-v2', 'Kyiv said more than 45 soldiers were killed and 60 wounded.', 'https://ledger.example/two');
    const run = counting();
    const tally = await ingestItems(items([ok(updated)]), store, run.options);
    expect(tally).toMatchObject({ new: 0, replaced: 1 });
    expect(run.analysed).toEqual(['two-v2']);
    expect(store.rows.get('two')?.article.text).toContain('45');
  });

  it('an article stored by an older pipeline is analysed again and replaced', async () => {
    const store = new FakeStore();
    const old = (a: Article): ClaimsDoc => ({ ...analyse(a), pipeline: { name: 'crosscheck', version: '0.0.1' } });
    await ingestItems(items([ok(ARTICLES[0]!)]), store, counting({ analyse: async (a) => old(a) }).options);
    const tally = await ingestItems(items([ok(ARTICLES[0]!)]), store, counting().options);
    expect(tally).toMatchObject({ known: 0, replaced: 1 });
  });

  it('a store failure ends the run with a coded error, after the articles in flight settle', async () => {
    const store = new FakeStore();
    store.failWith = new Error('disk I/O error');
    // One article a transaction, so the first commit fails while the third is still unread.
    const run = ingestItems(items(ARTICLES.map(ok)), store, counting({ writeBatch: 1 }).options);
    await expect(run).rejects.toThrow(CrosscheckError);
    await expect(run).rejects.toThrow('the store failed: disk I/O error');
    // Reading stopped: with 2 in flight, the third article was never put.
    expect(store.calls.put).toBeLessThan(3);
  });

  it('commits analysed articles a batch to a transaction, the last batch when the input ends', async () => {
    const store = new FakeStore();
    const many = Array.from({ length: 10 }, (_, i) => article(`a${i}`, `Officials said ${i + 3} people were killed in strike number ${i}.`));
    const { options } = counting({ concurrency: 4, writeBatch: 4 });
    const tally = await ingestItems(items(many.map(ok)), store, options);
    expect(tally).toMatchObject({ new: 10, failed: 0 });
    // Full batches while the input lasts; at its end, whatever is analysed goes in without waiting
    // for a batch to fill (alone, through putArticle, when it is one article).
    expect(store.batchSizes.slice(0, 2)).toEqual([4, 4]);
    expect(store.batchSizes.every((n) => n <= 4)).toBe(true);
    expect(store.calls.put).toBe(10);
    expect([...store.rows.keys()].sort()).toEqual(many.map((a) => a.id).sort());
  });

  it('a slow input still commits: an analysed article waits for its batch a fraction of a second at most', async () => {
    const store = new FakeStore();
    async function* slow(): AsyncGenerator<InputItem> {
      yield ok(ARTICLES[0]!);
      // The next item arrives only once the first is stored, as from a feed that trickles.
      const start = Date.now();
      while (store.rows.size === 0 && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 20));
      yield ok(ARTICLES[1]!);
    }
    const started = Date.now();
    const tally = await ingestItems(slow(), store, counting({ writeBatch: 16 }).options);
    expect(tally).toMatchObject({ new: 2 });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('a batch the store refuses ends the run: nothing of it is counted stored', async () => {
    const store = new FakeStore();
    store.failWith = new Error('database or disk is full');
    const many = Array.from({ length: 6 }, (_, i) => article(`b${i}`, `Officials said ${i + 3} people were wounded on day ${i}.`));
    let settled = 0;
    const run = ingestItems(items(many.map(ok)), store, counting({ concurrency: 2, writeBatch: 3, onSettled: () => { settled++; } }).options);
    await expect(run).rejects.toThrow('the store failed: database or disk is full');
    expect(store.rows.size).toBe(0);
    // Every article read settled (no promise left hanging), none of them as stored.
    expect(settled).toBeGreaterThan(0);
  });

  it('StopIngest from analyse (the pool did not start) ends the run with its cause', async () => {
    const cause = new Error('the worker failed to start');
    const { options } = counting({ analyse: async () => { throw new StopIngest(cause); } });
    await expect(ingestItems(items(ARTICLES.map(ok)), new FakeStore(), options)).rejects.toBe(cause);
  });

  it('settles every item\'s bytes, for the progress bar', async () => {
    let bytes = 0;
    const { options } = counting({ onSettled: (b) => { bytes += b; } });
    await ingestItems(items(ARTICLES.map(ok)), new FakeStore(), options);
    expect(bytes).toBe(ARTICLES.reduce((n, a) => n + a.text.length, 0));
  });
});
