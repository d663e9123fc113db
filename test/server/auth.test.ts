// Who may call what: every write route (taken from /openapi.json, so a new one cannot slip by)
// with no, a malformed, a wrong and the right token; a server with no token; a private server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH, expectError, harness, NK_TEXT, TOKEN, type Harness } from './harness.js';

let h: Harness;
let writes: { method: string; url: string }[];
let reads: string[];
beforeAll(async () => {
  h = await harness();
  const doc = (await h.app.inject('/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
  writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).filter((m) => ['post', 'put', 'patch', 'delete'].includes(m)).map((m) => ({ method: m.toUpperCase(), url: path })));
  reads = Object.entries(doc.paths).filter(([, ops]) => 'get' in ops).map(([path]) => path);
});
afterAll(async () => { await h.close(); });

/** A request each write route accepts when the token is right. */
function validWrite(route: { method: string; url: string }, n: number) {
  if (route.url !== '/articles') throw new Error(`no valid request known for ${route.method} ${route.url}: add one here`);
  return { url: '/articles?published=2025-01-14&outlet=Auth', headers: { 'content-type': 'text/plain' }, payload: `${NK_TEXT}Update ${n}.` };
}
const concrete = (path: string) => path.replace('{id}', 'nk-casualties');

describe('writes', () => {
  it('the OpenAPI document lists the write routes this suite checks', () => {
    expect(writes).toEqual([{ method: 'POST', url: '/articles' }]);
  });

  it('no token: 401 E_AUTH_MISSING; not a bearer header: 401; wrong: 403; right: accepted', async () => {
    let n = 0;
    for (const route of writes) {
      const req = validWrite(route, n++);
      const send = (headers: Record<string, string>) => h.app.inject({ method: route.method as 'POST', url: req.url, headers: { ...req.headers, ...headers }, payload: req.payload });
      expectError(await send({}), 401, 'E_AUTH_MISSING', /Authorization: Bearer/);
      expectError(await send({ authorization: `Basic ${Buffer.from(`u:${TOKEN}`).toString('base64')}` }), 401, 'E_AUTH_MISSING', /not "Bearer <token>"/);
      expectError(await send({ authorization: 'Bearer ' }), 401, 'E_AUTH_MISSING');
      expectError(await send({ authorization: 'Bearer wrong-token-0123456789' }), 403, 'E_AUTH_WRONG');
      expectError(await send({ authorization: `Bearer ${TOKEN}x` }), 403, 'E_AUTH_WRONG');
      expectError(await send({ authorization: `Bearer ${TOKEN.slice(0, -1)}` }), 403, 'E_AUTH_WRONG');
      const ok = await send(AUTH);
      expect(ok.statusCode, ok.body).toBeLessThan(300);
      // The scheme is case-insensitive (RFC 7235); the token is not.
      expect((await send({ authorization: `bearer ${TOKEN}` })).statusCode).toBeLessThan(300);
      expectError(await send({ authorization: `Bearer ${TOKEN.toUpperCase()}` }), 403, 'E_AUTH_WRONG');
    }
  });

  it('a refused write stores nothing, and is refused before its body is read', async () => {
    const before = await h.store.counts();
    const res = await h.app.inject({
      method: 'POST', url: '/articles?published=2025-01-14', headers: { 'content-type': 'text/plain', authorization: 'Bearer nope-nope-nope-nope' },
      payload: 'x'.repeat(3 * 1024 * 1024),
    });
    // 403, not 413: the body of a caller without the token is never parsed.
    expectError(res, 403, 'E_AUTH_WRONG');
    expect(await h.store.counts()).toEqual(before);
  });

  it('a server started with no token refuses every write, whatever the header says', async () => {
    const open = await harness({ token: null });
    try {
      for (const route of writes) {
        for (const headers of [{}, AUTH, { authorization: 'Bearer anything-at-all-here' }]) {
          const req = validWrite(route, 0);
          const res = await open.app.inject({ method: route.method as 'POST', url: req.url, headers: { ...req.headers, ...headers }, payload: req.payload });
          expectError(res, 401, 'E_WRITES_DISABLED', /CROSSCHECK_TOKEN/);
        }
      }
      // Reads stay open.
      expect((await open.app.inject('/claims')).statusCode).toBe(200);
    } finally {
      await open.close();
    }
  });
});

describe('reads', () => {
  it('are open by default', async () => {
    for (const path of reads) {
      const res = await h.app.inject(concrete(path));
      expect([200, 404], `${path}: ${res.body.slice(0, 200)}`).toContain(res.statusCode);
    }
  });

  it('need the token on a private server; /health says only that it is up', async () => {
    const priv = await harness({ private: true });
    try {
      const open = new Set(['/health', '/openapi.json']);
      for (const path of reads.filter((p) => !open.has(p))) {
        expectError(await priv.app.inject(concrete(path)), 401, 'E_AUTH_MISSING');
        expectError(await priv.app.inject({ url: concrete(path), headers: { authorization: 'Bearer wrong-token-0123456789' } }), 403, 'E_AUTH_WRONG');
        // Past the gate: 200, or 404 for the made-up group id.
        expect([200, 404]).toContain((await priv.app.inject({ url: concrete(path), headers: AUTH })).statusCode);
      }
      expect((await priv.app.inject('/health')).json()).toEqual({ ok: true });
      expect((await priv.app.inject({ url: '/health', headers: AUTH })).json()).toMatchObject({ ok: true, articles: expect.any(Number) });
    } finally {
      await priv.close();
    }
  });
});
