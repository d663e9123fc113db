// The ClaimStore suite both engines must pass (hono's router common-suite style): sqlite.test.ts
// and postgres.test.ts each call registerStoreSuite with a harness that makes fresh stores.
import { beforeAll, describe, expect, it } from 'vitest';
import { CrosscheckError, type ErrorCode } from '../../src/errors.js';
import { NO_CHANGE, type ClaimQuery, type ClaimStore, type StoreCounts, type StoredClaim } from '../../src/store/claim-store.js';
import { listingOrder } from '../../src/store/listing-order.js';
import { contentHash } from '../../src/store/content-hash.js';
import { openStore } from '../../src/store/open-store.js';
import type { Claim } from '../../src/types.js';
import { broken, fixtures, NORTH_KOREA, upgraded, type Fixture } from './fixtures.js';

export interface BadLocation {
  readonly what: string;
  readonly location: () => string;
  readonly code: ErrorCode;
  readonly message: RegExp;
  /** Checked after the failed open: what was there is untouched. */
  readonly untouched?: () => void;
}

export interface StoreHarness {
  /** A location holding no store yet, different on every call. */
  fresh(): Promise<string>;
  readonly badLocations: readonly BadLocation[];
  /** Tests this engine skips, with the reason: the written-down difference between engines. */
  readonly skip?: Readonly<Record<string, string>>;
}

export function registerStoreSuite(engine: string, harness: StoreHarness): void {
  let all: Fixture[];
  beforeAll(() => { all = fixtures(); });

  const open = async (location?: string): Promise<ClaimStore> => openStore(location ?? (await harness.fresh()));
  /** A store holding every fixture. */
  const filled = async (): Promise<ClaimStore> => {
    const store = await open();
    for (const f of all) await store.putArticle(f.article, f.doc);
    return store;
  };
  const test = (name: string, fn: () => Promise<void>) => {
    const reason = harness.skip?.[name];
    if (reason) it.skip(`${name} (skipped on ${engine}: ${reason})`, fn);
    else it(name, fn);
  };

  describe(`ClaimStore on ${engine}: writing`, () => {
    test('put then get returns the same article and claims document', async () => {
      const store = await open();
      try {
        for (const f of all) {
          const put = await store.putArticle(f.article, f.doc);
          expect(put).toEqual({
            status: 'new', articleId: f.article.id, claims: f.doc.claims.length,
            change: { articles: 1, claims: f.doc.claims.length, attributions: f.doc.attributions.length, writes: 1 },
          });
          const got = await store.getArticle(f.article.id);
          // A JSON round trip on both sides: what a reader of the JSON would see.
          expect(JSON.parse(JSON.stringify(got))).toEqual(JSON.parse(JSON.stringify({ article: f.article, doc: f.doc })));
        }
        expect(await store.getArticle('no-such-article')).toBeNull();
        expect(await store.counts()).toEqual({
          articles: all.length,
          claims: all.reduce((n, f) => n + f.doc.claims.length, 0),
          attributions: all.reduce((n, f) => n + f.doc.attributions.length, 0),
          writes: all.length,
        });
      } finally {
        await store.close();
      }
    });

    test('the same content twice is known and writes nothing, whatever its id or URL', async () => {
      const store = await filled();
      try {
        const before = await store.counts();
        for (const f of all) expect(await store.putArticle(f.article, f.doc)).toEqual({ status: 'known', articleId: f.article.id, claims: 0, change: NO_CHANGE });
        const f = all[0]!;
        const renamed = { ...f.article, id: 'another-id', url: 'https://example.org/mirror' };
        expect(await store.putArticle(renamed, f.doc)).toEqual({ status: 'known', articleId: f.article.id, claims: 0, change: NO_CHANGE });
        expect(await store.counts()).toEqual(before);
        expect(await store.findArticle({ contentHash: contentHash(f.article.text) }))
          .toEqual({ id: f.article.id, pipelineVersion: f.doc.pipeline.version, contentHash: contentHash(f.article.text) });
        expect(await store.findArticle({ url: NORTH_KOREA.url! })).toMatchObject({ id: NORTH_KOREA.id });
        expect(await store.findArticle({ id: f.article.id })).toMatchObject({ id: f.article.id });
        expect(await store.findArticle({ url: 'https://example.org/unknown' })).toBeNull();
        expect(await store.findArticle({})).toBeNull();
      } finally {
        await store.close();
      }
    });

    test('a newer pipeline replaces the claims in one go; an older one changes nothing', async () => {
      const store = await filled();
      try {
        const f = all[0]!;
        const before = await store.counts();
        const newer = upgraded(f.doc, '9.0.0', 2);
        expect(await store.putArticle(f.article, newer)).toEqual({
          status: 'replaced', articleId: f.article.id, claims: 2,
          change: { articles: 0, claims: 2 - f.doc.claims.length, attributions: newer.attributions.length - f.doc.attributions.length, writes: 1 },
        });
        expect((await store.getArticle(f.article.id))?.doc).toEqual(JSON.parse(JSON.stringify(newer)));
        expect((await store.counts()).claims).toBe(before.claims - f.doc.claims.length + 2);
        // The replaced sentences leave the full-text index with their claims.
        const remaining = await store.queryClaims({ q: 'grain depot', limit: 1000 });
        expect(remaining.claims.filter((c) => c.articleId === f.article.id).length).toBeLessThanOrEqual(2);
        // An old worker still running the previous version does not undo the upgrade.
        expect(await store.putArticle(f.article, f.doc)).toEqual({ status: 'known', articleId: f.article.id, claims: 0, change: NO_CHANGE });
        expect((await store.findArticle({ id: f.article.id }))?.pipelineVersion).toBe('9.0.0');
        // "0.10.0" is newer than "0.9.0": versions compare by number, not as text.
        expect((await store.putArticle(f.article, upgraded(f.doc, '10.0.0'))).status).toBe('replaced');
      } finally {
        await store.close();
      }
    });

    test('a replacement that fails leaves the previous version whole', async () => {
      const store = await filled();
      try {
        const f = all[1]!;
        const before = await store.counts();
        await expect(store.putArticle(f.article, broken(upgraded(f.doc, '9.0.0', 1)))).rejects.toThrow();
        expect(await store.counts()).toEqual(before);
        expect(JSON.parse(JSON.stringify((await store.getArticle(f.article.id))?.doc))).toEqual(JSON.parse(JSON.stringify(f.doc)));
      } finally {
        await store.close();
      }
    });

    test('a failure mid-put leaves nothing half-written', async () => {
      const store = await open();
      try {
        const [f, g] = [all[0]!, all[1]!];
        await store.putArticle(g.article, g.doc);
        const before = await store.counts();
        // The bad attribution is written last: the article row and its claims went in first.
        await expect(store.putArticle(f.article, broken(f.doc))).rejects.toThrow();
        expect(await store.counts()).toEqual(before);
        expect(await store.findArticle({ contentHash: contentHash(f.article.text) })).toBeNull();
        expect(await store.search('Sosnovy Brod governor')).toHaveLength(1);
        // And the store still works: the same article, whole, goes in.
        expect((await store.putArticle(f.article, f.doc)).status).toBe('new');
      } finally {
        await store.close();
      }
    });

    test('putArticles stores a batch in one transaction; a failing article is undone alone', async () => {
      const store = await open();
      try {
        const [a, b, c] = [all[0]!, all[1]!, all[2]!];
        const batch = [{ article: a.article, doc: a.doc }, { article: b.article, doc: broken(b.doc) }, { article: c.article, doc: c.doc }];
        const results = await store.putArticles(batch);
        expect(results.map((r) => r.status)).toEqual(['new', 'failed', 'new']);
        expect(await store.counts()).toEqual({
          articles: 2,
          claims: a.doc.claims.length + c.doc.claims.length,
          attributions: a.doc.attributions.length + c.doc.attributions.length,
          writes: 2,
        });
        expect(await store.findArticle({ id: b.article.id })).toBeNull();
        expect((await store.putArticles(batch)).map((r) => r.status)).toEqual(['known', 'failed', 'known']);
        expect(await store.putArticles([])).toEqual([]);
      } finally {
        await store.close();
      }
    });

    test('putArticles: a batch of new articles stores each whole; a text twice in one batch is stored once', async () => {
      const store = await open();
      try {
        const fresh = all.slice(0, 3).map(({ article, doc }) => ({ article, doc }));
        expect((await store.putArticles(fresh)).map((r) => r.status)).toEqual(['new', 'new', 'new']);
        for (const { article, doc } of fresh) {
          const back = await store.getArticle(article.id);
          expect(back?.doc.claims).toEqual(doc.claims);
          expect(back?.doc.attributions).toEqual(doc.attributions);
        }
        const [x, y] = [all[3]!, all[4]!];
        const twice = [{ article: x.article, doc: x.doc }, { article: { ...x.article, id: 'copy-of-x' }, doc: x.doc }, { article: y.article, doc: y.doc }];
        const results = await store.putArticles(twice);
        expect(results.map((r) => r.status)).toEqual(['new', 'known', 'new']);
        expect(results[1]!.articleId).toBe(x.article.id);
        expect((await store.counts()).articles).toBe(5);
      } finally {
        await store.close();
      }
    });

    test('a known URL with a new text replaces the article; a taken id gets a suffix', async () => {
      const store = await filled();
      try {
        const nk = all.find((f) => f.article.id === NORTH_KOREA.id)!;
        const updatedText = nk.article.text.replace('About 300', 'About 400');
        const updated = { ...nk.article, text: updatedText, id: 'nk-update' };
        const { analyse } = await import('../../src/pipeline.js');
        const put = await store.putArticle(updated, analyse(updated));
        expect(put).toMatchObject({ status: 'replaced', articleId: NORTH_KOREA.id });
        expect((await store.getArticle(NORTH_KOREA.id))?.article.text).toBe(updatedText);
        const sameId = { ...nk.article, url: null, text: 'A different article that happens to share an id: 5 people were hurt.' };
        const other = await store.putArticle(sameId, analyse(sameId));
        expect(other.status).toBe('new');
        expect(other.articleId).toMatch(new RegExp(`^${NORTH_KOREA.id}-[0-9a-f]{8}$`));
        expect((await store.getArticle(other.articleId))?.article.text).toBe(sameId.text);
      } finally {
        await store.close();
      }
    });

    test('each put says what it changed in counts(): new, known, replaced by version or by URL, alone or in a batch', async () => {
      const store = await open();
      try {
        const { analyse } = await import('../../src/pipeline.js');
        const nk = all.find((f) => f.article.id === NORTH_KOREA.id)!;
        const changed = { ...nk.article, text: nk.article.text.replace('2,700 wounded', '2,900 wounded. Two more were captured') };
        const steps: (() => Promise<{ change: StoreCounts }[]>)[] = [
          async () => [await store.putArticle(all[0]!.article, all[0]!.doc)],
          async () => store.putArticles(all.slice(1, 3)) as Promise<{ change: StoreCounts }[]>,
          async () => [await store.putArticle(all[0]!.article, all[0]!.doc)],
          async () => [await store.putArticle(all[1]!.article, upgraded(all[1]!.doc, '9.0.0', 1))],
          async () => [await store.putArticle(nk.article, nk.doc)],
          async () => [await store.putArticle(changed, analyse(changed))],
          // A batch that is not all new goes article by article: a new one, a replaced one, a known one.
          async () => store.putArticles([all[3]!, { article: all[2]!.article, doc: upgraded(all[2]!.doc, '9.0.0', 0) }, all[0]!]) as Promise<{ change: StoreCounts }[]>,
        ];
        for (const step of steps) {
          const before = await store.counts();
          const results = await step();
          const sum = (k: keyof StoreCounts) => before[k] + results.reduce((n, r) => n + r.change[k], 0);
          expect(await store.counts()).toEqual({ articles: sum('articles'), claims: sum('claims'), attributions: sum('attributions'), writes: sum('writes') });
        }
        expect((await store.counts()).articles).toBe(all.length);
      } finally {
        await store.close();
      }
    });

    test('two writers storing the same new article: one stores it, the other finds it known', async () => {
      const location = await harness.fresh();
      const [a, b] = [await open(location), await open(location)];
      try {
        const f = all[2]!;
        const results = await Promise.all([a.putArticle(f.article, f.doc), b.putArticle(f.article, f.doc)]);
        expect(results.map((r) => r.status).sort()).toEqual(['known', 'new']);
        expect((await a.counts()).claims).toBe(f.doc.claims.length);
      } finally {
        await a.close();
        await b.close();
      }
    });

    test('a store reopened keeps what it holds', async () => {
      const location = await harness.fresh();
      const first = await open(location);
      await first.putArticle(all[0]!.article, all[0]!.doc);
      await first.close();
      const second = await open(location);
      try {
        expect((await second.counts()).articles).toBe(1);
        expect((await second.putArticle(all[0]!.article, all[0]!.doc)).status).toBe('known');
      } finally {
        await second.close();
      }
    });
  });

  describe(`ClaimStore on ${engine}: reading`, () => {
    let store: ClaimStore;
    beforeAll(async () => {
      store = await filled();
      return () => store.close();
    });

    /** Every stored claim with its article, for computing what a filter should return. */
    const everything = () => all.flatMap((f) => f.doc.claims.map((claim) => ({ claim, f })));
    const key = (articleId: string, c: Claim) => `${articleId}@${c.valueSpan.start}:${c.measure}`;
    const expectMatches = async (query: ClaimQuery, keep: (c: Claim, f: Fixture) => boolean) => {
      const want = everything().filter(({ claim, f }) => keep(claim, f)).map(({ claim, f }) => key(f.article.id, claim)).sort();
      const got = (await store.queryClaims({ ...query, limit: 1000 })).claims.map((c) => key(c.articleId, c)).sort();
      expect(want.length, 'the fixture should exercise the filter').toBeGreaterThan(0);
      expect(got).toEqual(want);
    };

    test('claims filter by measure, place, source, time and words', async () => {
      await expectMatches({ measure: 'killed' }, (c) => c.measure === 'killed');
      await expectMatches({ place: 'RU' }, (c) => c.place?.country === 'RU');
      await expectMatches({ place: 'ru-krs' }, (c) => c.place?.country === 'RU' && c.place.region === 'KRS');
      await expectMatches({ measure: 'killed', place: 'RU' }, (c) => c.measure === 'killed' && c.place?.country === 'RU');
      const names = (c: Claim) => [...c.sources, ...c.via].map((s) => s.name.toLowerCase());
      await expectMatches({ source: 'rna' }, (c) => names(c).some((n) => n.includes('rna')));
      await expectMatches({ source: 'SPY AGENCY' }, (c) => names(c).some((n) => n.includes('spy agency')));
      const period = (c: Claim, f: Fixture) => [c.time?.start ?? f.article.published, c.time?.end ?? f.article.published] as const;
      await expectMatches({ from: '2025-12-11', to: '2025-12-12' }, (c, f) => period(c, f)[0] <= '2025-12-12' && period(c, f)[1] >= '2025-12-11');
      await expectMatches({ to: '2025-01-31' }, (c, f) => period(c, f)[0] <= '2025-01-31');
      await expectMatches({ q: 'wounded soldiers' }, (c, f) => /wounded/i.test(f.article.text.slice(c.span.start, c.span.end)) && /soldier/i.test(f.article.text.slice(c.span.start, c.span.end)));
      expect((await store.queryClaims({ source: '100%_' })).claims).toEqual([]);
      expect((await store.queryClaims({ place: 'ZZ' })).claims).toEqual([]);
    });

    test('sources counts every source and relay name, case folded, most claims first', async () => {
      // The expected counts, worked out from the fixtures' documents alone.
      const want = new Map<string, { claims: number; relayed: number; articles: Set<string>; types: Set<string> }>();
      for (const f of all) {
        for (const c of f.doc.claims) {
          for (const [refs, field] of [[c.sources, 'claims'], [c.via, 'relayed']] as const) {
            for (const ref of refs) {
              const key = ref.name.toLowerCase();
              const w = want.get(key) ?? { claims: 0, relayed: 0, articles: new Set<string>(), types: new Set<string>() };
              w[field]++;
              w.articles.add(f.article.id);
              w.types.add(ref.type);
              want.set(key, w);
            }
          }
        }
      }
      const got = await store.sources();
      expect(got.length).toBe(want.size);
      expect(got.length).toBeGreaterThan(0);
      for (const s of got) {
        const w = want.get(s.name.toLowerCase())!;
        expect({ claims: s.claims, relayed: s.relayed, articles: s.articles, types: [...s.types].sort() })
          .toEqual({ claims: w.claims, relayed: w.relayed, articles: w.articles.size, types: [...w.types].sort() });
      }
      const order = got.map((s) => [s.claims, s.relayed]);
      expect(order).toEqual([...order].sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]!));
    });

    test('a stored claim carries its article, outlet, date and sentence', async () => {
      const { claims } = await store.queryClaims({ source: 'spy agency', measure: 'killed' });
      expect(claims).toHaveLength(1);
      const c = claims[0]!;
      expect(c).toMatchObject({ articleId: NORTH_KOREA.id, outlet: NORTH_KOREA.outlet, published: NORTH_KOREA.published, value: { low: 300 } });
      expect(c.sentence).toBe(NORTH_KOREA.text.slice(c.span.start, c.span.end));
      expect(c.id).toMatch(/^\d+$/);
    });

    test('pages run newest first with a cursor, without gaps or repeats', async () => {
      const total = everything().length;
      const seen: StoredClaim[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { claims: StoredClaim[]; nextCursor: string | null } = await store.queryClaims({ limit: 7, ...(cursor ? { cursor } : {}) });
        expect(page.claims.length).toBeLessThanOrEqual(7);
        seen.push(...page.claims);
        cursor = page.nextCursor;
        pages++;
      } while (cursor && pages < 100);
      expect(seen).toHaveLength(total);
      expect(new Set(seen.map((c) => c.id)).size).toBe(total);
      const order = seen.map((c) => [c.published, Number(c.id)] as const);
      for (let i = 1; i < order.length; i++) {
        const [p0, i0] = order[i - 1]!, [p1, i1] = order[i]!;
        expect(p0 > p1 || (p0 === p1 && i0 > i1)).toBe(true);
      }
      expect((await store.queryClaims({})).claims).toHaveLength(Math.min(50, total));
      expect((await store.queryClaims({ limit: 5000 })).claims).toHaveLength(Math.min(1000, total));
    });

    test('articleClaims reads the claims of the articles asked for, as a full listing holds them', async () => {
      const listed: StoredClaim[] = [];
      let cursor: string | null = null;
      do {
        const page: { claims: StoredClaim[]; nextCursor: string | null } = await store.queryClaims({ limit: 1000, ...(cursor ? { cursor } : {}) });
        listed.push(...page.claims);
        cursor = page.nextCursor;
      } while (cursor);
      const ids = [NORTH_KOREA.id, all[0]!.article.id];
      const got = await store.articleClaims([...ids, 'no-such-article', NORTH_KOREA.id]);
      expect(got.length).toBeGreaterThan(0);
      expect(got).toEqual(listed.filter((c) => ids.includes(c.articleId)));
      expect(await store.articleClaims([])).toEqual([]);
      // listingOrder is the order of the listing itself.
      expect([...listed].sort(listingOrder)).toEqual(listed);
    });

    test('a cursor that is not ours is a coded error', async () => {
      for (const cursor of ['garbage', Buffer.from('{"a":1}').toString('base64url')]) {
        const err = await store.queryClaims({ cursor }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(CrosscheckError);
        expect((err as CrosscheckError).code).toBe('E_CURSOR_INVALID');
      }
    });

    test('search finds and ranks articles and their claim sentences', async () => {
      const hits = await store.search('north korean casualties');
      expect(hits[0]).toMatchObject({ articleId: NORTH_KOREA.id, title: NORTH_KOREA.title, outlet: NORTH_KOREA.outlet, published: NORTH_KOREA.published });
      expect(hits[0]!.snippet).toMatch(/«[^»]+»/);
      expect(hits[0]!.claim?.snippet).toMatch(/«(North|Korean|casualties)»/i);
      // Articles holding every word first, each tier best first.
      expect(hits[0]!.everyWord).toBe(true);
      for (let i = 1; i < hits.length; i++) {
        const [a, b] = [hits[i - 1]!, hits[i]!];
        expect(a.everyWord || !b.everyWord).toBe(true);
        if (a.everyWord === b.everyWord) expect(a.rank).toBeGreaterThanOrEqual(b.rank);
      }
      // No article holds every word: those holding some of them still come back, marked so.
      const partial = await store.search('north korean zzzqqq');
      expect(partial.map((h) => h.articleId)).toContain(NORTH_KOREA.id);
      expect(partial.every((h) => !h.everyWord)).toBe(true);
      // Stemming: "casualty" finds "casualties".
      expect((await store.search('casualty')).map((h) => h.articleId)).toContain(NORTH_KOREA.id);
      const toll = await store.search('Sosnovy Brod death toll', 2);
      expect(toll).toHaveLength(2);
      expect(toll.map((h) => h.articleId)).not.toContain(NORTH_KOREA.id);
    });

    test('search takes any text: no match, empty, or query syntax', async () => {
      expect(await store.search('zzzqqq')).toEqual([]);
      expect(await store.search('')).toEqual([]);
      expect(await store.search('  "(  -')).toEqual([]);
      expect((await store.search('"north" OR (korean* NEAR -casualties')).map((h) => h.articleId)).toContain(NORTH_KOREA.id);
    });
  });

  describe(`marks and single claims on ${engine}`, () => {
    test('a claim is read back by id, and a mark on it survives as article and offsets', async () => {
      const store = await filled();
      try {
        const [first] = (await store.queryClaims({ limit: 1 })).claims;
        expect(first).toBeDefined();
        const again = await store.getClaim(first!.id);
        expect(again).toEqual(first);
        expect(await store.getClaim('999999999')).toBeNull();
        expect(await store.getClaim("1' OR '1'='1")).toBeNull();
        const mark = { articleId: first!.articleId, valueStart: first!.valueSpan.start, valueEnd: first!.valueSpan.end,
          rating: 'Misleading', note: 'counts casualties as deaths', markedBy: 'desk', markedAt: '2026-01-02T10:00:00Z' };
        await store.putMark(mark);
        await store.putMark({ ...mark, rating: 'False' });
        expect(await store.listMarks()).toEqual([{ ...mark, rating: 'False' }]);
      } finally {
        await store.close();
      }
    });
  });

  describe(`openStore on ${engine}: locations it cannot use`, () => {
    for (const bad of harness.badLocations) {
      test(`${bad.what}: ${bad.code}`, async () => {
        const err = await openStore(bad.location()).then(async (s) => { await s.close(); return null; }, (e: unknown) => e);
        expect(err).toBeInstanceOf(CrosscheckError);
        expect((err as CrosscheckError).code).toBe(bad.code);
        expect((err as Error).message).toMatch(bad.message);
        bad.untouched?.();
      });
    }
  });
}
