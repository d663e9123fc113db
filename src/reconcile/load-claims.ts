// Reads every stored claim a reconciliation needs, page by page through the store's cursor.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ClaimQuery, ClaimStore, StoredClaim } from '../store/claim-store.js';

export async function loadClaims(store: ClaimStore, query: Omit<ClaimQuery, 'cursor' | 'limit'> = {}): Promise<StoredClaim[]> {
  const all: StoredClaim[] = [];
  let cursor: string | null = null;
  do {
    const page: { claims: StoredClaim[]; nextCursor: string | null } =
      await store.queryClaims({ ...query, limit: 1000, ...(cursor ? { cursor } : {}) });
    all.push(...page.claims);
    cursor = page.nextCursor;
    // SQLite answers synchronously, so the pages of a large store would follow one another without
    // the event loop ever turning: a server would answer nothing else for seconds. One turn a page.
    if (cursor) await nextTurn();
  } while (cursor);
  return all;
}
