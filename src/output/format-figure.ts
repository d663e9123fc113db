// Writes a claim's value the way a reader would: "≈14,000", "> 6,000", "600–700", "≤ 40%",
// "$3,700,000": digits in full, so figures from two outlets line up by eye.
import type { ClaimValue, Qualifier } from '../types.js';

const PREFIX: Record<Qualifier, string> = {
  exact: '',
  approximately: '≈',
  at_least: '≥ ',
  more_than: '> ',
  at_most: '≤ ',
  less_than: '< ',
  up_to: '≤ ',
  nearly: '≲ ',
  range: '',
};

const CURRENCY_SYMBOL: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const TIME_UNITS = new Set(['day', 'week', 'month', 'year', 'hour']);

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatFigure(value: ClaimValue): string {
  const { low, high, unit } = value;
  const amount = high !== null && high !== low
    ? `${withUnit(low, unit, false)}–${withUnit(high, unit, true)}`
    : withUnit(low, unit, true);
  return PREFIX[value.qualifier] + amount;
}

/** `last` is false for the first end of a range: "600–700 days", "10–20%", "$5–7". */
function withUnit(n: number, unit: string, last: boolean): string {
  const digits = numberFormat.format(n);
  if (unit === 'count') return digits;
  if (unit === 'percent') return last ? `${digits}%` : digits;
  const symbol = CURRENCY_SYMBOL[unit];
  if (symbol) return symbol + digits;
  if (!last) return digits;
  if (TIME_UNITS.has(unit)) return `${digits} ${unit}${n === 1 ? '' : 's'}`;
  return `${digits} ${unit}`;
}
