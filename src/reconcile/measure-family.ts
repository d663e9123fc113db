// Measure families: killed, wounded, missing and captured are all casualties (losses), so their
// figures stand side by side, with a note that they count different things.
import type { Measure } from '../types.js';

const FAMILY: Partial<Record<Measure, string>> = {
  killed: 'casualties', wounded: 'casualties', missing: 'casualties', captured: 'casualties', casualties: 'casualties',
};

export const familyOf = (m: Measure): string => FAMILY[m] ?? m;

/** Measures that count people, whose figures are grouped by the population they count. */
export const PEOPLE_MEASURES: ReadonlySet<Measure> = new Set<Measure>([
  'killed', 'wounded', 'casualties', 'missing', 'captured', 'arrested', 'deployed', 'displaced',
]);

const WHAT: Partial<Record<Measure, string>> = {
  killed: 'deaths', wounded: 'the wounded', missing: 'the missing', captured: 'prisoners',
  casualties: 'casualties (killed, wounded, missing and captured together)',
};

/** Why two measures of one family may not contradict each other. */
export function measureNote(a: Measure, b: Measure): string | null {
  if (a === b) return null;
  const [x, y] = [WHAT[a] ?? a, WHAT[b] ?? b];
  return `${x} vs ${y}: different things are counted`;
}
