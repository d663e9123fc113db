// Migration 6: one counter that every write of articles moves, stored or replaced. The row counts
// alone miss an article replaced with as many claims and attributions as before (a page updated
// with one figure changed); a reader of counts() that sees this number move more than its own
// writes did knows that someone else wrote. One row, moved at the end of each write transaction,
// so that concurrent writers hold its lock only while they commit.
import type { Kysely, Migration } from 'kysely';

export const writeCount: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createTable('write_count')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('n', 'bigint', (c) => c.notNull())
      .execute();
    await db.insertInto('write_count').values({ id: 1, n: 0 }).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropTable('write_count').execute();
  },
};
