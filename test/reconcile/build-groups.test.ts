// Cross-checking over our own multi-article fixtures (invented reports of one shelling): agreement
// within hedges, a contradiction, deaths vs casualties, a restatement and a relay chain.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildGroups, conflictsOf } from '../../src/reconcile/build-groups.js';
import { storedClaimsOf } from '../helpers/stored-claims.js';
import type { StoredClaim } from '../../src/store/claim-store.js';

const claims = storedClaimsOf(join(import.meta.dirname, '..', 'fixtures', 'reconcile', 'articles.jsonl'));
const groups = buildGroups(claims);
const killedInUkraine = groups.find((g) => g.entries.some((e) => e.claim.id === 'harbour-a#0'))!;
const value = (id: string) => claims.find((c) => c.id === id)!.value.low;

function claim(over: Partial<StoredClaim> & { value: StoredClaim['value'] }): StoredClaim {
  const base = claims[0]!;
  return { ...base, ...over, population: { ...base.population, ...(over.population ?? {}) } };
}

describe('groups', () => {
  it('puts every source of the Vesna toll side by side in one group', () => {
    expect(killedInUkraine).toBeDefined();
    expect(killedInUkraine.origins).toEqual(expect.arrayContaining([
      'The regional governor of Odesa', 'the emergency service of Ukraine', "Russia's defence ministry",
    ]));
  });
  it('joins a restatement in the same article to its original', () => {
    const governor = killedInUkraine.entries.find((e) => e.claim.id === 'harbour-a#0')!;
    expect(governor.restatements).toEqual(['harbour-a#2']);
    expect(value('harbour-a#2')).toBe(11);
  });
  it('counts two outlets relaying one agency as one source', () => {
    const relayed = killedInUkraine.entries.filter((e) => e.claim.articleId.startsWith('relay-'));
    expect(relayed).toHaveLength(2);
    expect(new Set(relayed.map((e) => e.originKey)).size).toBe(1);
  });
  it('gives low, best and high with the rule for best', () => {
    const values = killedInUkraine.entries.map((e) => e.claim.value);
    expect(killedInUkraine.low).toBe(2);
    expect(killedInUkraine.high).toBe(Math.max(...values.map((v) => v.high ?? v.low)));
    expect(killedInUkraine.high).toBeGreaterThanOrEqual(60);
    expect(killedInUkraine.best).toBeGreaterThanOrEqual(11);
    expect(killedInUkraine.bestRule).toMatch(/median/);
  });
  it('keeps group ids when an unrelated article is added', () => {
    const unrelated = claim({ id: 'other#0', articleId: 'other', value: { low: 5, high: 5, qualifier: 'exact', unit: 'count' },
      measure: 'killed', population: { nationality: 'CO', nationalityImplied: false, theatre: 'CO', theatreImplied: false, scope: null } });
    const again = buildGroups([...claims, unrelated]);
    for (const g of groups) expect(again.find((h) => h.id === g.id)?.entries.map((e) => e.claim.id)).toEqual(g.entries.map((e) => e.claim.id));
  });
});

describe('disagreements', () => {
  const conflicts = conflictsOf(groups);
  it('agrees within hedges: 11 and "at least 12" are no disagreement', () => {
    expect(conflicts.find((d) => [d.a.id, d.b.id].sort().join() === 'harbour-a#0,harbour-b#0')).toBeUndefined();
  });
  it('flags a real contradiction, naming both sides', () => {
    const d = conflicts.find((x) => x.kind === 'contradiction')!;
    expect(d).toBeDefined();
    expect([d.aOrigin, d.bOrigin]).toContain("Russia's defence ministry");
    expect(Math.min(d.a.value.low, d.b.value.low)).toBe(2);
  });
  it('gives deaths vs casualties a comparability note, not a contradiction', () => {
    const deaths = claim({ id: 'x#0', articleId: 'x', measure: 'killed', value: { low: 9, high: 9, qualifier: 'exact', unit: 'count' },
      sources: [{ name: 'General A', type: 'person' }], population: { scope: 'this mission' } });
    const casualties = claim({ id: 'y#0', articleId: 'y', measure: 'casualties', value: { low: 6000, high: null, qualifier: 'more_than', unit: 'count' },
      sources: [{ name: 'Agency B', type: 'intelligence' }], population: { scope: null } });
    const [d] = conflictsOf(buildGroups([deaths, casualties]));
    expect(d?.kind).toBe('apparent');
    expect(d?.notes.join(' ')).toMatch(/deaths vs casualties/);
    expect(d?.notes.join(' ')).toMatch(/one unit or mission \("this mission"\) vs the whole force/);
  });
});
