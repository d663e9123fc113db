// Groups, conflicts and sources are computed from every stored claim: too slow to redo per request
// at 100k claims (2 s), so they are kept until the store changes. After writes made through this
// server the groups are brought up to date from the claims of the articles written alone
// (GroupIndex rebuilds only the groups those claims touch, before and after: 0.15 s at 100k claims,
// bench/groups-refresh.mjs). Every claim is read again whenever the cache cannot be sure that is
// enough: the store's counts moved by more than this server's writes account for (another process
// wrote: crosscheck ingest, a worker), a write failed or may have been partial, or the last
// refresh failed. The sources are read again after any write.
import type { ClaimStore, PutFailure, PutResult, SourceCount, StoreCounts } from '../store/claim-store.js';
import { loadClaims } from '../reconcile/load-claims.js';
import type { Group } from '../reconcile/build-groups.js';
import { GroupIndex } from '../reconcile/group-index.js';
import { Memo } from './memo.js';

/** The groups as of `counts`: every claim read then, plus this server's writes taken in since. */
interface Synced {
  readonly index: GroupIndex;
  readonly counts: StoreCounts;
  readonly generation: number;
}

/** Times a refresh reads the counts again because a write of this server began meanwhile. */
const COUNTS_TRIES = 5;

export class ReconcileCache {
  /** Moved by a write the cache cannot account for: the next refresh reads every claim. */
  private generation = 0;
  /** Writes of this server begun, finished, and under way. */
  private begun = 0;
  private finished = 0;
  private readonly underWay = new Set<Promise<unknown>>();
  /** Articles this server stored or replaced since the last refresh took them in. */
  private written: PutResult[] = [];
  private synced: Synced | null = null;
  private readonly groupsMemo = new Memo<readonly Group[]>();
  private readonly sourcesMemo = new Memo<SourceCount[]>();

  constructor(private readonly store: ClaimStore) {}

  /**
   * Runs a write of this server's (putArticle or putArticles) and takes note of what it did: the
   * articles it stored or replaced have their groups rebuilt at the next read. A write that throws
   * (it may still have committed: a connection lost at COMMIT) or fails for any article leaves the
   * next read to load every claim.
   */
  async write<R extends PutResult | readonly (PutResult | PutFailure)[]>(put: () => Promise<R>): Promise<R> {
    this.begun++;
    // Called inside an async function, so that a put that throws at once is a rejection like any other.
    const running = (async () => put())();
    this.underWay.add(running);
    try {
      const result = await running;
      const results: readonly (PutResult | PutFailure)[] = Array.isArray(result) ? result : [result as PutResult];
      for (const r of results) {
        if (r.status === 'failed') this.invalidate();
        else if (r.status !== 'known') this.written.push(r);
      }
      return result;
    } catch (err) {
      this.invalidate();
      throw err;
    } finally {
      this.underWay.delete(running);
      this.finished++;
    }
  }

  /** The store changed in a way this cache cannot follow: the next read loads every claim. */
  invalidate(): void {
    this.generation++;
  }

  async groups(): Promise<readonly Group[]> {
    return this.groupsMemo.get(() => this.key(), () => this.refresh());
  }

  async sources(): Promise<SourceCount[]> {
    return this.sourcesMemo.get(() => this.key(), () => this.store.sources());
  }

  private async key(): Promise<string> {
    const c = await this.store.counts();
    // `finished`, not `begun`: a reader that arrives while a write of this server is under way is
    // answered at once from before it, as that write is not acknowledged yet. The counts catch
    // another process's writes, a replacement with as many claims as before too: every write moves
    // `writes` (migration 6).
    return `${this.generation}|${this.finished}|${c.articles}|${c.claims}|${c.attributions}|${c.writes}`;
  }

  /** The groups now: the last ones with this server's writes taken in when the counts allow it, else built afresh. */
  private async refresh(): Promise<readonly Group[]> {
    const generation = this.generation;
    const synced = this.synced;
    // Taken: a refresh that fails leaves the next one to read every claim.
    this.synced = null;
    const settled = await this.settledCounts();
    if (settled && synced && synced.generation === generation && sameCounts(settled.counts, plus(synced.counts, settled.written))) {
      const articleIds = [...new Set(settled.written.map((w) => w.articleId))];
      // These claims may hold writes made since the counts were read: those are taken in by the
      // next refresh, which reads their articles again.
      const claims = articleIds.length ? await this.store.articleClaims(articleIds) : [];
      if (synced.index.update(articleIds, claims)) {
        this.synced = { index: synced.index, counts: settled.counts, generation };
        return synced.index.groups;
      }
    }
    const index = new GroupIndex(await loadClaims(this.store));
    // Without settled counts the next refresh cannot tell which writes this index holds.
    if (settled) this.synced = { index, counts: settled.counts, generation };
    return index.groups;
  }

  /**
   * The store's counts, read while no write of this server's was under way, with the writes taken
   * in since the last refresh: each write is in both or in neither. Null when writes kept
   * beginning (a stream of them overlapping), rather than wait for a pause.
   */
  private async settledCounts(): Promise<{ counts: StoreCounts; written: readonly PutResult[] } | null> {
    for (let i = 0; i < COUNTS_TRIES; i++) {
      if (this.underWay.size) await Promise.allSettled([...this.underWay]);
      if (this.underWay.size) continue;
      const begun = this.begun;
      const counts = await this.store.counts();
      if (this.begun !== begun) continue;
      const written = this.written;
      this.written = [];
      return { counts, written };
    }
    this.written = [];
    return null;
  }
}

function plus(counts: StoreCounts, writes: readonly PutResult[]): StoreCounts {
  let { articles, claims, attributions, writes: written } = counts;
  for (const { change } of writes) {
    articles += change.articles;
    claims += change.claims;
    attributions += change.attributions;
    written += change.writes;
  }
  return { articles, claims, attributions, writes: written };
}

const sameCounts = (a: StoreCounts, b: StoreCounts) =>
  a.articles === b.articles && a.claims === b.claims && a.attributions === b.attributions && a.writes === b.writes;
