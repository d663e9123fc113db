// The API over PostgreSQL (a schema of its own, dropped afterwards): a smoke test that writes,
// pages, cross-checks and reports health on the team engine as on SQLite.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimsDocSchema, ClaimsPage, GroupDetail, GroupsResponse, SourcesResponse } from '../../src/server/schemas.js';
import { AUTH, expectError, harness, NK_TEXT, type Harness } from './harness.js';

const SERVER = process.env['CROSSCHECK_TEST_PG'] ?? 'postgres://root@127.0.0.1:5432/test';
const schema = `crosscheck_server_${randomBytes(4).toString('hex')}`;
let admin: pg.Client;
let h: Harness;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: SERVER });
  await admin.connect().catch((err: unknown) => {
    throw new Error(`PostgreSQL is not reachable at ${SERVER} (${String(err)}): start it with .ci/run`);
  });
  await admin.query(`create schema ${schema}`);
  const url = new URL(SERVER);
  url.searchParams.set('options', `-c search_path=${schema}`);
  h = await harness({ location: url.toString() });
});
afterAll(async () => {
  await h?.close();
  await admin.query(`drop schema if exists ${schema} cascade`);
  await admin.end();
});

describe('the API on PostgreSQL', () => {
  it('writes, reads back, pages, cross-checks and reports health', async () => {
    const res = await h.app.inject({ method: 'POST', url: "/articles?published=2025-02-01&outlet=O'Brien%20Daily", headers: { ...AUTH, 'content-type': 'text/plain' }, payload: NK_TEXT });
    expect(res.statusCode).toBe(201);
    const doc = ClaimsDocSchema.parse(res.json());
    expect(doc.article.outlet).toBe("O'Brien Daily");
    expect((await h.app.inject(`/articles/${doc.article.id}`)).json().article.text).toBe(NK_TEXT);

    const { claims } = await h.store.counts();
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = ClaimsPage.parse((await h.app.inject(`/claims?limit=4${cursor ? `&cursor=${cursor}` : ''}`)).json());
      ids.push(...page.claims.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(ids).size).toBe(claims);
    expect(ids).toHaveLength(claims);

    const source = ClaimsPage.parse((await h.app.inject(`/claims?source=${encodeURIComponent("' OR 1=1 --")}`)).json());
    expect(source.claims).toEqual([]);
    const { groups } = GroupsResponse.parse((await h.app.inject('/groups?about=north%20korea')).json());
    expect(groups.length).toBeGreaterThan(0);
    GroupDetail.parse((await h.app.inject(`/groups/${groups[0]!.id}`)).json());
    expect(SourcesResponse.parse((await h.app.inject('/sources')).json()).sources.length).toBeGreaterThan(0);
    expect((await h.app.inject('/health')).json()).toMatchObject({ ok: true, claims });
    expectError(await h.app.inject('/claims?cursor=bogus'), 400, 'E_CURSOR_INVALID');
  });
});
