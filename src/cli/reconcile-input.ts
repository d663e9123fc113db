// What the cross-checking commands share: open the store read-only and line up its claims.
import { openStore, DEFAULT_STORE } from '../store/open-store.js';
import { loadClaims } from '../reconcile/load-claims.js';
import { buildGroups, type Group } from '../reconcile/build-groups.js';
import { groupText } from '../reconcile/describe-group.js';
import type { Measure } from '../types.js';
import { MEASURES } from '../types.js';
import { UsageError } from '../errors.js';

export const DB_HELP = `  --db FILE|URL        the store: an SQLite file (default ${DEFAULT_STORE}) or postgres://...`;

export function parseMeasure(value: string | undefined): Measure | undefined {
  if (value === undefined) return undefined;
  if (!(MEASURES as readonly string[]).includes(value)) throw new UsageError(`--measure must be one of ${MEASURES.join(', ')}, not "${value}"`);
  return value as Measure;
}

export async function loadGroups(db: string | undefined, filter: { measure?: Measure | undefined; about?: string | undefined } = {}): Promise<Group[]> {
  const store = await openStore(db ?? DEFAULT_STORE, { create: false });
  try {
    let groups = buildGroups(await loadClaims(store));
    if (filter.measure) groups = groups.filter((g) => g.measures.includes(filter.measure!));
    const about = filter.about?.toLowerCase().trim();
    if (about) groups = groups.filter((g) => groupText(g).includes(about));
    return groups;
  } finally {
    await store.close();
  }
}
