// Parts of a month: "early August" (1–10), "mid-August" (11–20), "late August" (21–end), and
// "the beginning / middle / end of August". chrono reads these as the whole month.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { daysInMonth } from './calendar.js';
import { TAG, boundaryBefore, rangeResult, referenceDay } from './chrono-kit.js';
import { alternation, lexicon } from './lexicon.js';

const MONTH_WORDS = Object.keys(lexicon.months);
// "Aug." takes its dot; "August." ends the sentence. An abbreviation is a prefix of a longer name.
const ABBREVIATIONS = MONTH_WORDS.filter((w) => MONTH_WORDS.some((o) => o !== w && o.startsWith(w)));
const PATTERN = new RegExp(
  `(${alternation(Object.keys(lexicon.monthParts))})[\\s-]+(${alternation(MONTH_WORDS)})` +
  `(?:(?<=${ABBREVIATIONS.map((w) => `\\b${w}`).join('|')})\\.)?` +
  '(?:,?\\s+((?:1[89]|20)\\d{2}))?(?![\\p{L}\\p{N}])',
  'iu',
);

export class MonthPartParser implements Parser {
  pattern(): RegExp { return PATTERN; }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!boundaryBefore(context.text, index)) return null;
    const part = lexicon.monthParts[(match[1] ?? '').toLowerCase().replace(/\s+/g, ' ')];
    const month = lexicon.months[(match[2] ?? '').toLowerCase()];
    if (!part || !month) return null;
    const yearText = match[3];
    // Without a year the reference year is implied; the past refiner moves it back when it lies ahead.
    const year = yearText ? Number(yearText) : referenceDay(context).year;
    const range = {
      start: { year, month, day: part[0] },
      end: { year, month, day: Math.min(part[1], daysInMonth(year, month)) },
    };
    return rangeResult(context, index, match[0], range, Boolean(yearText), [TAG.monthPart]);
  }
}
