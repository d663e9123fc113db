// `crosscheck serve` as users run it (the built bin): it prints its URL, logs JSON lines, finishes
// a request in flight on SIGTERM, closes the store and exits 0; bad options are usage errors.
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../cli/run-cli.js';
import { NK_TEXT, TOKEN } from './harness.js';
import { killServers, startServe as start } from './serve-process.js';

afterAll(killServers);

describe('crosscheck serve', () => {
  it('serves, logs one JSON line per request, and stops cleanly on SIGTERM with a request in flight', async () => {
    const db = join(tempDir(), 'serve.db');
    const server = start(['--db', db]);
    const url = await server.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true, articles: 0, claims: 0 });
    // A write whose analysis is under way when the signal arrives: it must still be answered and stored.
    const inFlight = fetch(`${url}/articles?published=2025-01-14`, {
      method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, body: NK_TEXT.repeat(20),
    });
    await new Promise((r) => setTimeout(r, 30));
    server.child.kill('SIGTERM');
    const res = await inFlight;
    expect(res.status).toBe(201);
    expect(await server.exit).toBe(0);
    const lines = server.out().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const requests = lines.filter((l) => l['msg'] === 'request');
    expect(requests).toContainEqual(expect.objectContaining({ method: 'GET', url: '/health', status: 200, ms: expect.any(Number), reqId: expect.any(String) }));
    expect(requests).toContainEqual(expect.objectContaining({ method: 'POST', status: 201 }));
    expect(lines.map((l) => l['msg'])).toEqual(expect.arrayContaining(['listening', 'shutting down', 'stopped']));
    // The token never reaches the log.
    expect(server.out()).not.toContain(TOKEN);
    // The store was closed whole: a reading command sees the article.
    const claims = await runCli(['claims', '--db', db, '--json']);
    expect(claims.code).toBe(0);
    expect(claims.stdout).toContain('North Korean');
  });

  it('on SIGTERM the answer in flight closes its keep-alive connection, so shutdown waits for no client', async () => {
    const server = start(['--db', join(tempDir(), 'pipelined.db')]);
    const { port } = new URL(await server.url);
    const body = NK_TEXT.repeat(40);
    const socket = connect(Number(port), '127.0.0.1');
    let raw = '';
    socket.setEncoding('utf8').on('data', (d: string) => { raw += d; });
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // A keep-alive client with a second request pipelined behind the POST's analysis. The server
    // ends the connection after the POST's answer (Connection: close), which tells the client the
    // GET was not served and may be sent again elsewhere; it is never answered with an uncoded body.
    socket.write(`POST /articles?published=2025-01-14 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKEN}\r\n`
      + `Content-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
      + 'GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    await new Promise((r) => setTimeout(r, 50));
    server.child.kill('SIGTERM');
    await closed;
    expect(await server.exit).toBe(0);
    const statuses = [...raw.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]));
    expect(statuses, raw.slice(0, 300)).toEqual([201]);
    expect(raw).toMatch(/^connection: close\r$/im);
    expect(raw).not.toMatch(/Service Unavailable/);
  });

  it('SIGINT stops it the same way', async () => {
    const server = start(['--db', join(tempDir(), 'int.db')]);
    await server.url;
    server.child.kill('SIGINT');
    expect(await server.exit).toBe(0);
  });

  it('refuses a short token, --private without a token, and bad flags, before opening anything', async () => {
    const dir = tempDir();
    const short = await runCli(['serve', '--db', join(dir, 'a.db')], { env: { CROSSCHECK_TOKEN: 'short' } });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/CROSSCHECK_TOKEN must be at least 16 characters/);
    const priv = await runCli(['serve', '--private', '--db', join(dir, 'b.db')], { env: { CROSSCHECK_TOKEN: '' } });
    expect(priv.code).toBe(2);
    expect(priv.stderr).toMatch(/--private needs CROSSCHECK_TOKEN/);
    expect((await runCli(['serve', '--port', '99999'])).stderr).toMatch(/--port must be/);
    expect((await runCli(['serve', '--body-limit', '10'])).stderr).toMatch(/--body-limit must be/);
    expect((await runCli(['serve', '--jobs', '0'])).stderr).toMatch(/--jobs must be/);
    expect((await runCli(['serve', '--db', join(dir, 'c.db')], { env: { CROSSCHECK_ARTICLE_TIMEOUT_MS: '-1' } })).stderr).toMatch(/CROSSCHECK_ARTICLE_TIMEOUT_MS must be/);
    const help = await runCli(['serve', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/CROSSCHECK_TOKEN/);
  });

  it('with no CROSSCHECK_TOKEN it runs read-only and says so', async () => {
    const server = start(['--db', join(tempDir(), 'ro.db')], { CROSSCHECK_TOKEN: '' });
    const url = await server.url;
    expect(server.err()).toMatch(/read-only: set CROSSCHECK_TOKEN/);
    const res = await fetch(`${url}/articles?published=2025-01-14`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: NK_TEXT });
    expect(res.status).toBe(401);
    expect((await res.json() as { code: string }).code).toBe('E_WRITES_DISABLED');
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
  });
});
