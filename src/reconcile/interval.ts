// The range of values a claim allows, with its hedge: "about 14,000" is 14,000 ± the tolerance,
// "over 6,000" is 6,000 and up, "up to 40%" is 0 to 40%.
import type { ClaimValue } from '../types.js';

export interface Interval { readonly lo: number; readonly hi: number }

/** Relative tolerance for hedged values and for comparing figures (10%). */
export const DEFAULT_TOLERANCE = 0.1;

export function intervalOf(v: ClaimValue, tolerance = DEFAULT_TOLERANCE): Interval {
  const high = v.high ?? v.low;
  switch (v.qualifier) {
    case 'exact': return { lo: v.low, hi: high };
    case 'approximately': return { lo: v.low * (1 - tolerance), hi: high * (1 + tolerance) };
    case 'nearly': return { lo: v.low * (1 - tolerance), hi: high };
    case 'at_least': return { lo: v.low, hi: Infinity };
    case 'more_than': return { lo: v.low, hi: Infinity };
    case 'at_most': case 'less_than': case 'up_to': return { lo: 0, hi: high };
    case 'range': return { lo: v.low, hi: high };
  }
}

/** One number that stands for the claim: a range's midpoint, a bound's stated number. */
export function centralValue(v: ClaimValue): number {
  if (v.qualifier === 'range' && v.high !== null) return (v.low + v.high) / 2;
  return v.low;
}

/** How far apart two intervals are, as a ratio ≥ 1 (1 = they touch or overlap). */
export function gapRatio(a: Interval, b: Interval): number {
  if (a.hi >= b.lo && b.hi >= a.lo) return 1;
  const [lower, upper] = a.hi < b.lo ? [a, b] : [b, a];
  return lower.hi <= 0 ? Infinity : upper.lo / lower.hi;
}
