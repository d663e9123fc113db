// The cross-checking commands over a store filled by `ingest`: groups, conflicts, figure, CSV.
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'reconcile', 'articles.jsonl');
const db = join(mkdtempSync(join(tmpdir(), 'cc-reconcile-')), 'store.db');

beforeAll(async () => {
  const r = await runCli(['ingest', fixtures, '--db', db, '--jobs', '1']);
  expect(r.code).toBe(0);
});

describe('groups, conflicts and figure', () => {
  it('lists the groups as JSON with low/best/high and independent sources', async () => {
    const r = await runCli(['groups', '--db', db, '--json', '--about', 'Odesa']);
    expect(r.code).toBe(0);
    const groups = JSON.parse(r.stdout);
    const toll = groups.find((g: { measures: string[] }) => g.measures.includes('killed'));
    expect(toll.low).toBe(2);
    expect(toll.independentSources).toBeGreaterThanOrEqual(4);
    expect(toll.bestRule).toMatch(/median/);
  });
  it('exports a UCDP-like CSV, one row per group', async () => {
    const r = await runCli(['groups', '--db', db, '--csv']);
    const lines = r.stdout.trim().split('\r\n');
    expect(lines[0]).toBe('group_id,label,measures,low,best,high,open_ended,number_of_sources,sources,date_start,date_end,date_prec,country,region,where_prec,articles');
    expect(lines.length).toBeGreaterThan(1);
  });
  it('lists contradictions first, naming both sides', async () => {
    const r = await runCli(['conflicts', '--db', db, '--json']);
    const [first] = JSON.parse(r.stdout);
    expect(first.kind).toBe('contradiction');
    expect([first.a.origin, first.b.origin]).toContain("Russia's defence ministry");
  });
  it('shows one group with a text chart, and rejects an unknown id', async () => {
    const groups = JSON.parse((await runCli(['groups', '--db', db, '--json'])).stdout);
    const r = await runCli(['figure', groups[0].id, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/log scale/);
    const missing = await runCli(['figure', 'ffffffffffff', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no group "ffffffffffff"/);
  });
  it('says clearly when the store does not exist', async () => {
    const r = await runCli(['groups', '--db', join(tmpdir(), 'no-such-dir-cc', 'x.db')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/crosscheck: /);
  });
});
