// Values of numbers as written: digits with separators and scale words ("5 million", "$3.7bn"),
// and numbers in words ("twelve thousand", "twenty-five", "a dozen", "two point five").
// Written by hand: wink finds number spans without values, and the libraries that give values
// (compromise, Recognizers-Text) are 50-60x slower and wrong on "5 million won" (STACK.md).
import { loadLexicon } from '../../lexicon/load.js';

interface NumbersLexicon {
  ones: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  abbreviatedScales: Record<string, number>;
  groups: Record<string, number>;
  denominators: Record<string, number>;
}

export const numbers = loadLexicon<NumbersLexicon>('numbers');

const wordValues = new Map<string, number>([
  ...Object.entries(numbers.ones),
  ...Object.entries(numbers.tens),
]);

export const NUMBER_WORDS = [
  ...Object.keys(numbers.ones), ...Object.keys(numbers.tens), ...Object.keys(numbers.scales), ...Object.keys(numbers.groups).map((g) => `${g}s`),
  ...Object.keys(numbers.groups),
].filter((w) => w !== 'score' && w !== 'scores');

/** Parses a digit string with thousands separators: "14,000" → 14000, "1 234 567" → 1234567, ".5" → 0.5. */
export function parseDigits(text: string): number {
  return Number(text.replace(/[,\s\u00A0\u202F]/g, ''));
}

/** The scale of a word or abbreviation ("million", "bn", "lakh", "dozens"), or undefined. */
export function scaleOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return numbers.scales[w] ?? numbers.groups[w.replace(/s$/, '')] ?? numbers.abbreviatedScales[w];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (list: Iterable<string>) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');

// Pattern sources shared by the number and fraction readers (compiled by their users, once).
export const WORD = `(?:${words(NUMBER_WORDS)})`;
/** A run of number words; "a"/"an" only before a scale ("a hundred thousand", "a dozen"); not "at one point". */
export const WORD_RUN = `(?:(?:a|an)\\s+(?=(?:dozen|hundred|thousand|million|billion)\\b))?${WORD}(?:(?:\\s+(?:and|(?<!\\bat\\s+one\\s+)point)\\s+|[ \\t]*-[ \\t]*|[ \\t]+)${WORD})*`;
const MONTH_BEFORE = '(?<!\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s)';
/** Digits: "14,000", Indian "12,34,567", "1 234 567" (not "May 5 300"), "2.75", ".08". */
export const DIGITS = `(?:(?:\\d{1,3}(?:,\\d{3})+|\\d{1,2}(?:,\\d{2})+,\\d{3}|${MONTH_BEFORE}\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?|\\.\\d+)`;
export const SCALE_WORDS = `(?:hundred|thousand|lakh|million|crore|billion|trillion|dozens?)`;
export const DENOMINATOR = `(?:${words(Object.keys(numbers.denominators))})`;
export const NUMERATOR = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)';

/** The denominator a fraction word names ("thirds" → 3), or undefined. */
export const denominatorOf = (word: string) => numbers.denominators[word.toLowerCase()];

/** One number read out of a run of number words: its value and its word offsets within the run. */
export interface WordNumber {
  readonly start: number;
  readonly end: number;
  readonly value: number;
}

type Last = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'group';

/**
 * Splits a run of number words into the numbers it holds: "one hundred and fifty" is one number,
 * "three-nought-four" and "five and six" are several ("between five and six" is a range of two).
 * A word starts a new number when it cannot continue the last one (a unit after a unit, tens after tens).
 */
export function readNumberWords(run: string): WordNumber[] {
  const out: WordNumber[] = [];
  const words: RegExpExecArray[] = [...run.matchAll(WORD_TOKEN)];
  let total = 0, current = 0, last: Last = 'none', start = -1, end = -1, seen = false, leadingA = false;
  let decimals: string | null = null;
  const flush = () => {
    // A lone "zero" is no figure ("Ground Zero", "zero-sum"); "zero point five" is.
    if (seen && start >= 0 && (total + current > 0 || decimals)) {
      const whole = total + current;
      out.push({ start, end, value: decimals ? whole + Number(`0.${decimals}`) : whole });
    }
    total = 0; current = 0; last = 'none'; start = -1; seen = false; leadingA = false; decimals = null;
  };
  for (let i = 0; i < words.length; i++) {
    const m = words[i]!;
    const w = m[0].toLowerCase();
    const at = m.index;
    if (w === 'and') {
      // "and" only joins when the next word continues this number ("one hundred and six").
      const next = words[i + 1]?.[0].toLowerCase();
      if (!seen || next === undefined || !continues(last, next, current)) flush();
      continue;
    }
    if (w === 'point') {
      const digits: Decimals | null = seen && decimals === null ? decimalWords(words, i + 1) : null;
      if (!digits) { flush(); continue; }
      decimals = digits.text;
      end = digits.end;
      i = digits.next - 1;
      flush();
      continue;
    }
    if (w === 'a' || w === 'an') {
      flush();
      start = at; leadingA = true; current = 1;
      continue;
    }
    if (seen && !continues(last, w, current)) { flush(); }
    if (start < 0) start = at;
    end = at + m[0].length;
    const unit = wordValues.get(w);
    if (unit !== undefined) {
      current += unit; seen = true; leadingA = false;
      last = unit >= 20 ? 'tens' : unit >= 10 ? 'teen' : 'unit';
      continue;
    }
    const group = numbers.groups[w.replace(/s$/, '')];
    // "dozens of" and a bare "dozen" are vague; "a dozen" and "two dozen" are numbers.
    if (group !== undefined && !seen && !leadingA) { start = -1; continue; }
    if (group !== undefined) { current = (current || 1) * group; seen = true; last = 'group'; continue; }
    const scale = numbers.scales[w];
    if (scale === undefined) { flush(); continue; }
    if (!seen && !leadingA) { start = -1; continue; } // a bare "hundred" or "thousand" is no number
    seen = true;
    if (scale === 100) { current = (current || 1) * 100; last = 'hundred'; continue; }
    // "three lakh crore", "a thousand million": a larger scale right after a scale multiplies it.
    if (current === 0 && total > 0) total *= scale;
    else { total += (current || 1) * scale; current = 0; }
    last = 'scale';
  }
  flush();
  return out;
}

/** Parses a whole run as one number: "one hundred and fifty" → 150; undefined when it holds several. */
export function parseNumberWords(text: string): number | undefined {
  const read = readNumberWords(text);
  return read.length === 1 ? read[0]!.value : undefined;
}

const WORD_TOKEN = /[a-z]+/gi;

function continues(last: Last, word: string, current: number): boolean {
  const unit = wordValues.get(word);
  if (unit !== undefined) {
    if (unit === 0) return false;
    if (unit < 10) return last !== 'unit' && last !== 'teen';
    if (unit < 20) return last === 'none' || last === 'hundred' || last === 'scale';
    return last === 'none' || last === 'hundred' || last === 'scale';
  }
  if (numbers.groups[word.replace(/s$/, '')] !== undefined) return last !== 'group';
  const scale = numbers.scales[word];
  if (scale === undefined) return false;
  if (scale === 100) return last !== 'hundred' && current < 100;
  return true;
}

/** The digits after "point": "zero three" → "03", "seventy-one" → "71". */
interface Decimals { text: string; end: number; next: number }

function decimalWords(words: readonly RegExpExecArray[], from: number): Decimals | null {
  let text = '', end = -1, i = from;
  for (; i < words.length; i++) {
    const m = words[i]!;
    const v = wordValues.get(m[0].toLowerCase());
    if (v === undefined) break;
    if (v >= 10 && text !== '') break;
    text += String(v);
    end = m.index + m[0].length;
    // "point seventy-one": a tens word may take one unit after it.
    if (v >= 20) {
      const unit = wordValues.get(words[i + 1]?.[0].toLowerCase() ?? '');
      if (unit !== undefined && unit > 0 && unit < 10) { text = text.slice(0, -1) + String(unit); end = words[i + 1]!.index + words[i + 1]![0].length; i++; }
      i++;
      break;
    }
    if (v >= 10) { i++; break; }
  }
  return text ? { text, end, next: i } : null;
}
