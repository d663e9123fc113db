// Migration 1: articles, claims and attributions, and the indexes behind `crosscheck claims`.
// Frozen once released: a change to the schema is a new migration, never an edit here.
import { sql, type Kysely, type Migration } from 'kysely';
import type { ColumnTypes } from '../engine.js';

export function tables(t: ColumnTypes): Migration {
  return {
    async up(db: Kysely<any>) {
      let articles = db.schema.createTable('articles');
      articles = t.articleRowid
        ? articles.addColumn('seq', 'integer', (c) => c.primaryKey()).addColumn('id', 'text', (c) => c.notNull().unique())
        : articles.addColumn('id', 'text', (c) => c.primaryKey());
      await articles
        .addColumn('content_hash', 'text', (c) => c.notNull().unique())
        .addColumn('url', 'text', (c) => c.unique())
        .addColumn('title', 'text')
        .addColumn('outlet', 'text')
        .addColumn('published', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('pipeline_version', 'text', (c) => c.notNull())
        .addColumn('messages', t.json, (c) => c.notNull())
        .addColumn('extra', t.json)
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .execute();

      await serialKey(db.schema.createTable('claims'), t)
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('published', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('low', t.real, (c) => c.notNull())
        .addColumn('high', t.real)
        .addColumn('qualifier', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('counted', 'text')
        .addColumn('subject', 'text')
        .addColumn('sources', t.json, (c) => c.notNull())
        .addColumn('via', t.json, (c) => c.notNull())
        .addColumn('source_names', 'text', (c) => c.notNull())
        .addColumn('cue', 'text')
        .addColumn('hedged', t.bool, (c) => c.notNull())
        .addColumn('time_text', 'text')
        .addColumn('time_start', 'text')
        .addColumn('time_end', 'text')
        .addColumn('time_implied', t.bool)
        .addColumn('period_start', 'text', (c) => c.notNull())
        .addColumn('period_end', 'text', (c) => c.notNull())
        .addColumn('place_text', 'text')
        .addColumn('place_country', 'text')
        .addColumn('place_region', 'text')
        .addColumn('population', t.json)
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('value_start', 'integer', (c) => c.notNull())
        .addColumn('value_end', 'integer', (c) => c.notNull())
        .addColumn('sentence', 'text', (c) => c.notNull())
        .addColumn('rules', t.json, (c) => c.notNull())
        .addColumn('extra', t.json)
        .addUniqueConstraint('claims_article_ordinal', ['article_id', 'ordinal'])
        // Offsets that run backwards are a bug upstream: refuse them rather than store nonsense.
        .addCheckConstraint('claims_spans', sql`span_start >= 0 and span_end >= span_start and value_end >= value_start`)
        .addCheckConstraint('claims_period', sql`period_end >= period_start`)
        .execute();

      await serialKey(db.schema.createTable('attributions'), t)
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('source_text', 'text', (c) => c.notNull())
        .addColumn('source_start', 'integer', (c) => c.notNull())
        .addColumn('source_end', 'integer', (c) => c.notNull())
        .addColumn('source_type', 'text', (c) => c.notNull())
        .addColumn('resolved', 'text')
        .addColumn('cue_text', 'text', (c) => c.notNull())
        .addColumn('cue_start', 'integer', (c) => c.notNull())
        .addColumn('cue_end', 'integer', (c) => c.notNull())
        .addColumn('content_text', 'text', (c) => c.notNull())
        .addColumn('content_start', 'integer', (c) => c.notNull())
        .addColumn('content_end', 'integer', (c) => c.notNull())
        .addColumn('extra', t.json)
        .addUniqueConstraint('attributions_article_ordinal', ['article_id', 'ordinal'])
        .addCheckConstraint('attributions_spans', sql`source_end >= source_start and cue_end >= cue_start and content_end >= content_start`)
        .execute();

      // Newest first, optionally narrowed by measure and country: the keyset (published, id) rides
      // at the end of each index so a page is one index range, however deep.
      await db.schema.createIndex('claims_measure_place').on('claims').columns(['measure', 'place_country', 'place_region', 'published', 'id']).execute();
      await db.schema.createIndex('claims_place').on('claims').columns(['place_country', 'place_region', 'published', 'id']).execute();
      await db.schema.createIndex('claims_published').on('claims').columns(['published', 'id']).execute();
      await db.schema.createIndex('claims_period').on('claims').columns(['period_start', 'period_end']).execute();
    },
    async down(db: Kysely<any>) {
      for (const table of ['attributions', 'claims', 'articles']) await db.schema.dropTable(table).execute();
    },
  };
}

function serialKey<T extends { addColumn: (...a: any[]) => any }>(builder: T, t: ColumnTypes): T {
  return t.serial === 'integer'
    ? builder.addColumn('id', 'integer', (c: any) => c.primaryKey()) // SQLite: an alias of the rowid
    : builder.addColumn('id', 'bigint', (c: any) => c.primaryKey().generatedAlwaysAsIdentity());
}
