// Periods counted from the publication day: "last week", "this year", "next month", "last weekend"
// (calendar periods) and "the past three months", "the previous 24 hours" (rolling windows ending on it).
// chrono resolves these to single days; we need the whole period.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import {
  addDays, addMonths, monthOf, quarterOf, weekOf, weekdayOf, yearOf, type CivilDate, type DayRange,
} from './calendar.js';
import { TAG, boundaryBefore, rangeResult, referenceDay } from './chrono-kit.js';
import { alternation, lexicon, type PeriodUnit } from './lexicon.js';

const RELATIVE = alternation([...lexicon.backWords, ...lexicon.currentWords, ...lexicon.forwardWords]);
const UNITS = alternation(Object.keys(lexicon.periodUnits));
const NUMBER = `\\d+|${alternation(Object.keys(lexicon.numberWords))}`;
const PATTERN = new RegExp(
  // 1 the, 2 relative word, 3 count, 4 unit: "the past three months", "last 18 months", "this week"
  `(?:(the\\s+)?(${RELATIVE})\\s+(?:(${NUMBER})\\s+)?(${UNITS}|weekend)` +
  // 5 count, 6 relative word, 7 unit: "5 past years", "10 previous weeks"
  `|(${NUMBER})\\s+(${RELATIVE})\\s+(${UNITS}))` +
  '(?![\\p{L}\\p{N}-])',
  'iu',
);

type Direction = -1 | 0 | 1;

export class PeriodParser implements Parser {
  pattern(): RegExp { return PATTERN; }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!boundaryBefore(context.text, index)) return null;
    const the = Boolean(match[1]);
    const relWord = (match[2] ?? match[6] ?? '').toLowerCase();
    const countText = (match[3] ?? match[5])?.toLowerCase();
    const unitWord = (match[4] ?? match[7] ?? '').toLowerCase();
    const direction = directionOf(relWord);
    const ref = referenceDay(context);

    if (unitWord === 'weekend') {
      if (countText) return null;
      const range = weekend(ref, direction);
      return range ? rangeResult(context, index, match[0], range, true, [TAG.period]) : null;
    }
    const unit = lexicon.periodUnits[unitWord];
    if (!unit) return null;
    // "the following week", "the previous year": counted from the story's last event, not from publication.
    // With a count, only short windows ("the previous 24 hours") are still counted from publication.
    const storyRelative = countText === undefined ? the : unit !== 'hour' && unit !== 'day';
    if (storyRelative && lexicon.eventRelativePeriodWords.includes(relWord)) {
      return rangeResult(context, index, match[0], calendarPeriodOrDay(ref, unit, directionOf(relWord)), true,
        [TAG.period, TAG.eventRelative]);
    }
    const count = countText === undefined ? null : countOf(countText);
    if (countText !== undefined && count === null) return null;
    const plural = unitWord.endsWith('s');
    // "5 past years" reads as a window; "3 next week" is a count followed by a period.
    if (match[5] !== undefined && !plural) return null;
    // "the last three months" and "past month" roll back from the publication day; "last month" is the
    // calendar month before. "this" with a count ("this 3 days") is not English we need.
    const rolling = count !== null || ((relWord === 'past' || (the && relWord === 'last')) && unit !== 'quarter');
    if (rolling) {
      if (direction === 0 || (count === null && plural)) return null;
      const range = window(ref, unit, count ?? 1, direction);
      return rangeResult(context, index, match[0], range, true, [TAG.period, TAG.rolling]);
    }
    if (plural || unit === 'hour' || unit === 'day') return null;
    return rangeResult(context, index, match[0], calendarPeriod(ref, unit, direction), true, [TAG.period]);
  }
}

function directionOf(word: string): Direction {
  if (lexicon.backWords.includes(word)) return -1;
  if (lexicon.forwardWords.includes(word)) return 1;
  return 0;
}

function countOf(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return lexicon.numberWords[text.replace(/\s+/g, ' ')] ?? null;
}

function shift(d: CivilDate, unit: PeriodUnit, n: number): CivilDate {
  switch (unit) {
    case 'hour': return addDays(d, Math.sign(n) * Math.ceil(Math.abs(n) / 24));
    case 'day': return addDays(d, n);
    case 'week': return addDays(d, 7 * n);
    case 'month': return addMonths(d, n);
    case 'quarter': return addMonths(d, 3 * n);
    case 'year': return addMonths(d, 12 * n);
  }
}

/**
 * A rolling window: back from the publication day to it, or from the next day forward.
 * Quarters are reported whole, so "the past two quarters" are the two calendar quarters before this one.
 */
function window(ref: CivilDate, unit: PeriodUnit, count: number, direction: -1 | 1): DayRange {
  if (unit === 'quarter') {
    const first = calendarPeriod(ref, 'quarter', direction * (direction < 0 ? count : 1));
    const last = calendarPeriod(ref, 'quarter', direction * (direction < 0 ? 1 : count));
    return { start: first.start, end: last.end };
  }
  return direction < 0
    ? { start: shift(ref, unit, -count), end: ref }
    : { start: addDays(ref, 1), end: shift(ref, unit, count) };
}

function calendarPeriodOrDay(ref: CivilDate, unit: PeriodUnit, direction: number): DayRange {
  if (unit === 'hour' || unit === 'day') return { start: addDays(ref, direction), end: addDays(ref, direction) };
  return calendarPeriod(ref, unit, direction);
}

/** The calendar period `direction` periods away from the one holding the publication day. */
function calendarPeriod(ref: CivilDate, unit: Exclude<PeriodUnit, 'hour' | 'day'>, direction: number): DayRange {
  switch (unit) {
    case 'week': return weekOf(addDays(ref, 7 * direction));
    case 'month': {
      const m = addMonths({ ...ref, day: 1 }, direction);
      return monthOf(m.year, m.month);
    }
    case 'quarter': {
      const q = addMonths({ ...ref, day: 1 }, 3 * direction);
      return quarterOf(q.year, Math.floor((q.month - 1) / 3) + 1);
    }
    case 'year': return yearOf(ref.year + direction);
  }
}

/**
 * Saturday and Sunday. "last weekend" is the latest one that ended before the publication day;
 * "this weekend" the one holding it, or the coming one on a weekday; "next weekend" the one after.
 */
function weekend(ref: CivilDate, direction: Direction): DayRange | null {
  const wd = weekdayOf(ref);
  const thisSaturday = addDays(ref, (6 - wd + 7) % 7 - (wd === 0 ? 7 : 0));
  const saturday = direction < 0
    ? addDays(thisSaturday, -7)
    : addDays(thisSaturday, direction > 0 ? 7 : 0);
  return { start: saturday, end: addDays(saturday, 1) };
}
