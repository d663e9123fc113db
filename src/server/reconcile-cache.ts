// Groups, conflicts and sources are computed from every stored claim: too slow to redo per request
// at 100k claims, so they are kept until the store changes. A write through this server bumps the
// generation; the store's counts catch most writes by other processes (crosscheck ingest).
import type { ClaimStore, SourceCount } from '../store/claim-store.js';
import { loadClaims } from '../reconcile/load-claims.js';
import { buildGroups, type Group } from '../reconcile/build-groups.js';

/**
 * One value per key; concurrent callers share one computation, and a failed one is not kept. One
 * computation runs at a time: under steady writes each would otherwise start its own full load of
 * every claim beside the last, and they would only slow each other down. A caller that finds an
 * older one under way waits for it; it is then answered by a run that started after it arrived
 * (so from a key read after every write acknowledged before its request), sharing it with the
 * others that waited.
 */
class Memo<T> {
  private held: { key: string; value: Promise<T>; run: number } | null = null;
  private running: Promise<unknown> | null = null;
  private runs = 0;

  async get(key: () => Promise<string>, compute: () => Promise<T>): Promise<T> {
    const arrived = this.runs;
    let k = await key();
    for (;;) {
      if (this.held && (this.held.key === k || this.held.run > arrived)) return this.held.value;
      if (!this.running) break;
      await this.running;
      k = await key();
    }
    const value = compute();
    const held = { key: k, value, run: ++this.runs };
    this.held = held;
    const running: Promise<unknown> = value
      .catch(() => { if (this.held === held) this.held = null; })
      .finally(() => { if (this.running === running) this.running = null; });
    this.running = running;
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
    return this.groupsMemo.get(() => this.key(), async () => buildGroups(await loadClaims(this.store)));
  }

  async sources(): Promise<SourceCount[]> {
    return this.sourcesMemo.get(() => this.key(), () => this.store.sources());
  }

  private async key(): Promise<string> {
    const c = await this.store.counts();
    // An article replaced by another process with as many claims slips past this key until the
    // next write here; the generation alone would miss every outside write.
    return `${this.generation}|${c.articles}|${c.claims}|${c.attributions}`;
  }
}
