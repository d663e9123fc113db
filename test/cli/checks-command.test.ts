// `crosscheck checks`: the in-article checks of stored articles.
import { describe, expect, it, beforeAll } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './run-cli.js';

const dir = tempDir();
const db = join(dir, 'store.db');
const file = join(dir, 'pay.txt');
writeFileSync(file, 'Recruits sent abroad are paid 10 million South Korean won (approximately $8,160) a month, officials said.');

beforeAll(async () => {
  expect((await runCli(['ingest', file, '--published', '2025-12-20', '--db', db, '--jobs', '1'])).code).toBe(0);
});

describe('checks', () => {
  it('lists a conversion 20% off with the rate the article implies', async () => {
    const r = await runCli(['checks', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/MISMATCH conversion 10 million \/ \$8,160/);
    expect(r.stdout).toMatch(/20% high/);
  });
  it('gives JSON for one article, and a clear error for an unknown one', async () => {
    const [one] = JSON.parse((await runCli(['checks', '--db', db, '--json'])).stdout);
    const r = await runCli(['checks', one.articleId, '--db', db, '--json']);
    expect(JSON.parse(r.stdout)[0].checks[0].check).toMatchObject({ kind: 'conversion', verdict: 'mismatch' });
    const missing = await runCli(['checks', 'nope', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no article "nope"/);
  });
});
