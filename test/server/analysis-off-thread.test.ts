// POST /articles analyses on worker threads under the per-article time limit: while a long
// analysis runs, reads are answered at once; past CROSSCHECK_ARTICLE_TIMEOUT_MS the article is
// refused with a coded 422 and nothing is stored; the next article is analysed as usual.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../cli/run-cli.js';
import { AUTH, LEAK, NK_TEXT } from './harness.js';
import { killServers, startServe, type ServeProcess } from './serve-process.js';

const LIMIT_MS = 1500;
// ≈1.5 MB of figures: several seconds of analysis on any machine, far past the limit, and under
// the 2 MB body limit. On the main thread it would hold every read for all those seconds.
const DENSE = 'At least 12 people were killed on Friday, the governor said. '.repeat(25_000);

let server: ServeProcess;
let url: string;
beforeAll(async () => {
  server = startServe(['--db', join(tempDir(), 'pool.db'), '--jobs', '1'], { CROSSCHECK_ARTICLE_TIMEOUT_MS: String(LIMIT_MS) });
  url = await server.url;
});
afterAll(killServers);

const health = async () => (await (await fetch(`${url}/health`)).json()) as { ok: boolean; articles: number; claims: number };

describe('analysis off the main thread, with a time limit', () => {
  it('answers reads during a long analysis, then refuses the article with E_ANALYSIS_TIMEOUT and stores nothing', async () => {
    const before = await health();
    const started = performance.now();
    const post = fetch(`${url}/articles?published=2025-12-13`, {
      method: 'POST', headers: { ...AUTH, 'content-type': 'text/plain' }, body: DENSE,
    }).then(async (res) => ({ res, body: await res.text(), ms: performance.now() - started }));
    let done = false;
    void post.finally(() => { done = true; });

    // Reads while the analysis runs: each is timed on its own.
    const reads: number[] = [];
    while (!done) {
      const t = performance.now();
      const [h, c] = await Promise.all([fetch(`${url}/health`), fetch(`${url}/claims?limit=5`)]);
      expect([h.status, c.status]).toEqual([200, 200]);
      await Promise.all([h.arrayBuffer(), c.arrayBuffer()]);
      reads.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
    const { res, body, ms } = await post;

    expect(res.status, body).toBe(422);
    expect(body).not.toMatch(LEAK);
    expect(JSON.parse(body)).toEqual({
      statusCode: 422, code: 'E_ANALYSIS_TIMEOUT',
      message: 'analysis took longer than 1.5 s (the limit per article; set CROSSCHECK_ARTICLE_TIMEOUT_MS to change it)',
    });
    // The limit fired: the answer came near it, not after the whole analysis.
    expect(ms).toBeGreaterThanOrEqual(LIMIT_MS);
    expect(ms).toBeLessThan(LIMIT_MS + 6_000);
    // Reads went on during the analysis, each well under the time the analysis held a thread.
    expect(reads.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...reads)).toBeLessThan(1_000);
    expect(await health()).toEqual(before);
    expect(server.out()).toMatch(/"code":"E_ANALYSIS_TIMEOUT"/);
  }, 30_000);

  it('analyses the next article on a fresh thread', async () => {
    const res = await fetch(`${url}/articles?published=2025-01-14`, { method: 'POST', headers: { ...AUTH, 'content-type': 'text/plain' }, body: NK_TEXT });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { claims: unknown[] }).claims.length).toBeGreaterThan(0);
    expect((await health()).articles).toBe(1);
  });

  it('in a JSONL batch the slow line fails with the code and the others are stored', async () => {
    const lines = [
      { text: 'Some 30 soldiers were wounded on Monday, the army said.', published: '2025-12-13' },
      { text: DENSE.slice(0, 1_200_000), published: '2025-12-13' },
      { text: 'At least 4 civilians were killed on Tuesday, officials said.', published: '2025-12-13' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const res = await fetch(`${url}/articles`, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/x-ndjson' }, body: lines });
    expect(res.status).toBe(200);
    const { summary, results } = (await res.json()) as { summary: Record<string, number>; results: { line: number; status: string; code?: string }[] };
    expect(summary).toMatchObject({ lines: 3, new: 2, failed: 1 });
    expect(results.find((r) => r.line === 2)).toMatchObject({ status: 'failed', code: 'E_ANALYSIS_TIMEOUT' });
  }, 30_000);

  it('stops on SIGTERM with the pool shut down (the process exits 0)', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
  });
});
