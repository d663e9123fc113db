// Every route in process (inject): the shapes the OpenAPI document promises (checked with the same
// zod schemas), POST /articles in its four body types, and the cross-check routes after a write.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ArticleResponse, BatchResponse, ClaimsDocSchema, ClaimsPage, ConflictsResponse, GroupDetail, GroupsResponse, HealthResponse, SourcesResponse,
} from '../../src/server/schemas.js';
import { fixtures, NORTH_KOREA } from '../store/fixtures.js';
import { AUTH, expectError, harness, LEAK, NK_TEXT, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => { h = await harness(); });
afterAll(async () => { await h.close(); });

const get = (url: string) => h.app.inject({ method: 'GET', url });
const post = (url: string, contentType: string, payload: string) =>
  h.app.inject({ method: 'POST', url, headers: { ...AUTH, 'content-type': contentType }, payload });

describe('GET routes', () => {
  it('/health: the store answers, with its counts', async () => {
    const res = await get('/health');
    expect(res.statusCode).toBe(200);
    const counts = await h.store.counts();
    expect(HealthResponse.parse(res.json())).toEqual({ ok: true, articles: counts.articles, claims: counts.claims });
  });

  it('/claims: a page of stored claims, each with its article, outlet, date and sentence', async () => {
    const res = await get('/claims?limit=5');
    expect(res.statusCode).toBe(200);
    const page = ClaimsPage.parse(res.json());
    expect(page.claims).toHaveLength(5);
    expect(page.nextCursor).toEqual(expect.any(String));
    for (const c of page.claims) expect(c.sentence.length).toBeGreaterThan(0);
  });

  it('/claims filters by measure, source, place and words, as the store does', async () => {
    const killed = ClaimsPage.parse((await get('/claims?measure=killed&limit=1000')).json()).claims;
    expect(killed.length).toBeGreaterThan(0);
    expect(killed.every((c) => c.measure === 'killed')).toBe(true);
    // Raw JSON against the store's own answer: the schema parse above drops fields it does not name.
    const raw = (await get('/claims?measure=killed&limit=1000')).json();
    expect(raw.claims).toEqual(JSON.parse(JSON.stringify((await h.store.queryClaims({ measure: 'killed', limit: 1000 })).claims)));
    const nk = ClaimsPage.parse((await get(`/claims?q=${encodeURIComponent('North Korean')}&limit=1000`)).json()).claims;
    expect(nk.some((c) => c.articleId === NORTH_KOREA.id)).toBe(true);
    const bySource = ClaimsPage.parse((await get('/claims?source=intelligence&limit=1000')).json()).claims;
    expect(bySource.every((c) => [...c.sources, ...c.via].some((s) => /intelligence/i.test(s.name)))).toBe(true);
    const dated = ClaimsPage.parse((await get('/claims?from=2025-01-01&to=2025-01-31&limit=1000')).json()).claims;
    expect(dated.map((c) => c.id)).toEqual((await h.store.queryClaims({ from: '2025-01-01', to: '2025-01-31', limit: 1000 })).claims.map((c) => c.id));
    const ru = ClaimsPage.parse((await get('/claims?place=ru&limit=1000')).json()).claims;
    expect(ru.every((c) => c.place?.country === 'RU')).toBe(true);
  });

  it('/groups lists groups without their figures; ?measure and ?about filter them', async () => {
    const all = GroupsResponse.parse((await get('/groups')).json());
    expect(all.total).toBeGreaterThan(0);
    expect(all.groups[0]).toMatchObject({ id: expect.any(String), label: expect.any(String), figures: expect.any(Number) });
    const killed = GroupsResponse.parse((await get('/groups?measure=killed')).json());
    expect(killed.groups.every((g) => g.measures.includes('killed'))).toBe(true);
    const nk = GroupsResponse.parse((await get('/groups?about=north%20korea')).json());
    expect(nk.total).toBeGreaterThan(0);
    expect(nk.total).toBeLessThan(all.total);
    expect(GroupsResponse.parse((await get('/groups?limit=1')).json()).groups).toHaveLength(1);
  });

  it('/groups/:id: every figure, low / best / high with its rule, notes and disagreements', async () => {
    const { groups } = GroupsResponse.parse((await get('/groups?measure=killed')).json());
    const res = await get(`/groups/${groups[0]!.id}`);
    expect(res.statusCode).toBe(200);
    const group = GroupDetail.parse(res.json());
    expect(group.figures.length).toBe(groups[0]!.figures);
    expect(group.bestRule).toMatch(/median/);
    expect(group.low).toBeLessThanOrEqual(group.high);
    expectError(await get('/groups/no-such-group'), 404, 'E_NOT_FOUND', /no group "no-such-group"/);
  });

  it('/conflicts: disagreements, contradictions first, bounded by ?limit', async () => {
    const res = ConflictsResponse.parse((await get('/conflicts')).json());
    const kinds = res.conflicts.map((c) => c.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'contradiction' ? -1 : 1)));
    expect(ConflictsResponse.parse((await get('/conflicts?limit=1')).json()).conflicts.length).toBeLessThanOrEqual(1);
  });

  it('/sources: every source and relay with types and counts, most claims first', async () => {
    const { sources } = SourcesResponse.parse((await get('/sources')).json());
    expect(sources.length).toBeGreaterThan(0);
    const claims = sources.map((s) => s.claims);
    expect(claims).toEqual([...claims].sort((a, b) => b - a));
    for (const s of sources) expect(s.types.length).toBeGreaterThan(0);
  });

  it('/articles/:id: the text and the claims document as stored', async () => {
    const f = fixtures()[0]!;
    const res = await get(`/articles/${f.article.id}`);
    expect(res.statusCode).toBe(200);
    const body = ArticleResponse.parse(res.json());
    expect(body.article.text).toBe(f.article.text);
    expect(JSON.parse(JSON.stringify(res.json().doc))).toEqual(JSON.parse(JSON.stringify(f.doc)));
    expectError(await get('/articles/nope'), 404, 'E_NOT_FOUND');
  });
});

describe('POST /articles', () => {
  it('text/plain with metadata in the query: 201 and the claims document, then 200 known', async () => {
    const url = '/articles?published=2025-02-03&outlet=Borderland%20Courier&title=Toll';
    const res = await post(url, 'text/plain; charset=utf-8', NK_TEXT);
    expect(res.statusCode).toBe(201);
    const doc = ClaimsDocSchema.parse(res.json());
    expect(doc.article).toMatchObject({ published: '2025-02-03', outlet: 'Borderland Courier', title: 'Toll', url: null });
    expect(doc.claims.length).toBeGreaterThan(0);
    expect(res.headers['crosscheck-article-status']).toBe('new');
    expect(res.headers['location']).toBe(`/articles/${doc.article.id}`);
    const stored = (await get(res.headers['location'] as string)).json();
    expect(stored.article.text).toBe(NK_TEXT);
    const again = await post(url, 'text/plain', NK_TEXT);
    expect(again.statusCode).toBe(200);
    expect(again.headers['crosscheck-article-status']).toBe('known');
    expect(again.json().claims).toEqual(res.json().claims);
  });

  it('application/json carries its own metadata', async () => {
    const body = { text: NK_TEXT.replace('1,000', '1,200'), published: '2025-02-04', outlet: 'Harbour Ledger', url: 'https://example.org/nk-2' };
    const res = await post('/articles', 'application/json', JSON.stringify(body));
    expect(res.statusCode).toBe(201);
    expect(ClaimsDocSchema.parse(res.json()).article).toMatchObject({ published: '2025-02-04', outlet: 'Harbour Ledger', url: 'https://example.org/nk-2' });
  });

  it('text/html: the main text, date and title come from the page', async () => {
    const html = readFileSync(new URL('../fixtures/ingest/border-strike.html', import.meta.url), 'utf8');
    const res = await post('/articles?outlet=Fallback', 'text/html', html);
    expect(res.statusCode).toBe(201);
    const doc = ClaimsDocSchema.parse(res.json());
    expect(doc.article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.article.title).toEqual(expect.any(String));
    const stored = (await get(`/articles/${doc.article.id}`)).json();
    expect(stored.article.text).not.toMatch(/<[a-z]/i);
    // A page that is not an article is the same coded error as for `crosscheck ingest`.
    const wall = readFileSync(new URL('../fixtures/ingest/login-wall.html', import.meta.url), 'utf8');
    expectError(await post('/articles?published=2025-01-01', 'text/html', wall), 422, 'E_HTML_NO_ARTICLE');
  });

  it('application/x-ndjson: a summary and a result per line; bad lines fail alone', async () => {
    const lines = [
      JSON.stringify({ text: 'Officials said 14 people were killed in the shelling of Sosnovy Brod on Tuesday.', published: '2025-03-04', outlet: 'Wire' }),
      '{"text": "not closed',
      JSON.stringify({ text: 'Rescuers said 3 people were wounded.', published: '2025-02-30' }),
      '',
      JSON.stringify({ text: 'Rescuers said 3 people were wounded.' }),
      JSON.stringify(fixtures()[0]!.article),
    ];
    const res = await post('/articles', 'application/x-ndjson', lines.join('\n'));
    expect(res.statusCode).toBe(200);
    const body = BatchResponse.parse(res.json());
    expect(body.summary).toMatchObject({ lines: 5, new: 1, known: 1, failed: 3 });
    expect(body.results.map((r) => [r.line, r.status, 'code' in r ? r.code : null])).toEqual([
      [1, 'new', null], [2, 'failed', 'E_JSONL_LINE'], [3, 'failed', 'E_PUBLISHED_INVALID'], [5, 'failed', 'E_PUBLISHED_MISSING'], [6, 'known', null],
    ]);
    expect(res.body).not.toMatch(/\sat .+:\d+:\d+/);
  });

  it('a write shows at once in /groups, /conflicts and /sources (the cache is dropped)', async () => {
    const before = GroupsResponse.parse((await get('/groups?about=zzyzx')).json()).total;
    expect(before).toBe(0);
    const text = 'The Zzyzx Monitoring Group said 41 civilians were killed in Zzyzx village in the Kursk region on Monday. '
      + 'The regional governor put the number of civilians killed at 90.';
    expect((await post('/articles?published=2025-04-01&outlet=Zzyzx%20Post', 'text/plain', text)).statusCode).toBe(201);
    expect(GroupsResponse.parse((await get('/groups?about=zzyzx')).json()).total).toBeGreaterThan(0);
    const { sources } = SourcesResponse.parse((await get('/sources')).json());
    expect(sources.some((s) => /zzyzx/i.test(s.name))).toBe(true);
  });

  it('a pipeline that throws is a coded 500 naming the request, never a stack', async () => {
    const broken = await harness({ empty: true, pipeline: () => { throw new Error('boom at /src/x.ts:1:2'); } });
    try {
      const res = await broken.app.inject({ method: 'POST', url: '/articles?published=2025-01-01', headers: { ...AUTH, 'content-type': 'text/plain' }, payload: NK_TEXT });
      expect(res.statusCode).toBe(500);
      expect(res.json().code).toBe('E_ANALYSIS_FAILED');
      expect(res.json().message).toContain(res.headers['x-request-id']);
      expect(res.body).not.toMatch(LEAK);
    } finally {
      await broken.close();
    }
  });
});
