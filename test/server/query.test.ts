// Reading through query parameters: pages cover every row exactly once, and hostile strings in
// every parameter are data, never SQL: no 5xx, nothing changed, echoed back verbatim where data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimsPage } from '../../src/server/schemas.js';
import { AUTH, harness, LEAK, NK_TEXT, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => { h = await harness(); });
afterAll(async () => { await h.close(); });

async function walk(query: string, limit: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const url: string = `/claims?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const res = await h.app.inject(url);
    expect(res.statusCode, res.body).toBe(200);
    const page = ClaimsPage.parse(res.json());
    expect(page.claims.length).toBeLessThanOrEqual(limit);
    ids.push(...page.claims.map((c) => c.id));
    cursor = page.nextCursor;
    pages++;
  } while (cursor !== null && pages < 1000);
  return { ids, pages };
}

describe('pagination', () => {
  it('following nextCursor visits every claim exactly once, newest first', async () => {
    const { claims } = await h.store.counts();
    for (const limit of [1, 7, 50]) {
      const { ids, pages } = await walk('', limit);
      expect(ids).toHaveLength(claims);
      expect(new Set(ids).size).toBe(claims);
      expect(pages).toBe(Math.max(1, Math.ceil(claims / limit)));
    }
    const all = ClaimsPage.parse((await h.app.inject('/claims?limit=1000')).json()).claims;
    expect((await walk('', 7)).ids).toEqual(all.map((c) => c.id));
    const dates = all.map((c) => c.published);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('with a filter, the pages hold exactly the filtered claims', async () => {
    const killed = ClaimsPage.parse((await h.app.inject('/claims?measure=killed&limit=1000')).json()).claims.map((c) => c.id);
    expect((await walk('measure=killed', 2)).ids).toEqual(killed);
  });
});

const HOSTILE = [
  "' OR 1=1 --",
  '"; DROP TABLE claims; --',
  "killed' UNION SELECT * FROM articles --",
  '%',
  '_',
  '!',
  '\\',
  '"',
  'NEAR(a b)',
  'a OR b AND NOT c*',
  '${7*7}',
  '<script>alert(1)</script>',
  '\u0000',
  '\u202e\u200b',
  '😀'.repeat(10),
];

/** Every query parameter of every GET route, from the OpenAPI document. */
async function parameters(): Promise<{ path: string; name: string; in: string }[]> {
  const doc = (await h.app.inject('/openapi.json')).json() as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) => (ops['get']?.parameters ?? []).map((p) => ({ path, name: p.name, in: p.in })));
}

describe('injection attempts are data', () => {
  it('through every query and path parameter: no 5xx, no stack, nothing changed', async () => {
    const before = await h.store.counts();
    const params = await parameters();
    expect(params.filter((p) => p.in === 'query').map((p) => `${p.path}?${p.name}`)).toEqual(expect.arrayContaining([
      '/claims?measure', '/claims?source', '/claims?place', '/claims?from', '/claims?to', '/claims?q', '/claims?cursor', '/claims?limit',
      '/groups?measure', '/groups?about', '/conflicts?limit',
    ]));
    for (const p of params) {
      for (const value of HOSTILE) {
        const url = p.in === 'path'
          ? p.path.replace(`{${p.name}}`, encodeURIComponent(value))
          : `${p.path}?${p.name}=${encodeURIComponent(value)}`;
        const res = await h.app.inject(url);
        expect([200, 400, 404], `${url}: ${res.body.slice(0, 300)}`).toContain(res.statusCode);
        expect(res.body).not.toMatch(LEAK);
        if (res.statusCode !== 200) expect(res.json().code).toMatch(/^E_/);
      }
    }
    expect(await h.store.counts()).toEqual(before);
    // The tables are all still there and whole.
    expect((await h.store.queryClaims({ limit: 1000 })).claims).toHaveLength(before.claims);
  });

  it('free-text parameters match nothing rather than everything', async () => {
    for (const value of HOSTILE) {
      for (const name of ['source', 'q']) {
        const res = await h.app.inject(`/claims?${name}=${encodeURIComponent(value)}`);
        expect(res.statusCode, `${name}=${value}: ${res.body}`).toBe(200);
        const { claims } = ClaimsPage.parse(res.json());
        // "' OR 1=1 --" as SQL would return every claim; as data it matches none.
        if (/OR 1=1|DROP|UNION/.test(value)) expect(claims).toEqual([]);
      }
      const groups = await h.app.inject(`/groups?about=${encodeURIComponent(value)}`);
      expect(groups.statusCode).toBe(200);
    }
  });

  it('hostile metadata is stored and returned verbatim, and is findable as text', async () => {
    const outlet = "Bobby'); DROP TABLE articles; --";
    const title = '<img src=x onerror=alert(1)> " OR ""="';
    const url = "https://example.org/?q=' OR 1=1 --";
    const res = await h.app.inject({
      method: 'POST',
      url: `/articles?published=2025-05-01&outlet=${encodeURIComponent(outlet)}&title=${encodeURIComponent(title)}&url=${encodeURIComponent(url)}`,
      headers: { ...AUTH, 'content-type': 'text/plain' },
      payload: `${NK_TEXT}<script>alert("x")</script> '; DELETE FROM claims; --`,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().article).toMatchObject({ outlet, title, url });
    const stored = (await h.app.inject(res.headers['location'] as string)).json();
    expect(stored.article).toMatchObject({ outlet, title, url });
    expect(stored.article.text).toContain(`<script>alert("x")</script> '; DELETE FROM claims; --`);
    const claims = ClaimsPage.parse((await h.app.inject(`/claims?q=${encodeURIComponent('DELETE FROM claims')}&limit=1000`)).json()).claims;
    expect(claims.every((c) => c.outlet === outlet)).toBe(true);
  });
});
