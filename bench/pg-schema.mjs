// A PostgreSQL schema of the benchmark run's own, on the server at `server`, dropped by drop():
// benches never touch tables of a test or of another run. Exits with a hint when the server is down.
import { randomBytes } from 'node:crypto';

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
