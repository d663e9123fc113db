// PostgreSQL for tests: the server at 127.0.0.1:5432 (database `test`, trust auth; `.ci/run`
// starts it), and throwaway schemas on it — random names, dropped afterwards — so test files
// running in parallel never meet.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

export const PG_SERVER = process.env['CROSSCHECK_TEST_PG'] ?? 'postgres://root@127.0.0.1:5432/test';

/** The server URL with `schema` as the connection's search_path (libpq's `options`). */
export function inSchema(schema: string, server = PG_SERVER): string {
  const url = new URL(server);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

/** A connected client on the test server, or an error that says how to start it. */
export async function adminClient(): Promise<pg.Client> {
  const admin = new pg.Client({ connectionString: PG_SERVER });
  await admin.connect().catch((err: unknown) => {
    throw new Error(`PostgreSQL is not reachable at ${PG_SERVER} (${String(err)}): start it with .ci/run`);
  });
  return admin;
}

export interface TestSchemas {
  /** The admin connection (open between the file's beforeAll and afterAll). */
  readonly admin: () => pg.Client;
  /** A new empty schema, named `<prefix>_<run>_<n>`. */
  create(): Promise<{ readonly schema: string; readonly location: string }>;
  /** A schema name that will be dropped with the rest, for something else to create (pg-boss). */
  reserve(): string;
}

/** Registers the file's beforeAll/afterAll: one admin client, and every schema dropped at the end. */
export function testSchemas(prefix: string): TestSchemas {
  const run = randomBytes(4).toString('hex');
  const schemas: string[] = [];
  let admin: pg.Client | undefined;
  beforeAll(async () => { admin = await adminClient(); });
  afterAll(async () => {
    if (!admin) return;
    for (const schema of schemas) await admin.query(`drop schema if exists ${schema} cascade`);
    await admin.end();
  });
  const connected = (): pg.Client => {
    if (!admin) throw new Error('testSchemas: used outside the tests of the file that registered it');
    return admin;
  };
  const reserve = (): string => {
    const schema = `${prefix}_${run}_${schemas.length}`;
    schemas.push(schema);
    return schema;
  };
  return {
    admin: connected,
    reserve,
    async create() {
      const schema = reserve();
      await connected().query(`create schema ${schema}`);
      return { schema, location: inSchema(schema) };
    },
  };
}
