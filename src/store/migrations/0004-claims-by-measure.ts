// Migration 4: claims of one measure, newest first, as one index range. claims_measure_place puts
// the place columns between measure and the (published, id) keyset, so `?measure=killed` alone
// sorted every killed claim per page: ~400 ms at 100k claims, under 1 ms with this index.
import type { Kysely, Migration } from 'kysely';

export const claimsByMeasure: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.createIndex('claims_measure_published').on('claims').columns(['measure', 'published', 'id']).execute();
  },
  async down(db: Kysely<any>) {
    await db.schema.dropIndex('claims_measure_published').execute();
  },
};
