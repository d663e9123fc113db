// `crosscheck search` and `crosscheck claims` against small stores filled through the store API:
// output in each format, filters, usage errors (exit 2) and stores that cannot be opened (exit 1).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredClaim } from '../../src/store/claim-store.js';
import { openStore } from '../../src/store/open-store.js';
import { fixtures, NORTH_KOREA } from '../store/fixtures.js';
import { runCli, STACK_LINE, tempDir } from './run-cli.js';

const dir = tempDir();
const db = join(dir, 'store.db');
let stored: StoredClaim[];

beforeAll(async () => {
  const store = await openStore(db);
  for (const f of fixtures()) await store.putArticle(f.article, f.doc);
  stored = (await store.queryClaims({ limit: 1000 })).claims;
  await store.close();
});

/** RFC 4180 records, for checking what the CSV writer wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (ch === '"') quoted = false; else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  return rows;
}

describe('crosscheck search', () => {
  it('finds the article about North Korean casualties first', async () => {
    const r = await runCli(['search', 'north', 'korean', 'casualties', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain(`1. ${NORTH_KOREA.title}`);
    expect(r.stdout).toMatch(/«(North|Korean|casualties)»/);
  });

  it('--json prints the hits; --limit caps them', async () => {
    const r = await runCli(['search', 'Sosnovy Brod death toll', '--db', db, '--json', '--limit', '2']);
    expect(r.code, r.stderr).toBe(0);
    const hits = JSON.parse(r.stdout) as { articleId: string; rank: number; snippet: string }[];
    expect(hits).toHaveLength(2);
    expect(hits[0]!.rank).toBeGreaterThanOrEqual(hits[1]!.rank);
  });

  it('says so when nothing matches', async () => {
    const r = await runCli(['search', 'zzzqqq', '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('no matches\n');
  });
});

describe('crosscheck claims', () => {
  it('--measure and --place filter; --json holds the stored claims', async () => {
    const r = await runCli(['claims', '--measure', 'killed', '--place', 'RU', '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout) as StoredClaim[];
    const want = stored.filter((c) => c.measure === 'killed' && c.place?.country === 'RU');
    expect(want.length).toBeGreaterThan(1);
    expect(got).toEqual(JSON.parse(JSON.stringify(want)));
  });

  it('--source, --from and --to narrow the list', async () => {
    const r = await runCli(['claims', '--source', 'SPY AGENCY', '--from', '2025-01-01', '--to', '2025-01-31', '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout) as StoredClaim[];
    expect(got.map((c) => c.articleId)).toEqual(stored.filter((c) => c.articleId === NORTH_KOREA.id && c.sources.some((s) => /spy agency/i.test(s.name))).map((c) => c.articleId));
    expect(got.length).toBeGreaterThan(0);
  });

  it('--csv quotes sentences with commas and quotes, one claim a row', async () => {
    const r = await runCli(['claims', '--db', db, '--csv', '--limit', '1000']);
    expect(r.code, r.stderr).toBe(0);
    const rows = parseCsv(r.stdout);
    const [header, ...body] = rows;
    expect(header).toContain('sentence');
    expect(body).toHaveLength(stored.length);
    const sentence = header!.indexOf('sentence');
    expect(body.map((row) => row[sentence])).toEqual(stored.map((c) => c.sentence.replace(/\s+/g, ' ').trim()));
    expect(body.every((row) => row.length === header!.length)).toBe(true);
  });

  it('lists newest first, a claim and its sentence per entry, up to --limit', async () => {
    const r = await runCli(['claims', '--db', db, '--limit', '3']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/3 claims\n$/);
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^${stored[0]!.published}`));
  });

  it('pages through the store beyond one page', async () => {
    const r = await runCli(['claims', '--db', db, '--json', '--limit', String(stored.length + 10)]);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(stored.length);
  });
});

describe('store commands: errors', () => {
  it('--help for each command, and the program help lists them', async () => {
    for (const [command, flags] of [['search', ['--db', '--limit', '--json']], ['claims', ['--measure', '--source', '--place', '--from', '--to', '--csv', '--db']]] as const) {
      const r = await runCli([command, '--help']);
      expect(r.code, r.stderr).toBe(0);
      for (const flag of [...flags, 'Exit codes']) expect(r.stdout).toContain(flag);
    }
    const r = await runCli(['--help']);
    expect(r.stdout).toMatch(/^\s+search\s/m);
    expect(r.stdout).toMatch(/^\s+claims\s/m);
  });

  it.each([
    [['search'], /missing WORDS/],
    [['search', 'x', '--limit', '0'], /--limit must be/],
    [['claims', '--measure', 'dead'], /--measure must be one of/],
    [['claims', '--place', 'Russia'], /--place must be/],
    [['claims', '--from', '2025-02-30'], /--from must be a date/],
    [['claims', '--from', '2025-03-01', '--to', '2025-02-01'], /is after --to/],
    [['claims', '--json', '--csv'], /choose one of --json and --csv/],
    [['claims', 'killed'], /unexpected argument "killed"/],
  ])('usage error %j exits 2', async (args, message) => {
    const r = await runCli([...args, '--db', db]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it.each([
    ['a store that does not exist', () => join(dir, 'none.db'), /E?no such file/],
    ['a directory that does not exist', () => join(dir, 'missing', 'x.db'), /does not exist/],
    ['a file that is not a database', () => { const f = join(dir, 'notes.txt'); writeFileSync(f, 'hello\n'.repeat(100)); return f; }, /not an SQLite database/],
    ['a directory', () => { const d = join(dir, 'adir'); mkdirSync(d, { recursive: true }); return d; }, /is a directory/],
    ['a PostgreSQL server that is down', () => 'postgres://root@127.0.0.1:1/test', /cannot reach the PostgreSQL server .*connection refused/],
  ])('%s: one line on stderr, exit 1', async (_what, location, message) => {
    for (const command of [['search', 'x'], ['claims']]) {
      const r = await runCli([...command, '--db', location()]);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
  });
});
