// The groups of a set of claims, held by key together with the claims behind each, so that when a
// few articles change only the groups their claims touch, before or after, are built again. The
// groups are always buildGroups' for the same claims, in the same order (test/properties).
import type { StoredClaim } from '../store/claim-store.js';
import { listingOrder } from '../store/listing-order.js';
import { buildGroup, claimsByKey, groupOrder, type Group } from './build-groups.js';

interface Held {
  /** The key's claims in the store's listing order, which buildGroup keeps where it ties. */
  readonly claims: readonly StoredClaim[];
  readonly group: Group;
}

export class GroupIndex {
  readonly #byKey: Map<string, Held>;
  /** The keys of each article's claims; an article none of whose claims has a key is absent. */
  readonly #keysOf = new Map<string, readonly string[]>();
  /** Which key each group id stands for. Two keys with one id (a 48-bit hash) would be ordered
   *  by where each first appears in the whole list of claims, which a change to a few articles
   *  cannot tell: the index then gives up on updates (`exact` false). */
  readonly #keyOfId = new Map<string, string>();
  #exact = true;
  #groups: readonly Group[];

  /** buildGroups(claims), held. `claims` in the store's listing order, as loadClaims reads them. */
  constructor(claims: readonly StoredClaim[]) {
    this.#byKey = new Map();
    const keysOf = new Map<string, Set<string>>();
    for (const [key, list] of claimsByKey(claims)) {
      const group = buildGroup(key, list);
      this.#byKey.set(key, { claims: list, group });
      if (this.#keyOfId.has(group.id)) this.#exact = false;
      this.#keyOfId.set(group.id, key);
      for (const c of list) {
        let keys = keysOf.get(c.articleId);
        if (!keys) keysOf.set(c.articleId, (keys = new Set()));
        keys.add(key);
      }
    }
    for (const [articleId, keys] of keysOf) this.#keysOf.set(articleId, [...keys]);
    this.#groups = [...this.#byKey.values()].map((h) => h.group).sort(groupOrder);
  }

  /** The groups, in buildGroups' order. A new array after each update; an old one never changes. */
  get groups(): readonly Group[] {
    return this.#groups;
  }

  /**
   * Takes in a change to some articles: `claims` are every claim they hold now (none for an
   * article no longer stored), in listing order or not. Their earlier claims leave their groups,
   * and the groups of every key they had or have are built again. False, with nothing changed,
   * when the result could differ from buildGroups over the whole set (see `#keyOfId`).
   */
  update(articleIds: Iterable<string>, claims: readonly StoredClaim[]): boolean {
    if (!this.#exact) return false;
    const changed = new Set(articleIds);
    if (!changed.size && !claims.length) return true;
    const added = claimsByKey(claims);
    const keysNow = new Map<string, Set<string>>();
    for (const [key, list] of added) {
      for (const c of list) {
        if (!changed.has(c.articleId)) throw new Error(`GroupIndex.update: claim ${c.id} is of article ${c.articleId}, not one of those changed`);
        let keys = keysNow.get(c.articleId);
        if (!keys) keysNow.set(c.articleId, (keys = new Set()));
        keys.add(key);
      }
    }
    const touched = new Set(added.keys());
    for (const id of changed) for (const key of this.#keysOf.get(id) ?? []) touched.add(key);

    // Every group first, then the check, then the writes: an index that refuses is left as it was.
    const rebuilt = new Map<string, Held | null>();
    for (const key of touched) {
      const kept = (this.#byKey.get(key)?.claims ?? []).filter((c) => !changed.has(c.articleId));
      const list = [...kept, ...(added.get(key) ?? [])].sort(listingOrder);
      rebuilt.set(key, list.length ? { claims: list, group: buildGroup(key, list) } : null);
    }
    const newIds = new Map<string, string>();
    for (const [key, held] of rebuilt) {
      if (!held) continue;
      const other = newIds.get(held.group.id) ?? this.#keyOfId.get(held.group.id);
      // Another key with this id, unless that key is one rebuilt here and now empty.
      if (other !== undefined && other !== key && rebuilt.get(other) !== null) return false;
      newIds.set(held.group.id, key);
    }

    for (const [key, held] of rebuilt) {
      const before = this.#byKey.get(key);
      if (before && this.#keyOfId.get(before.group.id) === key) this.#keyOfId.delete(before.group.id);
      if (held) this.#byKey.set(key, held);
      else this.#byKey.delete(key);
    }
    for (const [id, key] of newIds) this.#keyOfId.set(id, key);
    for (const id of changed) {
      const keys = keysNow.get(id);
      if (keys) this.#keysOf.set(id, [...keys]);
      else this.#keysOf.delete(id);
    }
    const fresh = [...rebuilt.values()].flatMap((h) => (h ? [h.group] : []));
    this.#groups = [...this.#groups.filter((g) => !touched.has(g.key)), ...fresh].sort(groupOrder);
    return true;
  }
}
