// What the cross-checking commands share: read the store's claims and line them up in groups.
import { openForReading } from './store-options.js';
import { loadClaims } from '../reconcile/load-claims.js';
import { buildGroups, type Group } from '../reconcile/build-groups.js';
import { groupText } from '../reconcile/describe-group.js';
import type { Measure } from '../types.js';

export async function loadGroups(db: string | undefined, filter: { measure?: Measure | undefined; about?: string | undefined } = {}): Promise<Group[]> {
  const store = await openForReading(db);
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
