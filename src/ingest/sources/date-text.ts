// Reads the dates pages and feeds write (ISO 8601, RFC 822 pubDate, "December 13, 2025") as the
// publication day YYYY-MM-DD. The day is taken as written, not converted to UTC: a page stamped
// 2025-12-13T01:00+09:00 was published on the 13th where it was published.
import { checkPublished } from '../published-date.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
// "13 Dec 2025", "Sat, 13 Dec 2025 08:30:00 +0200", "13 December 2025"
const DAY_MONTH_YEAR = new RegExp(String.raw`^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+${MONTH}\s+(\d{4})\b`, 'i');
// "December 13, 2025", "Dec. 13 2025", "Saturday, December 13, 2025"
const MONTH_DAY_YEAR = new RegExp(String.raw`^(?:[a-z]{3,9},?\s+)?${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');

// What may follow the day in a value that is only a date: a time, a zone.
const TIME_REST = /^(?:(?:[ ,T]|\bat\b)+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|[A-Z]{2,5}|[+-]\d{2}:?\d{2})?)?\s*$/i;

/**
 * The day a date string names, or null when it is not a date we read with certainty (no guessing).
 * `whole`: the value must be only a date (and time), not a sentence that starts with one.
 */
export function dateOf(value: string | null | undefined, whole = false): string | null {
  if (!value) return null;
  const s = value.trim();
  for (const [re, y, mo, d] of FORMATS) {
    const m = re.exec(s);
    if (!m) continue;
    if (whole && !TIME_REST.test(s.slice(m[0].length))) return null;
    return valid(m[y]!, /^\d+$/.test(m[mo]!) ? Number(m[mo]) : monthNumber(m[mo]!), Number(m[d]));
  }
  return null;
}

// Each format with the groups holding year, month and day.
const FORMATS: readonly (readonly [RegExp, number, number, number])[] = [
  [ISO, 1, 2, 3], [DAY_MONTH_YEAR, 3, 2, 1], [MONTH_DAY_YEAR, 3, 1, 2],
];

function monthNumber(name: string): number {
  return MONTHS[name.slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 0;
}

function valid(year: string, month: number, day: number): string | null {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  try {
    return checkPublished(iso, 'date');
  } catch {
    return null;
  }
}
