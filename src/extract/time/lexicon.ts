// The time extractor's word lists, read once from lexicon/en/times.json (word lists are data).
// The file sits outside src/, so it is read at run time relative to this module (src/ and dist/ alike).
import { readFileSync } from 'node:fs';

export interface TimeLexicon {
  readonly months: Readonly<Record<string, number>>;
  readonly monthsNeedingCapital: readonly string[];
  readonly weekdayAbbreviations: readonly string[];
  readonly ignoredExpressions: readonly string[];
  readonly monthParts: Readonly<Record<string, readonly [number, number]>>;
  readonly yearHalves: Readonly<Record<string, readonly [number, number]>>;
  readonly quarters: Readonly<Record<string, number>>;
  readonly periodUnits: Readonly<Record<string, PeriodUnit>>;
  readonly numberWords: Readonly<Record<string, number>>;
  readonly backWords: readonly string[];
  readonly currentWords: readonly string[];
  readonly forwardWords: readonly string[];
  readonly yearPrepositions: readonly string[];
  readonly yearBounds: readonly string[];
  readonly spanPrepositions: readonly string[];
  readonly vagueExpressions: readonly string[];
  readonly vagueYearParts: readonly string[];
  readonly countNounsAfterYear: readonly string[];
  readonly eventRelativePeriodWords: readonly string[];
  readonly eventRelative: readonly string[];
}

export type PeriodUnit = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

export const lexicon: TimeLexicon = JSON.parse(
  readFileSync(new URL('../../../lexicon/en/times.json', import.meta.url), 'utf8'),
) as TimeLexicon;

/** An alternation of words for a RegExp, longest first so "sept" wins over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
