// `crosscheck ingest` on PostgreSQL killed with SIGKILL mid-batch, a few times: after every kill
// the schema holds only whole articles, and a last run stores the rest, each text once. Each run
// gets a fresh schema of the test server. CROSSCHECK_CRASH_KILLS_PG sets the kills (default 3);
// CROSSCHECK_CRASH_SEED replays the kill points of a failure.
import { describe, it } from 'vitest';
import { envCount, killAndFinish, postgresStore } from '../helpers/crash-ingest.js';

const KILLS = envCount('CROSSCHECK_CRASH_KILLS_PG', 3);

describe('ingest into PostgreSQL killed with SIGKILL mid-batch', () => {
  it(`${KILLS} kills leave only whole articles; a last run stores the rest once`, async () => {
    const store = await postgresStore();
    try {
      await killAndFinish(store, KILLS);
    } finally {
      await store.close();
    }
  }, 60_000 + KILLS * 15_000);
});
