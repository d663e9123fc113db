// Years chrono leaves alone: "in 2024", "since 2022", "between 2014 and 2018", "the 1990s".
// A four-digit number is a year only after a preposition, or as the subject opening its clause ("2025 was
// the deadliest year"), so "Resolution 2231" and "2000 troops" stay numbers.
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { yearOf } from './calendar.js';
import { TAG, boundaryBefore, rangeResult, wordBefore } from './chrono-kit.js';
import { lexicon } from './lexicon.js';

const YEAR = '(?:1[89]|20)\\d{2}';
const PATTERN = new RegExp(
  `(${YEAR})(s\\b)?(?:\\s*(-|–|—|~|to|and|through|until|till)\\s*(${YEAR}|\\d{2})(?!\\d))?` +
  // not part of a longer number, a decimal, a percentage or a compound ("2024-era")
  '(?![\\p{L}\\p{N}]|[.,]\\d|\\s*%|[-–][\\p{L}\\p{N}])',
  'iu',
);

// Function words that may follow a year and end in "s" without making it a count ("in 2024 was").
const NOT_PLURAL = new Set(['was', 'is', 'as', 'has', 'this', 'its', 'his', 'us', 'thus', 'across', 'plus', 'versus']);

export class YearParser implements Parser {
  pattern(): RegExp { return PATTERN; }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const text = context.text;
    const index = match.index ?? 0;
    if (!boundaryBefore(text, index)) return null;
    const first = Number(match[1]);
    if (match[2]) return this.decade(context, index, first, match[0]);

    // "the 2022 invasion", "through the 1949 Geneva conventions": a year used as an adjective.
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, index - 5), index))) return null;
    const before = wordBefore(text, index, ['the', 'year'])
      ?? (/\byear\s+$/i.test(text.slice(Math.max(0, index - 8), index)) ? wordBefore(text, index) : null);
    const isBound = before !== null && lexicon.yearBounds.includes(before.word);
    if (!match[3] && yearAsSubject(text, index, match[1]!.length)) {
      const year = yearOf(first);
      return rangeResult(context, index, match[1]!, { start: year.start, end: year.end }, true, [TAG.year]);
    }
    if (!before || (!isBound && !lexicon.yearPrepositions.includes(before.word) && before.word !== 'year')) return null;
    // "in 2022 and 2023" lists years; "between 1500 and 2000" does not.
    if (before.word === 'and' && !/(?:1[89]|20)\d{2},?\s*$/.test(text.slice(Math.max(0, before.start - 8), before.start))) {
      return null;
    }

    let used = match[1] ?? '';
    let last = first;
    const connector = (match[3] ?? '').toLowerCase();
    const second = match[4];
    // "and" joins two years into a range only after "between" ("in 2022 and 2023" names two years).
    if (second && (connector !== 'and' || before.word === 'between')) {
      last = second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
      if (last > first) used = match[0];
      else last = first;
    }
    if (used === match[1] && this.countFollows(text, index + used.length)) return null;

    const tags = [TAG.year, ...(isBound ? [TAG.bound] : [])];
    // The reading starts at the preposition: chrono's UnlikelyFormatFilter drops a result that is digits only.
    const from = before.start;
    const span = text.slice(from, index + used.length);
    return rangeResult(context, from, span, { start: yearOf(first).start, end: yearOf(last).end }, true, tags);
  }

  private decade(context: ParsingContext, index: number, first: number, text: string): ParsingResult | null {
    // "the 1990s"; "1990s" alone could be a count in some styles, so ask for the article.
    if (first % 10 !== 0 || !/\bthe\s+$/i.test(context.text.slice(Math.max(0, index - 8), index))) return null;
    return rangeResult(context, index, text, { start: yearOf(first).start, end: yearOf(first + 9).end }, true, [TAG.year]);
  }

  /** "in 2000 villages": the number counts something, it is not a year. */
  private countFollows(text: string, end: number): boolean {
    const m = /^\s+([a-z]+)/.exec(text.slice(end, end + 30));
    if (!m) return false;
    const word = m[1] ?? '';
    return lexicon.countNounsAfterYear.includes(word) || (word.length > 3 && word.endsWith('s') && !NOT_PLURAL.has(word));
  }
}

// "2025 was the deadliest year", "..., and 2024 saw 300 attacks": a year that opens its sentence or
// clause as the subject of a verb of being or witnessing names the period the sentence is about.
const SUBJECT_VERB = /^\s+(?:was|is|has been|had been|will be|saw|brought|marked|became)\b/i;
const OPENS_CLAUSE = /(?:^\s*|[.!?:;]\s+|\n\s*|,\s+(?:and\s+|but\s+)?|["“]\s*)$/u;
function yearAsSubject(text: string, index: number, length: number): boolean {
  return OPENS_CLAUSE.test(text.slice(Math.max(0, index - 8), index)) && SUBJECT_VERB.test(text.slice(index + length, index + length + 16));
}
