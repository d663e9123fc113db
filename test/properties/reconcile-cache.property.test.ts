// Property test of the server's groups cache (src/server/reconcile-cache.ts): over any sequence of
// article writes (new, the same text again, a newer pipeline's claims, a known URL with a new
// text, batches, a write by another process, a write the store refuses), the groups it answers
// after each step are deep-equal, order included, to buildGroups over every claim read afresh;
// and it reads every claim again only when it must (the first read, another process's write, a
// failed write): otherwise it rebuilt the groups from the written articles' claims alone.
// PROPERTY_RUNS=20000 runs it 2,000 times on SQLite (a tenth of the other properties: each run
// opens a store); PROPERTY_SEED=n replays a run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGroups } from '../../src/reconcile/build-groups.js';
import { loadClaims } from '../../src/reconcile/load-claims.js';
import { ReconcileCache } from '../../src/server/reconcile-cache.js';
import type { ClaimStore } from '../../src/store/claim-store.js';
import { openStore } from '../../src/store/open-store.js';
import type { Article, ClaimsDoc } from '../../src/types.js';
import { testSchemas } from '../helpers/pg-schemas.js';
import { articleOf, brokenDoc, docOf, steps, type ArticleSpec, type Write } from './article-writes.js';

const RUNS = Math.max(10, Math.round(Number(process.env['PROPERTY_RUNS'] ?? 400) / 10));
const SEED = process.env['PROPERTY_SEED'] === undefined ? undefined : Number(process.env['PROPERTY_SEED']);
const seeded = SEED === undefined ? {} : { seed: SEED };

/** Always tried first: two articles whose ids are one name in NFC and NFD, written one after the
 *  other with the same figure at the same offset, tie in byDateThenId, so the group's entries come
 *  in the store's order (the later one first); a rare draw otherwise. */
const nfd = (id: string): ArticleSpec => ({
  id, url: null, published: '2025-01-10', outlet: null, attributions: 0,
  claims: [{
    measure: 'killed', low: 9, shape: 'exact', counted: null, subject: null, source: null, via: null, time: null,
    nationality: 'North Korean', theatre: 'RU', scope: null, at: 0,
  }],
});
const examples: [(readonly (readonly Write[])[])][] = [[[[{ kind: 'new', spec: nfd('\u00e9') }], [{ kind: 'new', spec: nfd('e\u0301') }]]]];

interface Run {
  /** The store the server writes to, and the reference reads. */
  readonly store: ClaimStore;
  /** Another process's handle on the same store. */
  readonly outsider: ClaimStore;
  readonly cache: ReconcileCache;
  /** Reads of every claim by the cache (a listing's first page). */
  readonly loads: { full: number };
  readonly history: { article: Article; doc: ClaimsDoc }[];
  texts: number;
  versions: number;
}

async function startRun(location: string): Promise<Run> {
  const store = await openStore(location);
  const outsider = await openStore(location);
  const loads = { full: 0 };
  const watched: ClaimStore = Object.assign(Object.create(store) as ClaimStore, {
    queryClaims: (query: Parameters<ClaimStore['queryClaims']>[0]) => {
      if (query.cursor === undefined) loads.full++;
      return store.queryClaims(query);
    },
  });
  return { store, outsider, cache: new ReconcileCache(watched), loads, history: [], texts: 0, versions: 0 };
}

/** The article and document a write puts (a batch's items one by one). */
function itemOf(run: Run, w: Exclude<Write, { kind: 'batch' | 'outsider' | 'broken' }>): { article: Article; doc: ClaimsDoc } {
  const earlier = run.history.length && w.kind !== 'new' ? run.history[w.pick % run.history.length]! : null;
  let item;
  if (w.kind === 'repeat' && earlier) item = earlier;
  else if (w.kind === 'upgrade' && earlier) item = { article: earlier.article, doc: docOf(earlier.article, w.spec, `1.0.${++run.versions}`) };
  else {
    const spec = 'spec' in w ? w.spec : { id: 'a', url: null, published: '2025-01-10', outlet: null, claims: [], attributions: 0 };
    const fresh = articleOf(spec, run.texts++);
    const article = w.kind === 'move' && earlier?.article.url ? { ...fresh, url: earlier.article.url } : fresh;
    item = { article, doc: docOf(article, spec, '1.0.0') };
  }
  run.history.push(item);
  return item;
}

/** Makes the write; true when the cache cannot follow it and must read every claim again. */
async function perform(run: Run, w: Write): Promise<boolean> {
  switch (w.kind) {
    case 'batch': {
      const items = w.items.map((i) => itemOf(run, i as Exclude<Write, { kind: 'batch' | 'outsider' | 'broken' }>));
      await run.cache.write(() => run.store.putArticles(items));
      return false;
    }
    case 'outsider': {
      // Always a new article (a text of its own, no URL): the counts move.
      const article = { ...articleOf(w.spec, run.texts++), url: null };
      await run.outsider.putArticle(article, docOf(article, w.spec, '1.0.0'));
      return true;
    }
    case 'broken': {
      const article = articleOf(w.spec, run.texts++);
      const bad = { article, doc: brokenDoc(docOf(article, w.spec, '1.0.0')) };
      if (w.inBatch) {
        const good = articleOf({ ...w.spec, url: null }, run.texts++);
        const results = await run.cache.write(() => run.store.putArticles([{ article: good, doc: docOf(good, w.spec, '1.0.0') }, bad]));
        expect(results.map((r) => r.status)).toEqual(['new', 'failed']);
      } else {
        await expect(run.cache.write(() => run.store.putArticle(bad.article, bad.doc))).rejects.toThrow();
      }
      return true;
    }
    default: {
      const { article, doc } = itemOf(run, w);
      await run.cache.write(() => run.store.putArticle(article, doc));
      return false;
    }
  }
}

async function check(run: Run, plan: readonly (readonly Write[])[]): Promise<void> {
  let fullLoads = 0;
  for (const [i, step] of plan.entries()) {
    let doubt = i === 0;
    for (const w of step) doubt = (await perform(run, w)) || doubt;
    if (doubt) fullLoads++;
    const got = await run.cache.groups();
    const want = buildGroups(await loadClaims(run.store));
    expect(got).toStrictEqual(want);
    // What the server sends: the same keys in the same order.
    expect(JSON.stringify(got)).toBe(JSON.stringify(want));
    expect(run.loads.full, `full loads after step ${i}`).toBe(fullLoads);
  }
}

async function endRun(run: Run): Promise<void> {
  await run.outsider.close();
  await run.store.close();
}

describe('the groups cache, after any sequence of writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cache-property-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let stores = 0;

  it('answers what buildGroups over every stored claim answers, reading every claim only when it must (SQLite)', async () => {
    await fc.assert(fc.asyncProperty(steps, async (plan) => {
      const run = await startRun(join(dir, `run-${stores++}.db`));
      try {
        await check(run, plan);
      } finally {
        await endRun(run);
      }
    }), { numRuns: RUNS, examples, ...seeded });
  }, Math.max(60_000, RUNS * 1_000));

  const schemas = testSchemas('xc_cache_prop');
  it('and on PostgreSQL', async () => {
    await fc.assert(fc.asyncProperty(steps, async (plan) => {
      const run = await startRun((await schemas.create()).location);
      try {
        await check(run, plan);
      } finally {
        await endRun(run);
      }
    }), { numRuns: Math.max(5, Math.round(RUNS / 4)), examples, ...seeded });
  }, Math.max(60_000, RUNS * 2_000));
});
