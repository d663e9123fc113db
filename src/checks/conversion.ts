// Checks a stated conversion ("5 million South Korean won (approximately $3,704)") against the
// reference rate of the publication month, and names the rate the article's figures imply.
import type { Claim } from '../types.js';
import type { Check } from './check.js';
import { closestPeriod, rateFor } from './reference-rates.js';

/** Within this relative gap a conversion passes (rates move a few percent within a month). */
export const CONVERSION_TOLERANCE = 0.03;
// "X (about $Y)", "X, or about $Y,", "X, equivalent to $Y", "X ($Y)".
const BRIDGE = /^\s*(?:\(|,?\s*(?:or|equivalent to|worth|about|roughly|some|around|approximately|nearly)\b)[\s\w]*$/i;

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: n < 10 ? 2 : 0 });
const monthName = (period: string) => period.length === 7
  ? new Date(`${period}-01T00:00:00Z`).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })
  : period;

export function conversionChecks(claims: readonly Claim[], text: string, published: string): Check[] {
  const checks: Check[] = [];
  for (let i = 0; i + 1 < claims.length; i++) {
    const a = claims[i]!, b = claims[i + 1]!;
    if (a.measure !== 'money' || b.measure !== 'money' || a.value.unit === b.value.unit || b.value.unit !== 'USD') continue;
    const between = text.slice(a.valueSpan.end, b.valueSpan.start);
    const unitWords = between.replace(/^[\s\p{L}.]*?(?=\s*[(,])/u, '');
    if (between.length > 60 || !BRIDGE.test(unitWords)) continue;
    const rate = rateFor(a.value.unit, published);
    if (!rate) continue;
    const expected = a.value.low / rate.perUsd;
    const stated = b.value.low;
    const gap = (stated - expected) / expected;
    const implied = a.value.low / stated;
    const pass = Math.abs(gap) <= CONVERSION_TOLERANCE;
    const closest = closestPeriod(a.value.unit, implied);
    const period = rate.resolution === 'month' ? monthName(rate.period) : `${rate.period} (annual average)`;
    const note = pass
      ? `${fmt(a.value.low)} ${a.value.unit} is about $${fmt(expected)} at ${fmt(rate.perUsd)} ${a.value.unit}/USD (${period}); the stated $${fmt(stated)} agrees within ${Math.round(CONVERSION_TOLERANCE * 100)}%.`
      : `The article's figures imply ${fmt(implied)} ${a.value.unit} to the dollar; the reference rate for ${period} is ${fmt(rate.perUsd)}, ` +
        `at which ${fmt(a.value.low)} ${a.value.unit} is about $${fmt(expected)}, so the stated $${fmt(stated)} is ${Math.abs(Math.round(gap * 100))}% ${gap > 0 ? 'high' : 'low'}.` +
        (closest ? ` The implied rate is closest to the reference rate of ${monthName(closest.period)} (${fmt(closest.perUsd)}): the conversion may use a stale rate.` : '');
    checks.push({ kind: 'conversion', claims: [i, i + 1], stated, expected: Math.round(expected * 100) / 100, gap: Math.round(gap * 1000) / 1000, verdict: pass ? 'pass' : 'mismatch', note });
  }
  return checks;
}
