// The load test (bench/load-run.mjs) in short: `crosscheck serve` on a private PostgreSQL cluster
// under reads and writes for 13 s, the database down for 1.5 s from the 5th. Fails if an
// acknowledged write is missing from the store, an answer is not coded JSON or never comes, a
// failure falls outside the outage or is not a 503 E_STORE_UNREACHABLE (reads and writes alike), an
// error answer names the database's host, port or user, reads or writes do not recover without a
// server restart, or the server crashes or does not stop cleanly. The full run
// (60 s, SQLite for comparison) is `node bench/load.mjs`.
import { describe, expect, it } from 'vitest';
import { clusterUnavailable } from '../../bench/load-pg-cluster.mjs';
import { runLoad } from '../../bench/load-run.mjs';

const unavailable = await clusterUnavailable();
if (unavailable) console.warn(`load-restart.test.ts skipped: cannot start a private PostgreSQL cluster (${unavailable})`);

describe.skipIf(unavailable !== null)('serve under load with a PostgreSQL restart in the middle', () => {
  it('loses no acknowledged write, answers only coded JSON, fails cleanly during the outage and recovers', async () => {
    const r = await runLoad({ db: 'postgres', duration: 13, restartAt: 5, downMs: 1500, graceMs: 1000, connections: 6, seedArticles: 10 });
    const report = JSON.stringify({ ...r, latencyMs: undefined }, null, 1);
    expect(r.failures.join('\n'), report).toBe('');
    expect(r.writes.missing).toBe(0);
    expect(r.writes.acked, report).toBeGreaterThan(0);
    expect(r.writes.storedArticles).toBeGreaterThanOrEqual(r.writes.acked + r.writes.seeded);
    expect(r.errors).toMatchObject({ other: 0, leaks: 0, malformed: 0, noAnswer: 0, timeouts: 0 });
    expect(Object.keys(r.errors.byCode), report).toEqual(['E_STORE_UNREACHABLE']);
    // The outage was met, by writes and by /health, which says the store is down.
    expect(r.errors.outageByKind.post, report).toBeGreaterThan(0);
    expect(r.errors.outageByKind.health, report).toBeGreaterThan(0);
    expect(r.restart?.recoveredAfterMs.get, report).toEqual(expect.any(Number));
    expect(r.restart?.recoveredAfterMs.post, report).toEqual(expect.any(Number));
    expect(r.serverExit).toBe(0);
  }, 60_000);
});
