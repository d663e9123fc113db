// The key that puts claims counting the same thing into one group. Deterministic from the claim
// alone, so adding an unrelated article never changes an existing group.
import { createHash } from 'node:crypto';
import type { StoredClaim } from '../store/claim-store.js';
import { PEOPLE_MEASURES, familyOf } from './measure-family.js';

const lemma = (noun: string) => noun.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').trim().replace(/(?<=[a-z]{3})s$/, '');

/**
 * People counts group by measure family, the nationality counted and the country where it happened:
 * North Korean casualties in Russia in one group, whoever reports them. Other counts group only when they
 * name what they count, in one place, on one day ("134 drones" over Russia on 2025-12-01).
 */
export function groupKey(c: StoredClaim): string | null {
  const p = c.population;
  if (PEOPLE_MEASURES.has(c.measure)) {
    // Whose (nationality) and where (theatre), each stated by the claim or taken from its article:
    // "9 soldiers died" in a story about North Koreans in Kursk joins "over 6,000 casualties" there.
    if (!p.nationality && !p.theatre) return null;
    return `${familyOf(c.measure)}|of:${p.nationality ?? '?'}|in:${p.theatre ?? '?'}`;
  }
  if (c.measure === 'quantity' && c.counted) {
    return `quantity|${c.value.unit}|${lemma(c.counted)}|in:${p.theatre ?? c.place?.country ?? '?'}|on:${c.time?.start ?? c.published}`;
  }
  return null;
}

export const groupId = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 12);
