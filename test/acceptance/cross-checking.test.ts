// The Cross-checking issue's acceptance, on the seed and dev articles stored together (read from
// ../shared/data, which CI has beside the checkout; skipped where it is missing).
import { describe, expect, it, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../cli/run-cli.js';

const shared = join(import.meta.dirname, '..', '..', '..', 'shared', 'data');
const present = existsSync(join(shared, 'seed', 'seed-article.txt'));
const db = join(tempDir(), 'store.db');

describe.skipIf(!present)('cross-checking on seed + dev', () => {
  beforeAll(async () => {
    expect((await runCli(['ingest', join(shared, 'seed', 'seed-article.txt'), '--published', '2025-12-13', '--db', db])).code).toBe(0);
    expect((await runCli(['ingest', join(shared, 'dev', 'articles.jsonl'), '--db', db])).code).toBe(0);
  }, 60_000);

  it('lists the seed\'s 9 vs "over 6,000" with its comparability notes', async () => {
    const conflicts = JSON.parse((await runCli(['conflicts', '--db', db, '--json', '--limit', '500'])).stdout);
    const pair = conflicts.find((d: { a: { value: { low: number } }; b: { value: { low: number } } }) =>
      [d.a.value.low, d.b.value.low].sort((x, y) => x - y).join() === '9,6000');
    expect(pair).toBeDefined();
    expect(pair.kind).toBe('apparent');
    const notes = pair.notes.join(' | ');
    expect(notes).toMatch(/deaths vs casualties/);
    expect(notes).toMatch(/one unit or mission \("this mission"\) vs the whole force/);
  });

  it('shows the seed\'s figures in their groups for --about "North Korea"', async () => {
    const groups = JSON.parse((await runCli(['groups', '--db', db, '--json', '--about', 'North Korea'])).stdout);
    const values = groups.flatMap((g: { figures: { value: { low: number } }[] }) => g.figures.map((f) => f.value.low));
    expect(values).toEqual(expect.arrayContaining([9, 6000, 14000]));
  });

  it('catches the seed\'s stale conversion rate', async () => {
    const all = JSON.parse((await runCli(['checks', '--db', db, '--json'])).stdout);
    const conversion = all.flatMap((a: { checks: { check: { kind: string; note: string; gap: number } }[] }) => a.checks.map((c) => c.check))
      .find((c: { kind: string; note: string }) => c.kind === 'conversion' && /KRW/.test(c.note));
    expect(conversion.gap).toBeGreaterThan(0.07);
    expect(conversion.note).toMatch(/December 2025 is 1,470/);
    expect(conversion.note).toMatch(/2024/);
  });
});
