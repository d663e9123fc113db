// Migration 5: SQLite's FTS5 index of claim sentences goes (PostgreSQL never had one). Each
// sentence is a slice of its article's text, which articles_fts indexes already; search finds the
// articles there and checks their sentences in JavaScript (sentence-match.ts). The second index
// cost more than the rest of a stored article's writes together (bench/ingest.mjs).
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../engine.js';

const TOKENIZE = `tokenize = 'porter unicode61 remove_diacritics 2'`;

export function claimSentencesUnindexed(engine: Engine): Migration {
  return {
    async up(db: Kysely<any>) {
      if (engine.name !== 'sqlite') return;
      await sql.raw('drop trigger if exists claims_fts_insert').execute(db);
      await sql.raw('drop trigger if exists claims_fts_delete').execute(db);
      await sql.raw('drop table if exists claims_fts').execute(db);
    },
    async down(db: Kysely<any>) {
      if (engine.name !== 'sqlite') return;
      await sql.raw(`create virtual table claims_fts using fts5(sentence, content = 'claims', content_rowid = 'id', ${TOKENIZE})`).execute(db);
      await sql.raw(`create trigger claims_fts_insert after insert on claims begin
         insert into claims_fts(rowid, sentence) values (new.id, new.sentence);
       end`).execute(db);
      await sql.raw(`create trigger claims_fts_delete after delete on claims begin
         insert into claims_fts(claims_fts, rowid, sentence) values ('delete', old.id, old.sentence);
       end`).execute(db);
      await sql.raw(`insert into claims_fts(claims_fts) values ('rebuild')`).execute(db);
    },
  };
}
