// One value per key, computed once however many requests ask for it at a time (reconcile-cache.ts
// keeps the groups and the sources in one each).

/**
 * One value per key; concurrent callers share one computation, and a failed one is not kept. One
 * computation runs at a time: under steady writes each would otherwise start its own full load of
 * every claim beside the last, and they would only slow each other down. A caller that finds an
 * older one under way waits for it; it is then answered by a run that started after it arrived
 * (so from a key read after every write acknowledged before its request), sharing it with the
 * others that waited.
 */
export class Memo<T> {
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
