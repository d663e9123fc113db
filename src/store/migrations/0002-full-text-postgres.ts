// Migration 2 on PostgreSQL: a generated tsvector column over article title and text (title
// weighted above text) with a GIN index; the server keeps it in step with every write, inside the
// writer's transaction. Claim sentences get none of their own: each is a piece of its article's
// text, so the article index finds the candidates and the few sentences are checked on the fly
// (an indexed tsvector per claim measured at over half of PostgreSQL's cost per stored article).
import { sql, type Kysely, type Migration } from 'kysely';

export const fullTextPostgres: Migration = {
  async up(db: Kysely<any>) {
    await sql`alter table articles add column search tsvector generated always as (
      setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'D')) stored`.execute(db);
    await sql`create index articles_search on articles using gin (search)`.execute(db);
  },
  async down(db: Kysely<any>) {
    await sql`alter table articles drop column search`.execute(db);
  },
};
