// The ClaimStore suite on PostgreSQL at 127.0.0.1:5432 (database `test`, trust auth): each store
// lives in its own schema, named with a random suffix and dropped afterwards, so test files running
// in parallel never meet. `.ci/run` starts the server when it is down.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { registerStoreSuite } from './store.common.js';

const SERVER = process.env['CROSSCHECK_TEST_PG'] ?? 'postgres://root@127.0.0.1:5432/test';
const run = randomBytes(4).toString('hex');
const schemas: string[] = [];
let admin: pg.Client;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: SERVER });
  await admin.connect().catch((err: unknown) => {
    throw new Error(`PostgreSQL is not reachable at ${SERVER} (${String(err)}): start it with .ci/run`);
  });
});
afterAll(async () => {
  for (const schema of schemas) await admin.query(`drop schema if exists ${schema} cascade`);
  await admin.end();
});

/** The server URL with the schema as the connection's search_path (libpq's `options`). */
function inSchema(schema: string): string {
  const url = new URL(SERVER);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

const unusedPort = () => {
  const url = new URL(SERVER);
  url.port = '1'; // nothing listens on tcpmux
  return url.toString();
};

registerStoreSuite('PostgreSQL', {
  async fresh() {
    const schema = `crosscheck_test_${run}_${schemas.length}`;
    schemas.push(schema);
    await admin.query(`create schema ${schema}`);
    return inSchema(schema);
  },
  badLocations: [
    { what: 'a server that is down', location: unusedPort, code: 'E_STORE_UNREACHABLE', message: /127\.0\.0\.1:1.*connection refused/ },
    {
      what: 'a database that does not exist',
      location: () => { const url = new URL(SERVER); url.pathname = `/no_such_db_${run}`; return url.toString(); },
      code: 'E_STORE_OPEN', message: /does not exist/,
    },
    {
      what: 'a password shown in no message',
      location: () => { const url = new URL(unusedPort()); url.password = 'hunter2'; return url.toString(); },
      code: 'E_STORE_UNREACHABLE', message: /^(?!.*hunter2).*\*\*\*/,
    },
  ],
});
