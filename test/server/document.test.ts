// /openapi.json is a whole OpenAPI 3 document listing every route; every response carries the
// security headers; the built page is served with the strict CSP (and @fastify/static works on Node 20).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTH, expectError, harness, NK_TEXT, type Harness } from './harness.js';

const web = mkdtempSync(join(tmpdir(), 'crosscheck-web-'));
writeFileSync(join(web, 'index.html'), '<!doctype html><title>crosscheck</title><div id="root"></div><script type="module" src="/assets/app.js"></script>\n');
writeFileSync(join(web, 'app.js'), 'console.log("page");\n');

let h: Harness;
beforeAll(async () => { h = await harness({ webRoot: web }); });
afterAll(async () => { await h.close(); rmSync(web, { recursive: true, force: true }); });

const ROUTES = [
  'post /articles', 'get /articles/{id}', 'get /claims', 'get /groups', 'get /groups/{id}', 'get /conflicts', 'get /sources', 'get /health', 'get /openapi.json',
];

describe('/openapi.json', () => {
  it('is an OpenAPI 3 document listing every route, each with responses and its parameters', async () => {
    const res = await h.app.inject('/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: 'crosscheck', version: expect.any(String) });
    const ops = Object.entries(doc.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m} ${path}`));
    expect(ops.sort()).toEqual([...ROUTES].sort());
    for (const [path, methods] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
      for (const [method, op] of Object.entries(methods)) {
        expect(Object.keys(op.responses ?? {}).some((s) => s.startsWith('2')), `${method} ${path}`).toBe(true);
        expect(op.summary, `${method} ${path}`).toEqual(expect.any(String));
        // Every {param} in the path is declared as a required path parameter.
        for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
          expect(op.parameters, `${method} ${path}`).toContainEqual(expect.objectContaining({ name, in: 'path', required: true }));
        }
      }
    }
    // Every $ref points at a component that exists.
    for (const [, ref] of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)) {
      expect(doc.components?.schemas?.[ref!], ref).toBeDefined();
    }
    const post = doc.paths['/articles'].post;
    expect(Object.keys(post.requestBody.content).sort()).toEqual(['application/json', 'application/x-ndjson', 'text/html', 'text/plain']);
    expect(post.security).toEqual([{ bearer: [] }]);
    expect(doc.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' });
    const claims = doc.paths['/claims'].get;
    expect(claims.parameters.find((p: { name: string }) => p.name === 'measure').schema.enum).toContain('killed');
    expect(claims.responses['400']).toBeDefined();
  });
});

describe('security headers', () => {
  const CHECKS: [string, RegExp][] = [
    ['content-security-policy', /script-src 'self'(;|$)/],
    ['content-security-policy', /object-src 'none'/],
    ['content-security-policy', /frame-ancestors 'none'/],
    ['content-security-policy', /default-src 'self'/],
    ['x-content-type-options', /^nosniff$/],
    ['x-frame-options', /^DENY$/],
    ['referrer-policy', /^no-referrer$/],
    ['cross-origin-opener-policy', /^same-origin$/],
  ];

  it('on every kind of response: JSON, errors, the page and its files', async () => {
    const responses = [
      await h.app.inject('/claims'),
      await h.app.inject('/health'),
      await h.app.inject('/claims?measure=bad'),
      await h.app.inject({ method: 'POST', url: '/articles', payload: 'x', headers: { 'content-type': 'text/plain' } }),
      await h.app.inject('/'),
      await h.app.inject('/app.js'),
    ];
    for (const res of responses) {
      for (const [header, pattern] of CHECKS) expect(String(res.headers[header]), `${res.raw.req.url} ${header}`).toMatch(pattern);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
    // No inline script may run, whatever an article holds.
    const directives = String(responses[0]!.headers['content-security-policy']).split(';');
    expect(directives.filter((d) => d.startsWith('script-src'))).toEqual(["script-src 'self'"]);
  });
});

describe('the web page', () => {
  it('is served from webRoot: /, its files, and deep links asking for HTML', async () => {
    const index = await h.app.inject('/');
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    expect(index.body).toContain('<div id="root">');
    expect((await h.app.inject('/app.js')).body).toContain('console.log');
    const deep = await h.app.inject({ url: '/groups-view/abc', headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<div id="root">');
    // An API client asking for a missing path still gets the coded 404, not the page.
    expectError(await h.app.inject({ url: '/nope', headers: { accept: 'application/json' } }), 404, 'E_ROUTE_NOT_FOUND');
    expectError(await h.app.inject('/../../etc/passwd'), 404, 'E_ROUTE_NOT_FOUND');
    // The API routes win over the page's catch-all.
    expect((await h.app.inject({ url: '/claims', headers: { accept: 'text/html' } })).headers['content-type']).toMatch(/json/);
  });

  it('without a built page, / is a coded 404 and the API works', async () => {
    const bare = await harness({ empty: true, webRoot: join(web, 'missing') });
    try {
      expectError(await bare.app.inject({ url: '/', headers: { accept: 'text/html' } }), 404, 'E_ROUTE_NOT_FOUND');
      expect((await bare.app.inject({ method: 'POST', url: '/articles?published=2025-01-01', headers: { ...AUTH, 'content-type': 'text/plain' }, payload: NK_TEXT })).statusCode).toBe(201);
    } finally {
      await bare.close();
    }
  });

  it('@fastify/static runs on Node 20 although content-disposition@3 declares node >= 22', async () => {
    // content-disposition is ESM, required from CommonJS: Node 20.19+ loads it (require(esm)).
    const app = Fastify();
    await app.register(fastifyStatic, { root: web, serve: false });
    app.get('/download', (_req, reply) => reply.download('app.js', 'page "script".js'));
    const res = await app.inject('/download');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="page \\"script\\".js"/);
    expect(res.body).toContain('console.log');
    await app.close();
  });
});
