// Migration 3: the claims a user marks for review (exported as schema.org ClaimReview). A mark
// points at the figure by article and character offsets, which survive a re-extraction; claim ids do not.
import type { Kysely, Migration } from 'kysely';
import type { ColumnTypes } from '../engine.js';

export function marks(_t: ColumnTypes): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createTable('marks')
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('value_start', 'integer', (c) => c.notNull())
        .addColumn('value_end', 'integer', (c) => c.notNull())
        .addColumn('rating', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('marked_by', 'text')
        .addColumn('marked_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('marks_pk', ['article_id', 'value_start', 'value_end'])
        .execute();
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('marks').execute();
    },
  };
}
