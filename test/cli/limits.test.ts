// The per-article limits through the CLI (src/limits.ts): an article over the size limit fails with
// a clear coded error; one article over the time limit is stopped (exit 1), and in a batch it is
// reported while the rest are written, never killing the batch (exit 1, not 70).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_LINE, tempDir } from './run-cli.js';

describe('per-article limits', () => {
  it('extract: a file over CROSSCHECK_MAX_ARTICLE_BYTES is refused unread, exit 1', async () => {
    const file = join(tempDir(), 'big.txt');
    writeFileSync(file, 'About 12 people were killed. '.repeat(100));
    const r = await runCli(['extract', file, '--published', '2025-12-13'], { env: { CROSSCHECK_MAX_ARTICLE_BYTES: '1000' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/big\.txt: too large for one article: .*the limit is .* per article/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
  it('extract: stdin over the limit too', async () => {
    const r = await runCli(['extract', '-', '--published', '2025-12-13'], { input: 'x'.repeat(5000), env: { CROSSCHECK_MAX_ARTICLE_BYTES: '1000' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/too large for one article/);
  });
  it('extract FILE: an article over CROSSCHECK_ARTICLE_TIMEOUT_MS is stopped with a coded message, exit 1', async () => {
    const file = join(tempDir(), 'dense.txt');
    // ≈1.5 MB of figures: several seconds of analysis, far past a 1.5 s limit.
    writeFileSync(file, 'At least 12 people were killed on Friday, the governor said. '.repeat(25_000));
    const started = performance.now();
    const r = await runCli(['extract', file, '--published', '2025-12-13', '--json'], { env: { CROSSCHECK_ARTICLE_TIMEOUT_MS: '1500' } });
    const ms = performance.now() - started;
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/^crosscheck: .*dense\.txt: analysis took longer than 1\.5 s \(the limit per article; set CROSSCHECK_ARTICLE_TIMEOUT_MS to change it\)\n$/);
    expect(r.stdout).toBe('');
    // Stopped near the limit, not at the end of an analysis that runs on regardless.
    expect(ms).toBeLessThan(12_000);
  }, 30_000);
  it('extract FILE: under the limit the analysis runs as before; a bad limit is a usage error', async () => {
    const file = join(tempDir(), 'small.txt');
    writeFileSync(file, 'At least 12 people were killed on Friday, the governor said.\n');
    const ok = await runCli(['extract', file, '--published', '2025-12-13', '--json'], { env: { CROSSCHECK_ARTICLE_TIMEOUT_MS: '20000' } });
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).claims[0]).toMatchObject({ measure: 'killed', value: { low: 12 } });
    const bad = await runCli(['extract', file, '--published', '2025-12-13'], { env: { CROSSCHECK_ARTICLE_TIMEOUT_MS: 'soon' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/CROSSCHECK_ARTICLE_TIMEOUT_MS must be a positive whole number/);
  });
  it('extract --jsonl: an article over the time limit is reported at FILE:LINE, the others are written', async () => {
    const dir = tempDir();
    const jsonl = join(dir, 'a.jsonl');
    const big = 'At least 12 people were killed on Friday, the governor said. '.repeat(40_000);
    writeFileSync(jsonl, [
      JSON.stringify({ id: 'small', text: 'At least 12 people were killed on Friday.', published: '2025-12-13' }),
      JSON.stringify({ id: 'slow', text: big, published: '2025-12-13' }),
      // Queued behind the slow one on the same thread: its clock must not run while it waits,
      // and the thread's termination must not take it down.
      JSON.stringify({ id: 'after', text: 'Some 30 were wounded.', published: '2025-12-13' }),
    ].join('\n') + '\n');
    const out = join(dir, 'out');
    const r = await runCli(['extract', '--jsonl', jsonl, '--out', out, '--jobs', '1'], { env: { CROSSCHECK_ARTICLE_TIMEOUT_MS: '2500' } });
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/a\.jsonl:2: analysis took longer than 2\.5 s/);
    expect(existsSync(join(out, 'small.json'))).toBe(true);
    expect(existsSync(join(out, 'after.json'))).toBe(true);
    expect(existsSync(join(out, 'slow.json'))).toBe(false);
    expect(r.stdout).toMatch(/written 2, failed 1/);
    expect(r.stderr).not.toMatch(STACK_LINE);
  }, 60_000);
});
