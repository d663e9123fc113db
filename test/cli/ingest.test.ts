// `crosscheck ingest` end to end on a temp SQLite file: the summary's counts, a second run that
// finds everything known, errors named by file, and the exit codes.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { runCli, STACK_LINE, tempDir } from './run-cli.js';

const fixture = (name: string) => new URL(`../fixtures/ingest/${name}`, import.meta.url).pathname;
const SUMMARY = /^(\d+) articles?: (\d+) new, (\d+) already known, (\d+) replaced, (\d+) failed(?: \(see above\))?; (\d+) claims added; \d+\.\d s\n$/;

/** A clean folder: a page, a feed (2 dated items), a text file and a JSONL batch of two. */
function cleanFolder(): string {
  const dir = join(tempDir(), 'news');
  mkdirSync(join(dir, 'feeds'), { recursive: true });
  copyFileSync(fixture('border-strike.html'), join(dir, 'strike.html'));
  copyFileSync(fixture('meridian.atom'), join(dir, 'feeds', 'meridian.atom'));
  copyFileSync(fixture('governor-note.txt'), join(dir, 'note.txt'));
  writeFileSync(join(dir, 'batch.jsonl'), [
    { id: 'j1', text: 'At least 12 people were killed on Friday, the governor said.', published: '2025-12-13', outlet: 'Eastern Ledger' },
    { id: 'j2', text: 'Kyiv said more than 40 soldiers were killed and 60 were wounded.', published: '2025-12-11' },
  ].map((r) => JSON.stringify(r)).join('\n') + '\n');
  return dir;
}

function counts(stdout: string) {
  const m = SUMMARY.exec(stdout);
  if (!m) throw new Error(`no summary in ${JSON.stringify(stdout)}`);
  const [, articles, fresh, known, replaced, failed, claims] = m.map(Number);
  return { articles, new: fresh, known, replaced, failed, claims };
}

describe('crosscheck ingest', () => {
  it('stores a folder, then a second run finds every article known; exit 0 both times', async () => {
    const folder = cleanFolder();
    const db = join(tempDir(), 'claims.db');
    const first = await runCli(['ingest', folder, '--db', db]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const one = counts(first.stdout);
    expect(one).toMatchObject({ articles: 6, new: 6, known: 0, replaced: 0, failed: 0 });
    expect(one.claims).toBeGreaterThan(5);

    const store = await openStore(db, { create: false });
    try {
      expect(await store.counts()).toMatchObject({ articles: 6, claims: one.claims });
      const page = await store.findArticle({ url: 'https://ledger.example/world/sosnovy-brod-strike' });
      const stored = page && await store.getArticle(page.id);
      expect(stored?.article).toMatchObject({ published: '2025-12-13', outlet: 'Eastern Ledger', title: 'Strike on Sosnovy Brod depot kills 12, governor says' });
      expect(stored?.article.text).not.toContain('50% off');
      expect(stored?.doc.claims.some((c) => c.value.unit === 'percent')).toBe(false);
    } finally {
      await store.close();
    }

    const second = await runCli(['ingest', folder, '--db', db, '--json']);
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ new: 0, known: 6, replaced: 0, failed: 0, claims: 0, threads: 0, db, failures: [] });
  });

  it('names each bad input, stores the good ones and exits 1', async () => {
    const dir = join(tempDir(), 'mixed');
    mkdirSync(dir);
    copyFileSync(fixture('ledger-rss.xml'), join(dir, 'ledger.xml'));
    copyFileSync(fixture('broken-feed.xml'), join(dir, 'broken.xml'));
    copyFileSync(fixture('login-wall.html'), join(dir, 'login.html'));
    writeFileSync(join(dir, 'scan.pdf'), Buffer.from('%PDF-1.7\n\0\0\0binary'));
    writeFileSync(join(dir, 'undated.txt'), 'Toll rises\n\nOfficials said 4 people were hurt.\n');
    const db = join(tempDir(), 'claims.db');
    const r = await runCli(['ingest', dir, '--db', db, '--jobs', '1']);
    expect(r.code, r.stderr).toBe(1);
    expect(counts(r.stdout)).toMatchObject({ articles: 7, new: 2, failed: 5 });
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      `crosscheck: ${join(dir, 'broken.xml')}: not a readable RSS/Atom feed: line 6, column 3: Expected closing tag 'item' (opened in line 5, col 5) instead of closing tag 'channel'.`,
      `crosscheck: ${join(dir, 'ledger.xml')}#3: no publication date in the item (no pubDate, dc:date, published or updated): pass --published YYYY-MM-DD`,
      expect.stringMatching(new RegExp(`^crosscheck: ${join(dir, 'login.html')}: no article in the HTML page`)),
      expect.stringMatching(new RegExp(`^crosscheck: ${join(dir, 'scan.pdf')}: looks binary, not text: NUL byte`)),
      `crosscheck: ${join(dir, 'undated.txt')}: no publication date in the file (no "Published: YYYY-MM-DD" line at the top): pass --published YYYY-MM-DD`,
    ]);
    expect(r.stderr).not.toMatch(STACK_LINE);

    // With --published the undated ones go in; the rest are known.
    const again = await runCli(['ingest', dir, '--db', db, '--published', '2025-12-15']);
    expect(again.code, again.stderr).toBe(1);
    expect(counts(again.stdout)).toMatchObject({ new: 2, known: 2, failed: 3 });
  });

  it.each([
    [['ingest'], /missing PATH/],
    [['ingest', 'x', '--published', '2025-02-30'], /invalid published date "2025-02-30": 2025-02 has 28 days/],
    [['ingest', 'x', '--jobs', '0'], /--jobs must be/],
    [['ingest', '-'], /not stdin/],
    [['ingest', 'x', '--bogus'], /Unknown option '--bogus'/],
  ])('usage error %j exits 2', async (args, message) => {
    const r = await runCli(args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a store that cannot be opened is a clear error naming it (exit 1)', async () => {
    const dir = tempDir();
    const r = await runCli(['ingest', fixture('governor-note.txt'), '--db', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`cannot open the store ${dir}: is a directory`));
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('--help documents inputs, options and exit codes; the program help lists ingest', async () => {
    const r = await runCli(['ingest', '--help']);
    expect(r.code).toBe(0);
    for (const text of ['--db', '--published', '--outlet', '--jobs', '--json', '.html', '.jsonl', 'RSS', 'Exit codes']) expect(r.stdout).toContain(text);
    expect((await runCli(['--help'])).stdout).toMatch(/^\s+ingest\s+store articles/m);
  });
});
