// The migrations of each engine, in order. Names sort in the order they run (Kysely's rule);
// the tables are shared, the full-text indexes are each engine's own.
import type { Migration } from 'kysely';
import type { Engine } from '../engine.js';
import { tables } from './0001-tables.js';
import { fullTextPostgres } from './0002-full-text-postgres.js';
import { fullTextSqlite } from './0002-full-text-sqlite.js';
import { marks } from './0003-marks.js';
import { claimsByMeasure } from './0004-claims-by-measure.js';
import { claimSentencesUnindexed } from './0005-claim-sentences-unindexed.js';
import { writeCount } from './0006-write-count.js';

export function migrationsFor(engine: Engine): Record<string, Migration> {
  return {
    '0001-tables': tables(engine.types),
    '0002-full-text': engine.name === 'sqlite' ? fullTextSqlite : fullTextPostgres,
    '0003-marks': marks(engine.types),
    '0004-claims-by-measure': claimsByMeasure,
    '0005-claim-sentences-unindexed': claimSentencesUnindexed(engine),
    '0006-write-count': writeCount,
  };
}
