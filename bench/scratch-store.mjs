// Stores of a benchmark run's own: an SQLite file in a temporary folder, or a PostgreSQL schema
// made for the run, both removed afterwards, so benches never touch a test's or another run's tables.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The store a bench writes to: `db` as given (an SQLite file the user named), a fresh schema on a
 * postgres:// server, or with no `db` a new SQLite file. cleanup() removes what was made here.
 */
export async function scratchStore(db, prefix = 'crosscheck-bench-') {
  if (db === null || db === undefined) {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    return { location: join(dir, 'bench.db'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  if (/^postgres(ql)?:/.test(db)) {
    const scratch = await scratchSchema(db, { hint: 'start it, or bench an SQLite file' });
    return { location: scratch.location, cleanup: scratch.drop };
  }
  return { location: db, cleanup: async () => {} };
}

/** A PostgreSQL schema of the run's own on `server`, dropped by drop(); exits with a hint when the server is down. */
export async function scratchSchema(server, { hint = 'pass --no-pg to skip it' } = {}) {
  const pg = (await import('pg')).default;
  const schema = `crosscheck_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  try {
    await admin.connect();
  } catch (err) {
    console.error(`bench: PostgreSQL at ${server} is not reachable (${err.message}); ${hint}`);
    process.exit(2);
  }
  await admin.query(`create schema ${schema}`);
  const url = new URL(server);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    schema,
    admin,
    /** The server with this schema as search_path: what openStore and `--db` take. */
    location: url.toString(),
    async drop() {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}
