// Where a store lives: a postgres:// URL names a server, anything else an SQLite file. Apart from
// open-store.ts so that help texts can name the default without loading the database drivers.
export const DEFAULT_STORE = './crosscheck.db';

export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}
