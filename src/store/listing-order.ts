// The order queryClaims lists claims in, for code that puts claims read at different times into
// the order one listing would have given them (articleClaims over several reads, the server's
// group index).
import type { StoredClaim } from './claim-store.js';

/**
 * Newest publication day first, then the highest claim id first. The SQL sorts `published` by the
 * database's collation and this by UTF-16 code units: the same order for the YYYY-MM-DD days every
 * stored article has (ingest/published-date.ts).
 */
export function listingOrder(a: StoredClaim, b: StoredClaim): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  return Number(b.id) - Number(a.id);
}
