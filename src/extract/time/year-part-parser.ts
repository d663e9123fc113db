// Parts of a stated year: halves and quarters resolve ("the first half of 2025", "Q3 2019");
// "early 2024", "mid-2024", "the end of 2025" are tagged vague (the dev gold leaves them unresolved).
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { monthOf, quarterOf, yearOf, type DayRange } from './calendar.js';
import { TAG, boundaryBefore, rangeResult } from './chrono-kit.js';
import { alternation, lexicon } from './lexicon.js';

const YEAR = '((?:1[89]|20)\\d{2})';
const PART = `(${alternation([...Object.keys(lexicon.yearHalves), ...Object.keys(lexicon.quarters)])})`;
const ORDINAL_QUARTER = '(1st|2nd|3rd|4th)\\s+quarter';
const VAGUE = `(${alternation(lexicon.vagueYearParts)})`;
const PATTERN = new RegExp(
  `(?:(?:the\\s+)?(?:${PART}|${ORDINAL_QUARTER})\\s*(?:of\\s+|-\\s*)?(?:the\\s+year\\s+)?${YEAR}` +
  `|${YEAR}\\s*[- ]\\s*(h[12]|q[1-4])` +
  `|${VAGUE}[\\s-]+${YEAR})` +
  '(?![\\p{L}\\p{N}])',
  'iu',
);

export class YearPartParser implements Parser {
  pattern(): RegExp { return PATTERN; }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!boundaryBefore(context.text, index)) return null;
    const [, part, ordinal, year1, year2, suffixPart, vague, year3] = match;
    if (vague && year3) {
      return rangeResult(context, index, match[0], yearOf(Number(year3)), true, [TAG.yearPart, TAG.vague]);
    }
    const year = Number(year1 ?? year2);
    const key = (part ?? suffixPart ?? '').toLowerCase().replace(/\s+/g, ' ');
    const range = partRange(year, key, ordinal);
    return range ? rangeResult(context, index, match[0], range, true, [TAG.yearPart]) : null;
  }
}

function partRange(year: number, key: string, ordinal: string | undefined): DayRange | null {
  if (ordinal) return quarterOf(year, Number(ordinal[0]));
  const half = lexicon.yearHalves[key];
  if (half) return { start: monthOf(year, half[0]).start, end: monthOf(year, half[1]).end };
  const quarter = lexicon.quarters[key];
  return quarter ? quarterOf(year, quarter) : null;
}
