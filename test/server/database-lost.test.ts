// A server whose PostgreSQL connection is gone (a relay in front of the test server, cut): every
// route that needs the database answers the same 503, E_STORE_UNREACHABLE with Retry-After: 2,
// whether the loss shows up in a read, in a write's transaction or in /health, and no answer
// names the database's host, port or user (the CLI does; test/store/postgres.test.ts).
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import type { Article } from '../../src/types.js';
import { PG_SERVER, testSchemas } from '../helpers/pg-schemas.js';
import { tcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { AUTH, expectError, harness, NK_TEXT, type Harness } from './harness.js';

const schemas = testSchemas('crosscheck_lost');
const target = new URL(PG_SERVER);

interface LostServer {
  readonly h: Harness;
  readonly proxy: TcpProxy;
  /** The n-th analysis from now cuts the database when it is done: the loss meets the write's
   *  transaction, after every lookup of the request. */
  cutAfterAnalyses(n: number): void;
}

async function lostServer(): Promise<LostServer> {
  const { location } = await schemas.create();
  const proxy = await tcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  let analysesLeft = 0;
  const pipeline = async (article: Article) => {
    const doc = await analyse(article);
    if (analysesLeft > 0 && --analysesLeft === 0) await proxy.cut();
    return doc;
  };
  const h = await harness({ location: proxy.via(location), pipeline, empty: true });
  return { h, proxy, cutAfterAnalyses: (n) => { analysesLeft = n; } };
}

/** The one answer for a database that is not answering, naming nothing of it. */
function expectLost(res: LightMyRequestResponse, proxy: TcpProxy): void {
  expectError(res, 503, 'E_STORE_UNREACHABLE', /try again shortly/);
  expect(res.headers['retry-after']).toBe('2');
  for (const secret of ['127.0.0.1', String(proxy.port), target.hostname, `:${target.port || 5432}`, target.username, 'postgres://']) {
    expect(res.body).not.toContain(secret);
  }
}

const post = (h: Harness, payload: string, type: string, query = '') =>
  h.app.inject({ method: 'POST', url: `/articles${query}`, headers: { ...AUTH, 'content-type': type }, payload });

describe('a server whose database is gone', () => {
  it('answers a write lost in its transaction and every read after it with the same code', async () => {
    const { h, proxy, cutAfterAnalyses } = await lostServer();
    try {
      expect((await h.app.inject('/health')).statusCode).toBe(200);
      cutAfterAnalyses(1);
      expectLost(await post(h, NK_TEXT, 'text/plain', '?published=2025-02-01'), proxy);
      for (const url of ['/health', '/claims', '/groups', '/conflicts', '/sources', '/articles/x']) {
        expectLost(await h.app.inject(url), proxy);
      }
      // A write that meets the loss before its analysis (looking the text up) says the same.
      expectLost(await post(h, JSON.stringify({ text: NK_TEXT, published: '2025-02-01' }), 'application/json'), proxy);
      expectLost(await post(h, `${JSON.stringify({ text: NK_TEXT, published: '2025-02-01' })}\n`, 'application/x-ndjson'), proxy);
    } finally {
      await h.close();
    }
  });

  it('answers a JSONL batch lost in its transaction with the same code', async () => {
    const { h, proxy, cutAfterAnalyses } = await lostServer();
    try {
      const lines = ['2025-02-01', '2025-02-02'].map((published) => JSON.stringify({ text: `${NK_TEXT}(${published})`, published }));
      cutAfterAnalyses(lines.length);
      expectLost(await post(h, lines.join('\n'), 'application/x-ndjson'), proxy);
    } finally {
      await h.close();
    }
  });
});
