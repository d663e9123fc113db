// Opens the store a location names: `postgres://...` is a PostgreSQL server, anything else an
// SQLite file (default ./crosscheck.db). Brings the schema up to date; a location that cannot be
// opened or reached is a coded error naming it, never a stack trace, and leaves stored data alone.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { CrosscheckError } from '../errors.js';
import type { ClaimStore } from './claim-store.js';
import type { Engine } from './engine.js';
import { KyselyStore } from './kysely-store.js';
import { DEFAULT_STORE, isPostgresLocation } from './location.js';
import { migrationsFor } from './migrations/index.js';
import type { Database } from './schema.js';

export { DEFAULT_STORE, isPostgresLocation };

export interface OpenStoreOptions {
  /** Create an SQLite file that does not exist yet (default true; false for commands that only read). */
  readonly create?: boolean;
}

export async function openStore(location: string = DEFAULT_STORE, options: OpenStoreOptions = {}): Promise<ClaimStore> {
  const create = options.create ?? true;
  const postgres = isPostgresLocation(location);
  // Each engine's driver is loaded only when used: an SQLite user never loads pg, and back.
  let engine: Engine, db: Kysely<Database>, where: string;
  if (postgres) {
    const { postgresEngine, postgresKysely, redact } = await import('./dialect/postgres.js');
    [engine, db, where] = [postgresEngine(location), postgresKysely(location), redact(location)];
  } else {
    checkSqlitePath(location, create);
    const { openSqliteDatabase, sqliteEngine, sqliteKysely } = await import('./dialect/sqlite.js');
    const handle = openSqliteDatabase(location, create);
    [engine, db, where] = [sqliteEngine(location, handle), sqliteKysely(handle), location];
  }
  try {
    await migrate(db, engine, where);
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw err instanceof CrosscheckError ? err : (engine.describeError(err) ?? err);
  }
  return new KyselyStore(db, engine);
}

/** The reasons SQLite would only name as "unable to open", in words. */
function checkSqlitePath(file: string, create: boolean): void {
  if (file === ':memory:') return;
  const path = resolve(file);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new CrosscheckError('E_STORE_OPEN', `${file}: is a directory`);
    return;
  }
  if (!existsSync(dirname(path))) throw new CrosscheckError('E_STORE_OPEN', `${file}: directory ${dirname(file)} does not exist`);
  if (!create) throw new CrosscheckError('E_STORE_OPEN', `${file}: no such file (crosscheck ingest creates it)`);
}

async function migrate(db: Kysely<Database>, engine: Engine, where: string): Promise<void> {
  const migrations = migrationsFor(engine);
  // Kysely looks for its migration tables in every schema unless told which: name the one this
  // connection writes to (its search_path), or a store in another schema would hide ours.
  const schema = engine.name === 'postgres'
    ? (await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db)).rows[0]?.schema ?? undefined
    : undefined;
  const migrator = new Migrator({
    db,
    ...(schema ? { migrationTableSchema: schema } : {}),
    provider: { getMigrations: async (): Promise<Record<string, Migration>> => migrations },
    migrationTableName: 'crosscheck_migration',
    migrationLockTableName: 'crosscheck_migration_lock',
  });
  const known = new Set(Object.keys(migrations));
  const state = await migrator.getMigrations().catch(() => null);
  if (state) {
    // Tables written by a newer crosscheck: refuse rather than guess at their shape.
    const executed = await executedMigrations(db);
    const unknown = executed.find((name) => !known.has(name));
    if (unknown) throw new CrosscheckError('E_STORE_SCHEMA', `${where} was written by a newer crosscheck (schema ${unknown}): upgrade crosscheck`);
    if (state.every((m) => m.executedAt !== undefined)) return;
  }
  // SQLite: one IMMEDIATE transaction around the whole run, so that two processes opening a new
  // file do not both create tables and a failed migration leaves the file as it was. (Kysely runs
  // SQLite migrations outside transactions, on the one connection this transaction holds.)
  // PostgreSQL: Kysely's own lock table and transactional DDL do the same.
  if (engine.name === 'sqlite') await sql`begin immediate`.execute(db);
  try {
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
    if (engine.name === 'sqlite') await sql`commit`.execute(db);
  } catch (err) {
    if (engine.name === 'sqlite') await sql`rollback`.execute(db).catch(() => undefined);
    throw err;
  }
}

async function executedMigrations(db: Kysely<Database>): Promise<string[]> {
  try {
    const { rows } = await sql<{ name: string }>`select name from crosscheck_migration`.execute(db);
    return rows.map((r) => r.name);
  } catch {
    return [];
  }
}
