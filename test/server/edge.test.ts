// What a client can get wrong: validation errors are 4xx with a code and a message, bodies are
// size-limited, a bug or a store that is down is a coded 5xx; no response ever holds a stack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimStore } from '../../src/store/claim-store.js';
import { postgresEngine } from '../../src/store/dialect/postgres.js';
import { AUTH, expectError, harness, NK_TEXT, type Harness } from './harness.js';
import { CrosscheckError } from '../../src/errors.js';
import { HTTP_STATUS } from '../../src/server/errors.js';

let h: Harness;
beforeAll(async () => { h = await harness(); });
afterAll(async () => { await h.close(); });

/** A driver's error as the PostgreSQL store describes it for the CLI: naming the server. */
const described = (err: Error): Error => postgresEngine('postgres://crosscheck:secret@10.1.2.3:5432/news').describeError(err)!;

const postText = (app: Harness['app'], query: string, payload: string | Buffer, type = 'text/plain') =>
  app.inject({ method: 'POST', url: `/articles${query}`, headers: { ...AUTH, 'content-type': type }, payload });

describe('validation at the edge', () => {
  it('a publication date that is missing, malformed or not a real day', async () => {
    expectError(await postText(h.app, '', NK_TEXT), 400, 'E_PUBLISHED_MISSING', /published query parameter is required/);
    expectError(await postText(h.app, '?published=2025-02-30', NK_TEXT), 400, 'E_PUBLISHED_INVALID', /2025-02 has 28 days/);
    expectError(await postText(h.app, '?published=14%2F01%2F2025', NK_TEXT), 400, 'E_PUBLISHED_INVALID', /YYYY-MM-DD/);
    const json = (body: unknown) => postText(h.app, '', JSON.stringify(body), 'application/json');
    expectError(await json({ text: NK_TEXT, published: '2025-13-01' }), 400, 'E_PUBLISHED_INVALID', /no month 13/);
    expectError(await json({ text: NK_TEXT }), 400, 'E_REQUEST_INVALID', /published/);
    expectError(await json({ published: '2025-01-01' }), 400, 'E_REQUEST_INVALID', /text/);
    expectError(await json([1, 2]), 400, 'E_REQUEST_INVALID');
  });

  it('bodies that are not text: invalid UTF-8, NUL bytes, nothing at all, broken JSON', async () => {
    expectError(await postText(h.app, '?published=2025-01-01', Buffer.from([0x41, 0xff, 0x42])), 400, 'E_UTF8_INVALID', /0xff/);
    expectError(await postText(h.app, '?published=2025-01-01', Buffer.from('a\u0000b')), 400, 'E_FILE_BINARY');
    expectError(await postText(h.app, '?published=2025-01-01', '   \n'), 400, 'E_FILE_EMPTY');
    expectError(await postText(h.app, '', '{"text": ', 'application/json'), 400, 'E_BODY_INVALID');
    expectError(await postText(h.app, '', '{"__proto__": {"x": 1}, "text": "a", "published": "2025-01-01"}', 'application/json'), 400, 'E_BODY_INVALID');
    expectError(await postText(h.app, '', '\n\n', 'application/x-ndjson'), 400, 'E_FILE_EMPTY');
  });

  it('a content type the route does not take: 415', async () => {
    expectError(await postText(h.app, '?published=2025-01-01', NK_TEXT, 'application/pdf'), 415, 'E_MEDIA_TYPE', /application\/pdf/);
  });

  it('query parameters: an unknown measure, a bad place, date, limit or cursor, an unknown parameter', async () => {
    const get = (url: string) => h.app.inject(url);
    expectError(await get('/claims?measure=deaths'), 400, 'E_REQUEST_INVALID', /measure must be one of killed, wounded/);
    expectError(await get('/groups?measure=deaths'), 400, 'E_REQUEST_INVALID', /measure/);
    expectError(await get('/claims?place=Russia'), 400, 'E_REQUEST_INVALID', /country code like RU/);
    expectError(await get('/claims?from=2025-02-30'), 400, 'E_REQUEST_INVALID', /from must be a real day/);
    expectError(await get('/claims?limit=0'), 400, 'E_REQUEST_INVALID', /limit/);
    expectError(await get('/claims?limit=1001'), 400, 'E_REQUEST_INVALID', /limit/);
    expectError(await get('/claims?limit=ten'), 400, 'E_REQUEST_INVALID', /limit/);
    expectError(await get('/conflicts?limit=-1'), 400, 'E_REQUEST_INVALID', /limit/);
    expectError(await get('/claims?cursor=not-a-cursor'), 400, 'E_CURSOR_INVALID', /nextCursor/);
    expectError(await get(`/claims?cursor=${Buffer.from('["x"]').toString('base64url')}`), 400, 'E_CURSOR_INVALID');
    expectError(await get('/claims?measure=killed&measure=wounded'), 400, 'E_REQUEST_INVALID', /measure/);
    expectError(await get('/claims?mesure=killed'), 400, 'E_REQUEST_INVALID', /mesure/);
    expectError(await get('/nowhere'), 404, 'E_ROUTE_NOT_FOUND', /GET \/nowhere/);
  });
});

describe('body size', () => {
  it('the default limit is 2 MB: one byte more is 413, and nothing is stored', async () => {
    const before = await h.store.counts();
    const big = `${NK_TEXT}${'x'.repeat(2 * 1024 * 1024)}`;
    expectError(await postText(h.app, '?published=2025-01-01', big), 413, 'E_BODY_TOO_LARGE', /2097152 bytes/);
    expectError(await postText(h.app, '', JSON.stringify({ text: big, published: '2025-01-01' }), 'application/json'), 413, 'E_BODY_TOO_LARGE');
    expect(await h.store.counts()).toEqual(before);
  });

  it('bodyLimit sets it, for every content type', async () => {
    const small = await harness({ empty: true, bodyLimit: 4096 });
    try {
      const text = 'y'.repeat(5000);
      for (const type of ['text/plain', 'text/html', 'application/json', 'application/x-ndjson']) {
        expectError(await postText(small.app, '?published=2025-01-01', text, type), 413, 'E_BODY_TOO_LARGE', /4096/);
      }
      expect((await postText(small.app, '?published=2025-01-01', NK_TEXT)).statusCode).toBe(201);
    } finally {
      await small.close();
    }
  });
});

describe('server-side failures', () => {
  it('a bug is a 500 with the request id, logged, never a stack', async () => {
    const store = await (await import('../../src/store/open-store.js')).openStore(':memory:');
    const buggy: ClaimStore = Object.assign(Object.create(store) as ClaimStore, {
      queryClaims: () => { throw new TypeError("Cannot read properties of undefined (reading 'x') at /src/store/kysely-store.ts:1:1"); },
    });
    const b = await harness({ store: buggy, empty: true });
    try {
      const res = await b.app.inject('/claims');
      expectError(res, 500, 'E_INTERNAL', /internal error/);
      expect(res.json().message).toContain(res.headers['x-request-id']);
    } finally {
      await b.close();
      await store.close();
    }
  });

  it('a store that stops answering: /health is 503 with a code, and reads fail cleanly', async () => {
    const gone = await harness({ empty: true });
    try {
      expect((await gone.app.inject('/health')).statusCode).toBe(200);
      await gone.store.close();
      expectError(await gone.app.inject('/health'), 503, 'E_STORE_UNREACHABLE', /try again shortly/);
      for (const url of ['/claims', '/groups', '/sources', '/articles/x']) {
        const res = await gone.app.inject(url);
        expectError(res, 503, 'E_STORE_UNREACHABLE', /cannot reach the database right now; try again shortly/);
        expect(res.headers['retry-after']).toBe('2');
      }
    } finally {
      await gone.close();
    }
  });

  it('/health on a database that refuses connections names no host or port', async () => {
    const refused = await harness({ empty: true });
    try {
      const down = Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:5432'), { code: 'ECONNREFUSED' });
      const odd = new Error('password authentication failed for user "crosscheck" at db.internal:5432');
      for (const [err, code] of [[down, 'E_STORE_UNREACHABLE'], [described(down), 'E_STORE_UNREACHABLE'], [odd, 'E_STORE_FAILED']] as const) {
        refused.store.counts = async () => { throw err; };
        const res = await refused.app.inject('/health');
        expectError(res, 503, code);
        expect(res.body).not.toMatch(/10\.1\.2\.3|5432|db\.internal|password|crosscheck@/);
      }
    } finally {
      await refused.close();
    }
  });

  it('a store failure keeps its code but names no file, address or user', async () => {
    const failing = await harness({ empty: true });
    try {
      const cases = [
        new CrosscheckError('E_STORE_FAILED', '/srv/secret/crosscheck.db is corrupt (database disk image is malformed)'),
        new CrosscheckError('E_STORE_FAILED', 'postgres://crosscheck:***@db.internal:5432/news: sorry, too many clients already'),
        new CrosscheckError('E_STORE_OPEN', 'postgres://crosscheck:***@db.internal:5432/news: password authentication failed'),
      ];
      for (const err of cases) {
        failing.store.queryClaims = async () => { throw err; };
        const res = await failing.app.inject('/claims');
        expectError(res, HTTP_STATUS[err.code], err.code, /see request .+ in the server log/);
        expect(res.body).not.toMatch(/secret|crosscheck\.db|db\.internal|5432|postgres:|crosscheck:/);
      }
    } finally {
      await failing.close();
    }
  });

  it('a JSONL line the store refuses names no host or port either', async () => {
    const store = await (await import('../../src/store/open-store.js')).openStore(':memory:');
    const down = Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:5432'), { code: 'ECONNREFUSED' });
    const odd = new Error('value too long for type character varying(64) at db.internal:5432');
    const refusing: ClaimStore = Object.assign(Object.create(store) as ClaimStore, {
      putArticles: async (items: readonly { article: { id: string } }[]) => items.map(({ article }, i) =>
        ({ status: 'failed' as const, articleId: article.id, error: [described(down), down, odd][i]! })),
    });
    const b = await harness({ store: refusing, empty: true });
    try {
      const lines = [1, 2, 3].map((n) => JSON.stringify({ text: `${NK_TEXT}(${n})`, published: '2025-01-01' }));
      const res = await postText(b.app, '', lines.join('\n'), 'application/x-ndjson');
      expect(res.statusCode).toBe(200);
      expect(res.body).not.toMatch(/10\.1\.2\.3|5432|db\.internal|crosscheck@|varying/);
      expect(res.json().results).toMatchObject([
        { line: 1, status: 'failed', code: 'E_STORE_UNREACHABLE', message: expect.stringMatching(/try again shortly/) },
        { line: 2, status: 'failed', code: 'E_STORE_UNREACHABLE', message: expect.stringMatching(/try again shortly/) },
        { line: 3, status: 'failed', code: 'E_STORE_FAILED', message: expect.stringContaining(String(res.headers['x-request-id'])) },
      ]);
    } finally {
      await b.close();
      await store.close();
    }
  });
});
