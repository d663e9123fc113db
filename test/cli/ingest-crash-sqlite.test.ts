// `crosscheck ingest` on SQLite killed with SIGKILL mid-batch, again and again: after every kill
// the file holds only whole articles (claims and attributions as the text gives them, FTS5 index
// intact), and a last run stores the rest, each text once. CROSSCHECK_CRASH_KILLS sets the kills
// (default 5); CROSSCHECK_CRASH_SEED replays the kill points of a failure.
import { describe, it } from 'vitest';
import { envCount, killAndFinish, sqliteStore } from '../helpers/crash-ingest.js';

const KILLS = envCount('CROSSCHECK_CRASH_KILLS', 5);

describe('ingest into SQLite killed with SIGKILL mid-batch', () => {
  it(`${KILLS} kills leave only whole articles; a last run stores the rest once`, async () => {
    const store = sqliteStore();
    try {
      await killAndFinish(store, KILLS);
    } finally {
      await store.close();
    }
  }, 60_000 + KILLS * 15_000);
});
