// Shared pieces for our chrono parsers and refiners: the reference day, tags that carry our
// decisions through chrono's pipeline, and building results that cover whole-day ranges.
import { ParsingComponents, ParsingResult, type ParsingContext } from 'chrono-node';
import type { CivilDate, DayRange } from './calendar.js';

/**
 * Tags are the only channel chrono keeps from a parser or refiner to the caller, so our
 * decisions travel as tags and src/extract/time/resolve.ts reads them.
 */
export const TAG = {
  /** A result whose start and end components are whole days we computed. */
  range: 'crosscheck/range',
  /** Says when, but too loosely to resolve ("earlier this month", "mid-2024"). */
  vague: 'crosscheck/vague',
  /** An open bound ("by 2030", "before 2018"): not a window in time. */
  bound: 'crosscheck/bound',
  /** A bare weekday that is the publication weekday: wire style for the publication day itself. */
  sameWeekday: 'crosscheck/same-weekday',
  /** Relative to another event in the story ("a day earlier"), not to publication. */
  eventRelative: 'crosscheck/event-relative',
  pastWeekday: 'crosscheck/past-weekday',
  pastYear: 'crosscheck/past-year',
  since: 'crosscheck/since',
  between: 'crosscheck/between',
  year: 'crosscheck/year',
  period: 'crosscheck/period',
  rolling: 'crosscheck/rolling',
  monthPart: 'crosscheck/month-part',
  yearPart: 'crosscheck/year-part',
} as const;

/** The publication day, read the way chrono reads its reference (local getters). */
export function referenceDay(context: ParsingContext): CivilDate {
  const d = context.reference.getDateWithAdjustedTimezone();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** Components for one day; the year can be left implied when the text did not state it. */
export function dayComponents(context: ParsingContext, d: CivilDate, yearKnown: boolean): ParsingComponents {
  const c = context.createParsingComponents({ month: d.month, day: d.day });
  return yearKnown ? c.assign('year', d.year) : c.imply('year', d.year);
}

export function rangeResult(
  context: ParsingContext, index: number, text: string, range: DayRange, yearKnown: boolean, tags: readonly string[],
): ParsingResult {
  const result = context.createParsingResult(
    index, text, dayComponents(context, range.start, yearKnown), dayComponents(context, range.end, yearKnown),
  );
  return result.addTags([TAG.range, ...tags]);
}

/** The day a components object stands for, whether its parts are known or implied. */
export function componentsDay(c: { get(k: 'year' | 'month' | 'day'): number | null }): CivilDate {
  return { year: c.get('year') ?? 1970, month: c.get('month') ?? 1, day: c.get('day') ?? 1 };
}

/** True when the character before `index` cannot continue a word or a number. */
export function boundaryBefore(text: string, index: number): boolean {
  return index === 0 || !/[\p{L}\p{N}_$€£#./-]/u.test(text[index - 1] ?? '');
}

/** The lower-cased word right before `index` (spaces between), passing over words in `skip`. */
export function wordBefore(
  text: string, index: number, skip: readonly string[] = [],
): { word: string; start: number } | null {
  let at = index;
  for (;;) {
    const head = text.slice(Math.max(0, at - 40), at);
    const m = /(\p{L}+)\s+$/u.exec(head);
    if (!m) return null;
    const start = at - head.length + m.index;
    const word = (m[1] ?? '').toLowerCase();
    if (!skip.includes(word)) return { word, start };
    at = start;
  }
}

/**
 * A new result built from an old one (chrono's clone drops tags, and our refiners do not edit
 * results in place). Components passed in are used as given; the others are cloned.
 */
export function derive(
  context: ParsingContext,
  from: ParsingResult,
  change: { index?: number; text?: string; start?: ParsingComponents; end?: ParsingComponents | null | undefined },
  tags: readonly string[] = [],
): ParsingResult {
  const start = change.start ?? from.start.clone();
  const end = change.end === undefined ? (from.end ? from.end.clone() : undefined) : (change.end ?? undefined);
  const result = context.createParsingResult(change.index ?? from.index, change.text ?? from.text, start, end);
  return result.addTags([...from.tags(), ...tags]);
}

/** Components moved by whole days, with every date part implied (the text did not state them). */
export function impliedDay(from: ParsingComponents, d: CivilDate): ParsingComponents {
  const c = from.clone();
  c.imply('day', d.day).imply('month', d.month).imply('year', d.year);
  return c;
}

export function isOwn(result: ParsingResult): boolean {
  return result.tags().has(TAG.range);
}
