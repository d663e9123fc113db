// Checks shares against the counts they are shares of: a stated percentage beside its part and whole
// ("30 of the 120 detainees, or 25%"), and the share one count is of another in the same sentence
// ("14,000 soldiers ... with over 6,000 casualties" → over 43% of the force).
import type { Claim, Measure } from '../types.js';
import type { Check } from './check.js';

/** A stated share passes within this many percentage points of the counts' ratio. */
export const SHARE_TOLERANCE_POINTS = 2;
const LOSSES = new Set<Measure>(['killed', 'wounded', 'casualties', 'missing', 'captured']);
const sameSentence = (a: Claim, b: Claim) => a.span.start === b.span.start;
const round1 = (n: number) => Math.round(n * 10) / 10;
const BOUND: Partial<Record<Claim['value']['qualifier'], string>> = {
  more_than: 'over ', at_least: 'at least ', approximately: 'about ', nearly: 'nearly ', less_than: 'under ', up_to: 'up to ', at_most: 'at most ',
};

export function shareChecks(claims: readonly Claim[]): Check[] {
  const checks: Check[] = [];
  // Claims by sentence: each check reads its own sentence, so a long article costs n, not n².
  const bySentence = new Map<number, (readonly [Claim, number])[]>();
  claims.forEach((c, i) => {
    const list = bySentence.get(c.span.start);
    if (list) list.push([c, i]); else bySentence.set(c.span.start, [[c, i]]);
  });
  claims.forEach((c, i) => {
    const sentence = bySentence.get(c.span.start) ?? [];
    if (c.measure === 'percentage' && c.value.high !== null) {
      // Two counts of one unit around a stated percentage: the smaller a part of the larger.
      const counts = sentence.filter(([x]) => sameSentence(x, c) && x.value.unit === 'count' && x !== c);
      if (counts.length !== 2) return;
      const [[p, pi], [w, wi]] = counts[0]![0].value.low <= counts[1]![0].value.low ? [counts[0]!, counts[1]!] : [counts[1]!, counts[0]!];
      if (w.value.low === 0) return;
      const expected = round1((p.value.low / w.value.low) * 100);
      const gapPoints = c.value.low - expected;
      const pass = Math.abs(gapPoints) <= SHARE_TOLERANCE_POINTS;
      checks.push({
        kind: 'share', claims: [i, pi, wi], stated: c.value.low, expected, gap: round1(gapPoints) / 100, verdict: pass ? 'pass' : 'mismatch',
        note: `${p.value.low.toLocaleString('en-US')} of ${w.value.low.toLocaleString('en-US')} is ${expected}%; the article says ${c.value.low}%` +
          (pass ? '.' : `, ${Math.abs(round1(gapPoints))} points ${gapPoints > 0 ? 'more' : 'less'}.`),
      });
    }
    if (c.measure === 'deployed') {
      // Losses of the force named beside it: a share the article leaves to the reader.
      sentence.forEach(([l, k]) => {
        if (!LOSSES.has(l.measure) || !sameSentence(l, c) || c.value.low <= 0 || l.value.low >= c.value.low) return;
        const expected = round1((l.value.low / c.value.low) * 100);
        const bound = BOUND[l.value.qualifier] ?? '';
        checks.push({
          kind: 'share', claims: [k, i], stated: null, expected, gap: null, verdict: 'info',
          note: `${bound}${l.value.low.toLocaleString('en-US')} ${l.measure} of ${BOUND[c.value.qualifier] ?? ''}${c.value.low.toLocaleString('en-US')} deployed is ${bound}${expected}% of the force.`,
        });
      });
    }
  });
  return checks;
}
