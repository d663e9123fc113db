// What the commands that read the store share: --db, --limit and the claim filters, checked
// before the store is opened so a mistyped flag never costs a connection.
import { UsageError } from '../errors.js';
import type { ClaimStore } from '../store/claim-store.js';
import { DEFAULT_STORE } from '../store/location.js';
import { MEASURES, type Measure } from '../types.js';

export const STORE_OPTION_HELP = `  --db FILE|URL        the store: an SQLite file (default ${DEFAULT_STORE}) or postgres://user@host/db`;

/** Opens an existing store: a reading command never creates an empty one by a typo. */
export async function openForReading(db: string | undefined): Promise<ClaimStore> {
  // Imported here so that --help and argument errors do not load the database drivers.
  const { openStore } = await import('../store/open-store.js');
  return openStore(db ?? DEFAULT_STORE, { create: false });
}

export function parseLimit(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > max) throw new UsageError(`--limit must be a whole number from 1 to ${max}, not "${value}"`);
  return n;
}

export function parseMeasure(value: string | undefined): Measure | undefined {
  if (value === undefined) return undefined;
  if (!(MEASURES as readonly string[]).includes(value)) throw new UsageError(`--measure must be one of ${MEASURES.join(', ')}, not "${value}"`);
  return value as Measure;
}

/** "RU" or "RU-KRS": an ISO 3166-1 country, optionally with an ISO 3166-2 region. */
export function parsePlace(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$/.test(value)) throw new UsageError(`--place must be a country code like RU, or country-region like RU-KRS, not "${value}"`);
  return value.toUpperCase();
}

export function parseDate(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(`${value}T00:00:00Z`) : null;
  // Date rolls 2025-02-30 over to March: a real day survives the round trip unchanged.
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} must be a date YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
