// The server's cache of groups (src/server/reconcile-cache.ts): one full load of the claims at a
// time however many requests and writes interleave, never an answer that misses a write
// acknowledged before the request; after a write through the server only the written articles'
// claims are read (test/properties/reconcile-cache.property.test.ts checks the groups themselves
// over random writes), after a write by another process every claim.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { buildGroups, type Group } from '../../src/reconcile/build-groups.js';
import { loadClaims } from '../../src/reconcile/load-claims.js';
import { ReconcileCache } from '../../src/server/reconcile-cache.js';
import type { ClaimStore } from '../../src/store/claim-store.js';
import { openStore } from '../../src/store/open-store.js';
import { fixtures } from '../store/fixtures.js';
import { AUTH, harness, NK_TEXT, type Harness } from './harness.js';

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

const articlesIn = (groups: readonly Group[]) => new Set(groups.flatMap((g) => g.entries.map((e) => e.claim.articleId)));

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

/** A store whose full loads (a listing's first page) and reads of written articles are counted. */
function watched(store: ClaimStore) {
  const reads = { full: 0, articles: 0 };
  const wrapped: ClaimStore = Object.assign(Object.create(store) as ClaimStore, {
    queryClaims: (query: Parameters<ClaimStore['queryClaims']>[0]) => {
      if (query.cursor === undefined) reads.full++;
      return store.queryClaims(query);
    },
    articleClaims: (ids: readonly string[]) => {
      reads.articles++;
      return store.articleClaims(ids);
    },
  });
  return { store: wrapped, reads };
}

const update = (i: number) => {
  const text = `${NK_TEXT}Update ${i}: another ${20 + i} North Korean soldiers were killed in Kursk on Tuesday, officials said.\n`;
  return { id: `u${i}`, text, published: '2025-01-15', outlet: `Outlet ${i % 3}`, url: null, title: null };
};

describe('ReconcileCache after writes', () => {
  let h2: Harness;
  beforeAll(async () => { h2 = await harness({ empty: true }); await h2.store.putArticles(fixtures()); });
  afterAll(async () => { await h2.close(); });

  it('takes in interleaved writes of its own from their articles alone: every read holds every earlier write, and equals a full rebuild', async () => {
    const { store: s, reads } = watched(h2.store);
    const cache = new ReconcileCache(s);
    await cache.groups();
    expect(reads).toEqual({ full: 1, articles: 0 });
    const pending: Promise<void>[] = [];
    for (let i = 0; i < 6; i++) {
      const article = update(i);
      const doc = analyse(article);
      // Reads begun while the write is under way, and after it was acknowledged.
      const during = cache.groups();
      await cache.write(() => h2.store.putArticle(article, doc));
      const written = Array.from({ length: i + 1 }, (_, n) => `u${n}`);
      pending.push(during.then(() => undefined));
      for (let j = 0; j < 3; j++) {
        pending.push(cache.groups().then((groups) => { expect([...articlesIn(groups)]).toEqual(expect.arrayContaining(written)); }));
      }
    }
    await Promise.all(pending);
    expect(await cache.groups()).toStrictEqual(buildGroups(await loadClaims(h2.store)));
    expect(reads.full).toBe(1);
    expect(reads.articles).toBeGreaterThan(0);
  });

  it('sees a write by another process (a second handle on the store) and reads every claim again', async () => {
    const { store: s, reads } = watched(h2.store);
    const cache = new ReconcileCache(s);
    await cache.groups();
    const other = await openStore(h2.location!);
    try {
      const article = { ...update(100), id: 'outside' };
      expect((await other.putArticle(article, analyse(article))).status).toBe('new');
    } finally {
      await other.close();
    }
    const groups = await cache.groups();
    expect(articlesIn(groups).has('outside')).toBe(true);
    expect(groups).toStrictEqual(buildGroups(await loadClaims(h2.store)));
    expect(reads).toEqual({ full: 2, articles: 0 });
  });

  it('sees an article another process replaced with as many claims and attributions as before', async () => {
    const url = 'https://example.test/updated-page';
    const first = { ...update(200), id: 'page', url };
    expect((await h2.store.putArticle(first, analyse(first))).status).toBe('new');
    const { store: s, reads } = watched(h2.store);
    const cache = new ReconcileCache(s);
    const before = await cache.groups();
    const countsBefore = await h2.store.counts();
    // The page was updated: one figure changed, nothing added.
    const second = { ...first, text: first.text.replace('another 220 North Korean', 'another 230 North Korean') };
    const other = await openStore(h2.location!);
    try {
      expect((await other.putArticle(second, analyse(second))).status).toBe('replaced');
    } finally {
      await other.close();
    }
    const countsAfter = await h2.store.counts();
    expect({ ...countsAfter, writes: 0 }).toEqual({ ...countsBefore, writes: 0 });
    const groups = await cache.groups();
    expect(groups).not.toStrictEqual(before);
    expect(groups).toStrictEqual(buildGroups(await loadClaims(h2.store)));
    expect(reads.full).toBe(2);
  });

  it('a write that fails leaves the next read to load every claim', async () => {
    const { store: s, reads } = watched(h2.store);
    const cache = new ReconcileCache(s);
    await cache.groups();
    await expect(cache.write(async () => { throw new Error('connection terminated at COMMIT'); })).rejects.toThrow(/COMMIT/);
    await cache.groups();
    expect(reads).toEqual({ full: 2, articles: 0 });
  });
});

describe('POST /articles and the groups', () => {
  /** The store, and an app over it whose store reads are counted. */
  let base: Harness;
  let h3: Harness;
  let reads: { full: number; articles: number };
  beforeAll(async () => {
    base = await harness({ empty: true });
    await base.store.putArticles(fixtures());
    const w = watched(base.store);
    reads = w.reads;
    h3 = await harness({ store: w.store });
  });
  afterAll(async () => {
    await h3.app.close();
    await base.close();
  });

  /** What a server that never saw a write answers: a new app over a second handle, reading every claim. */
  async function fresh(url: string) {
    const store = await openStore(base.location!);
    const other = await harness({ store });
    try {
      return (await other.app.inject(url)).json();
    } finally {
      await other.app.close();
      await store.close();
    }
  }

  it('rebuilds only the groups of what was posted, one article or a batch, and answers as a full rebuild would', async () => {
    const urls = ['/groups?limit=1000', '/conflicts?limit=1000'];
    for (const url of urls) await h3.app.inject(url);
    expect(reads.full).toBe(1);
    const one = update(200);
    const res = await h3.app.inject({
      method: 'POST', url: `/articles?published=${one.published}&outlet=Harbour%20Ledger`,
      headers: { ...AUTH, 'content-type': 'text/plain' }, payload: one.text,
    });
    expect(res.statusCode).toBe(201);
    for (const url of urls) expect((await h3.app.inject(url)).json()).toEqual(await fresh(url));
    const batch = [update(201), update(202)].map((a) => JSON.stringify({ text: a.text, published: a.published, outlet: a.outlet })).join('\n');
    const res2 = await h3.app.inject({ method: 'POST', url: '/articles', headers: { ...AUTH, 'content-type': 'application/x-ndjson' }, payload: batch });
    expect(res2.json().summary).toMatchObject({ new: 2, failed: 0 });
    for (const url of urls) expect((await h3.app.inject(url)).json()).toEqual(await fresh(url));
    expect(reads.full).toBe(1);
    expect(reads.articles).toBe(2);
  });
});
