// From a refined chrono reading to whole days: each side of the reading covers the period its
// stated parts name (a day, a month, a year), and the tags say whether to keep it at all.
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { compare, monthOf, yearOf, type CivilDate, type DayRange } from './calendar.js';
import { TAG, componentsDay } from './chrono-kit.js';

export type Resolution =
  | { readonly kind: 'time'; readonly range: DayRange; readonly certain: boolean; readonly rules: readonly string[] }
  /** `reason` is set when the drop is worth a message (a time expression we saw but will not resolve). */
  | { readonly kind: 'drop'; readonly reason: string | null };

const DROPS: ReadonlyArray<readonly [string, string]> = [
  [TAG.vague, 'too vague to resolve to days'],
  [TAG.bound, 'an open bound ("by", "before", "after"), not a period'],
  [TAG.eventRelative, 'counted from another event in the story, not from publication'],
];

const RULES: ReadonlyArray<readonly [string, string]> = [
  [TAG.year, 'time/year'],
  [TAG.yearPart, 'time/year-part'],
  [TAG.period, 'time/period'],
  [TAG.rolling, 'time/rolling'],
  [TAG.monthPart, 'time/month-part'],
  [TAG.between, 'time/between'],
  [TAG.pastWeekday, 'time/past-weekday'],
  // Wire style: "on Thursday" in a Thursday story is the publication day (implied, not stated).
  [TAG.sameWeekday, 'time/publication-weekday'],
  [TAG.pastYear, 'time/past-year'],
  [TAG.since, 'time/since'],
];

export function resolve(result: ParsedResult): Resolution {
  const tags = result.tags();
  for (const [tag, reason] of DROPS) if (tags.has(tag)) return { kind: 'drop', reason };

  const start = sideRange(result.start, result.text);
  // A time of day alone ("at 3 p.m.") names no day of its own.
  if (!start) return { kind: 'drop', reason: null };
  const end = result.end ? sideRange(result.end, result.text) : null;
  const range = { start: start.range.start, end: (end ?? start).range.end };
  if (compare(range.end, range.start) < 0) return { kind: 'drop', reason: 'the range ends before it starts' };
  // "739964 days ago" lands before year 1, and past year 275760 Date gives NaN: neither is a
  // YYYY-MM-DD a reader (or the spec's date format) can take.
  if (!writable(range.start) || !writable(range.end)) return { kind: 'drop', reason: 'outside the years 1 to 9999' };

  const rules = [
    // chrono's own readings carry its tags, or none at all (weekdays); ours carry only ours.
    ...(!tags.has(TAG.range) || [...tags].some((t) => !t.startsWith('crosscheck/')) ? ['time/chrono'] : []),
    ...RULES.filter(([tag]) => tags.has(tag)).map(([, rule]) => rule),
  ];
  return { kind: 'time', range, certain: start.certain && (end?.certain ?? true), rules };
}

/** The period one side names, and whether the text stated the parts that period needs. */
function sideRange(c: ParsedComponents, text: string): { range: DayRange; certain: boolean } | null {
  const d = componentsDay(c);
  const known = (k: 'year' | 'month' | 'day'): boolean => c.isCertain(k);
  // "two months ago" is a day even though chrono leaves the day implied; "this morning" is today.
  const dayLevel = known('day') || c.isCertain('weekday') || /\bago\b/i.test(text)
    || /\b(?:this\s+(?:morning|afternoon|evening)|tonight)\b/i.test(text);
  if (dayLevel) return { range: { start: d, end: d }, certain: known('year') && known('month') && known('day') };
  if (known('month')) return { range: monthOf(d.year, d.month), certain: known('year') };
  if (known('year')) return { range: yearOf(d.year), certain: true };
  return null;
}

const writable = (d: CivilDate): boolean => Number.isInteger(d.year) && d.year >= 1 && d.year <= 9999;
