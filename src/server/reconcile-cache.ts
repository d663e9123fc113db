// Groups, conflicts and sources are computed from every stored claim: too slow to redo per request
// at 100k claims, so they are kept until the store changes. A write through this server bumps the
// generation; the store's counts catch most writes by other processes (crosscheck ingest).
import type { ClaimStore, SourceCount } from '../store/claim-store.js';
import { loadClaims } from '../reconcile/load-claims.js';
import { buildGroups, type Group } from '../reconcile/build-groups.js';

/** One value per key; concurrent callers share one computation, and a failed one is not kept. */
class Memo<T> {
  private held: { key: string; value: Promise<T> } | null = null;

  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.held?.key === key) return this.held.value;
    const value = compute();
    this.held = { key, value };
    value.catch(() => { if (this.held?.value === value) this.held = null; });
    return value;
  }
}

export class ReconcileCache {
  private generation = 0;
  private readonly groupsMemo = new Memo<Group[]>();
  private readonly sourcesMemo = new Memo<SourceCount[]>();

  constructor(private readonly store: ClaimStore) {}

  /** A successful write: whatever was computed before is stale. */
  invalidate(): void {
    this.generation++;
  }

  async groups(): Promise<Group[]> {
    return this.groupsMemo.get(await this.key(), async () => buildGroups(await loadClaims(this.store)));
  }

  async sources(): Promise<SourceCount[]> {
    return this.sourcesMemo.get(await this.key(), () => this.store.sources());
  }

  private async key(): Promise<string> {
    const c = await this.store.counts();
    // An article replaced by another process with as many claims slips past this key until the
    // next write here; the generation alone would miss every outside write.
    return `${this.generation}|${c.articles}|${c.claims}|${c.attributions}`;
  }
}
