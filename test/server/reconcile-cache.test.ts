// The server's cache of groups (src/server/reconcile-cache.ts): one full load of the claims at a
// time however many requests and writes interleave, and never an answer that misses a write
// acknowledged before the request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import type { Group } from '../../src/reconcile/build-groups.js';
import { ReconcileCache } from '../../src/server/reconcile-cache.js';
import type { ClaimStore } from '../../src/store/claim-store.js';
import { fixtures } from '../store/fixtures.js';
import { harness, NK_TEXT, type Harness } from './harness.js';

let h: Harness;
let store: ClaimStore;
const loads = { started: 0, inFlight: 0, most: 0 };

beforeAll(async () => {
  h = await harness({ empty: true });
  store = h.store;
  await store.putArticles(fixtures().slice(0, 2));
  // Each full load starts with a page that has no cursor; count them and how many overlap.
  const queryClaims = store.queryClaims.bind(store);
  store.queryClaims = async (query) => {
    const first = query.cursor === undefined;
    if (first) { loads.started++; loads.inFlight++; loads.most = Math.max(loads.most, loads.inFlight); }
    try {
      // A slow store: requests and writes pile up while a load runs.
      await new Promise((r) => setTimeout(r, 20));
      return await queryClaims(query);
    } finally {
      if (first) loads.inFlight--;
    }
  };
});
afterAll(async () => { await h.close(); });

const articlesIn = (groups: Group[]) => new Set(groups.flatMap((g) => g.entries.map((e) => e.claim.articleId)));

describe('ReconcileCache', () => {
  it('runs one load at a time under interleaved reads and writes, and answers each read with every earlier write', async () => {
    const cache = new ReconcileCache(store);
    const reads: Promise<void>[] = [];
    for (let i = 0; i < 6; i++) {
      const text = `${NK_TEXT}Update ${i}: another ${10 + i} soldiers were killed on Tuesday, officials said.\n`;
      const article = { id: `w${i}`, text, published: '2025-01-14', outlet: `Outlet ${i}`, url: null, title: null };
      await store.putArticle(article, analyse(article));
      cache.invalidate();
      // Every article written before this read was asked for is in its answer.
      const written = Array.from({ length: i + 1 }, (_, n) => `w${n}`);
      for (let j = 0; j < 4; j++) {
        reads.push(cache.groups().then((groups) => { expect([...articlesIn(groups)]).toEqual(expect.arrayContaining(written)); }));
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    await Promise.all(reads);
    expect(loads.most).toBe(1);
    // 24 reads over 6 writes: shared, not one load each.
    expect(loads.started).toBeLessThanOrEqual(8);
    // Unchanged store: the cached value, no new load.
    const before = loads.started;
    await cache.groups();
    await cache.groups();
    expect(loads.started).toBe(before);
  });

  it('does not keep a failed load', async () => {
    const cache = new ReconcileCache(store);
    const counts = store.counts.bind(store);
    store.counts = async () => { throw new Error('connection terminated'); };
    await expect(cache.groups()).rejects.toThrow(/connection terminated/);
    store.counts = counts;
    expect((await cache.groups()).length).toBeGreaterThan(0);
  });
});
