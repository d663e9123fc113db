// Fractions: shares of a whole ("two-thirds of", "one in four", "3/4 of") read as percentages, and
// mixed numbers ("two and a half", "half a million", "3 million and a half") read as plain values.
import { hedges } from './lexicon.js';
import { alternation } from './lexicon.js';
import {
  DENOMINATOR, DIGITS, NUMERATOR, SCALE_WORDS, WORD_RUN, denominatorOf, parseDigits, parseNumberWords, scaleOf,
} from './number-words.js';

export interface Fraction {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** A share of a whole, in percent; otherwise a plain value ("two and a half" → 2.5). */
  readonly share: boolean;
}

// Not "a fifth year": an ordinal before a noun. A fraction ends a phrase (or a line: a headline),
// takes "of" or a verb.
const FOLLOW = `(?=\\s+(?:of|in|on|from|since|by|are|is|was|were|have|has|had|said|say|says|will|would|could|may|might|do|did|does)\\b|\\s*[,.;:)]|\\s*(?:$|\\n))`;
const SMALL = '(?:one|two|three|four|five|six|seven|eight|nine|\\d{1,2})';
const SMALL_OR_TEN = '(?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})';

/** Shares of a whole, each alternative in its own groups (see shareValue). */
const SHARE = new RegExp(
  `\\b(${NUMERATOR})[ \\t]*-?[ \\t]*(${DENOMINATOR})\\b${FOLLOW}` +
  `|\\b(${SMALL})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(${SMALL_OR_TEN})\\b` +
  `|\\b(half)\\b(?=\\s+(?:of\\s+)?(?:the|them|their|those|these|all|its|his|her|our)\\b)` +
  `|(?<=(?:^|[.!?]\\s+|\\n))(Half)(?=\\s+[a-z])` +
  // "more than half", "nearly half": a hedge marks a bare "half" as a share.
  `|(?<=(?:^|[^\\w])(?:${alternation(Object.keys(hedges.before))})\\s+)(half)\\b` +
  // "3/4 of the territory": a slash fraction counts as a share only before "of" (else a date or a score).
  `|(?<![\\w/.,])([1-9])\\/([2-9]|10)(?=\\s+of\\b)`,
  'gi');

/** Mixed numbers and fractions of a scale, read as values. */
const MIXED = new RegExp(
  `(?<![\\w.,])(?:(${DIGITS})(?:[ \\t-]*(${SCALE_WORDS})\\b)?|\\b(${WORD_RUN}))\\s+and\\s+(${NUMERATOR})[ \\t]*-?[ \\t]*(${DENOMINATOR})\\b` +
  `(?:[ \\t]+(${SCALE_WORDS})\\b)?` +
  `|\\b(?:(${NUMERATOR})[ \\t]*-?[ \\t]*)?(${DENOMINATOR})(?:\\s+of)?\\s+(?:a\\s+)?(${SCALE_WORDS})\\b`,
  'gi');

/** Every fraction in the text, mixed numbers first, sorted by position, none overlapping. */
export function findFractions(text: string): Fraction[] {
  const out: Fraction[] = [];
  for (const m of text.matchAll(MIXED)) {
    const value = mixedValue(m);
    if (value !== undefined) out.push({ start: m.index, end: m.index + m[0].length, value, share: false });
  }
  for (const m of text.matchAll(SHARE)) {
    const start = m.index, end = start + m[0].length;
    if (out.some((f) => f.start < end && start < f.end)) continue;
    const value = shareValue(m);
    if (value !== undefined) out.push({ start, end, value, share: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

const round1 = (x: number) => Math.round(x * 1000) / 10;
const numeratorOf = (word: string) => (/^an?$/i.test(word) ? 1 : /\d/.test(word) ? Number(word) : parseNumberWords(word));

function shareValue(m: RegExpMatchArray): number | undefined {
  if (m[1] && m[2]) {
    const n = numeratorOf(m[1]);
    const d = denominatorOf(m[2]);
    if (n === undefined || d === undefined || n >= d) return undefined;
    return round1(n / d);
  }
  if (m[3] && m[4]) {
    const a = numeratorOf(m[3]);
    const b = numeratorOf(m[4]);
    if (a === undefined || b === undefined || b === 0 || a >= b) return undefined;
    return round1(a / b);
  }
  if (m[8] && m[9]) {
    const a = Number(m[8]), b = Number(m[9]);
    return a < b ? round1(a / b) : undefined;
  }
  return 50;
}

function mixedValue(m: RegExpMatchArray): number | undefined {
  if (m[4] && m[5]) {
    const n = numeratorOf(m[4]);
    const d = denominatorOf(m[5]);
    if (n === undefined || d === undefined || n >= d) return undefined;
    const fraction = n / d;
    let whole: number | undefined;
    let wholeScale = 1;
    if (m[1]) {
      wholeScale = m[2] ? scaleOf(m[2]) ?? 1 : 1;
      whole = parseDigits(m[1]) * wholeScale;
    } else if (m[3]) {
      whole = parseNumberWords(m[3]);
      const lastWord = /(\w+)\s*$/.exec(m[3])?.[1] ?? '';
      wholeScale = scaleOf(lastWord) ?? 1;
    }
    if (whole === undefined) return undefined;
    const scale = m[6] ? scaleOf(m[6]) : undefined;
    // "five and a half million" scales the whole; "one billion and a half million" adds half a million.
    if (scale !== undefined) return whole >= scale ? whole + fraction * scale : (whole + fraction) * scale;
    // "3 million and a half" is a half million more; "one hundred and three quarters" is 100.75.
    return wholeScale >= 1000 ? whole + fraction * wholeScale : whole + fraction;
  }
  if (m[8] && m[9]) {
    const n = m[7] ? numeratorOf(m[7]) : 1;
    const d = denominatorOf(m[8]);
    const scale = scaleOf(m[9]);
    if (n === undefined || d === undefined || scale === undefined || n >= d) return undefined;
    return (n / d) * scale;
  }
  return undefined;
}
