// The ClaimStore suite on SQLite (a temp file per store), plus what only SQLite has: the pragmas
// openStore sets, the FTS5 article index kept in step with the articles, and the migration that
// dropped the index of claim sentences.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { fixtures, upgraded } from './fixtures.js';
import { registerStoreSuite } from './store.common.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (name = `store-${++n}.db`) => join(dir, name);

const NOT_A_DB = 'this is a text file, not a database\n'.repeat(200);
const foreign = file('foreign.db');
const textFile = file('notes.txt');
const locked = join(dir, 'locked');

registerStoreSuite('SQLite', {
  fresh: async () => file(),
  badLocations: [
    { what: 'a directory that does not exist', location: () => join(dir, 'missing', 'x.db'), code: 'E_STORE_OPEN', message: /missing.*does not exist/ },
    { what: 'a directory', location: () => dir, code: 'E_STORE_OPEN', message: /is a directory/ },
    {
      what: 'a file that is not a database',
      location: () => { writeFileSync(textFile, NOT_A_DB); return textFile; },
      code: 'E_STORE_OPEN', message: /notes\.txt: not an SQLite database file/,
      untouched: () => expect(readFileSync(textFile, 'utf8')).toBe(NOT_A_DB),
    },
    {
      what: "another program's SQLite database",
      location: () => {
        const db = new Database(foreign);
        db.exec('create table if not exists orders (id integer primary key)');
        db.close();
        return foreign;
      },
      code: 'E_STORE_SCHEMA', message: /another program/,
      untouched: () => {
        const db = new Database(foreign, { readonly: true });
        expect(db.prepare("select name from sqlite_schema where type = 'table'").pluck().all()).toEqual(['orders']);
        db.close();
      },
    },
    // root opens any file whatever its mode, so the permission case only means something as a user.
    ...(process.getuid?.() === 0 ? [] : [{
      what: 'a directory without write permission',
      location: () => { mkdirSync(locked, { recursive: true }); chmodSync(locked, 0o500); return join(locked, 'x.db'); },
      code: 'E_STORE_OPEN' as const, message: /locked/,
    }]),
  ],
});

describe('SQLite specifics', () => {
  it('opens the file in WAL mode (the other pragmas hold per connection)', async () => {
    const path = file();
    const store = await openStore(path);
    await store.close();
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('a missing file is not created when the caller only reads', async () => {
    const path = file('never.db');
    await expect(openStore(path, { create: false })).rejects.toMatchObject({ code: 'E_STORE_OPEN', message: expect.stringMatching(/no such file/) });
    expect(() => readFileSync(path)).toThrow();
  });

  it('a file from before migration 5 loses its claim-sentence index and still finds claim sentences', async () => {
    const path = file();
    const store = await openStore(path);
    for (const f of fixtures()) await store.putArticle(f.article, f.doc);
    await store.close();
    // Put the file back as migration 4 left it: the FTS5 table of claim sentences, rebuilt.
    const db = new Database(path);
    db.exec(`create virtual table claims_fts using fts5(sentence, content = 'claims', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2');
      insert into claims_fts(claims_fts) values ('rebuild');
      delete from crosscheck_migration where name = '0005-claim-sentences-unindexed';
      drop table write_count;
      delete from crosscheck_migration where name = '0006-write-count';`);
    db.close();
    const reopened = await openStore(path);
    const hits = await reopened.search('casualties');
    const { claims } = await reopened.queryClaims({ q: 'casualties' });
    // Migration 6 starts the write counter at nought; the next write moves it.
    expect((await reopened.counts()).writes).toBe(0);
    const more = fixtures()[0]!;
    await reopened.putArticle({ ...more.article, id: 'after-6', text: `${more.article.text}\nOne more line, 3 more.` }, more.doc);
    expect((await reopened.counts()).writes).toBe(1);
    await reopened.close();
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((h) => h.claim !== null)).toBe(true);
    expect(claims.length).toBeGreaterThan(0);
    const after = new Database(path);
    expect(after.prepare("select count(*) from sqlite_schema where name like 'claims_fts%'").pluck().get()).toBe(0);
    after.close();
  });

  it('the FTS5 index stays consistent through replacements', async () => {
    const path = file();
    const store = await openStore(path);
    for (const f of fixtures()) await store.putArticle(f.article, f.doc);
    for (const f of fixtures()) await store.putArticle(f.article, upgraded(f.doc, '9.0.0', 1));
    await store.close();
    const db = new Database(path);
    // integrity-check compares an external-content index with its table and throws on a mismatch.
    expect(() => db.exec("insert into articles_fts(articles_fts, rank) values ('integrity-check', 1)")).not.toThrow();
    expect(db.prepare('select count(*) from articles_fts').pluck().get()).toBe(fixtures().length);
    db.close();
  });
});
