// Migration 2 on SQLite: FTS5 indexes over article titles and text and over claim sentences (the
// latter dropped again by migration 5).
// External-content tables (the text lives once, in articles/claims), kept in sync by triggers so
// every write, and the cascade when an article is replaced, updates them in the same transaction.
import { sql, type Kysely, type Migration } from 'kysely';

// porter: "casualties" finds "casualty"; remove_diacritics: "Kyiv" matches "Kyïv".
const TOKENIZE = `tokenize = 'porter unicode61 remove_diacritics 2'`;

const DDL = [
  `create virtual table articles_fts using fts5(title, text, content = 'articles', content_rowid = 'seq', ${TOKENIZE})`,
  `create trigger articles_fts_insert after insert on articles begin
     insert into articles_fts(rowid, title, text) values (new.seq, new.title, new.text);
   end`,
  `create trigger articles_fts_delete after delete on articles begin
     insert into articles_fts(articles_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
   end`,
  `create trigger articles_fts_update after update of title, text on articles begin
     insert into articles_fts(articles_fts, rowid, title, text) values ('delete', old.seq, old.title, old.text);
     insert into articles_fts(rowid, title, text) values (new.seq, new.title, new.text);
   end`,
  `create virtual table claims_fts using fts5(sentence, content = 'claims', content_rowid = 'id', ${TOKENIZE})`,
  `create trigger claims_fts_insert after insert on claims begin
     insert into claims_fts(rowid, sentence) values (new.id, new.sentence);
   end`,
  `create trigger claims_fts_delete after delete on claims begin
     insert into claims_fts(claims_fts, rowid, sentence) values ('delete', old.id, old.sentence);
   end`,
];

export const fullTextSqlite: Migration = {
  async up(db: Kysely<any>) {
    for (const statement of DDL) await sql.raw(statement).execute(db);
  },
  async down(db: Kysely<any>) {
    for (const name of ['articles_fts_insert', 'articles_fts_delete', 'articles_fts_update', 'claims_fts_insert', 'claims_fts_delete']) {
      await sql.raw(`drop trigger ${name}`).execute(db);
    }
    await sql.raw('drop table claims_fts').execute(db);
    await sql.raw('drop table articles_fts').execute(db);
  },
};
