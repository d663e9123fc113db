// Values of numbers as written: digits with separators and scale words ("5 million", "$3.7bn"),
// and numbers in words ("twelve thousand", "twenty-five", "a dozen").
// Written by hand: wink finds number spans without values, and the libraries that give values
// (compromise, Recognizers-Text) are 50-60x slower and wrong on "5 million won" (STACK.md).
import { loadLexicon } from '../../lexicon/load.js';

interface NumbersLexicon {
  ones: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  abbreviatedScales: Record<string, number>;
  groups: Record<string, number>;
  fractions: Record<string, number>;
}

export const numbers = loadLexicon<NumbersLexicon>('numbers');

const wordValues = new Map<string, number>([
  ...Object.entries(numbers.ones),
  ...Object.entries(numbers.tens),
]);

export const NUMBER_WORDS = [
  ...Object.keys(numbers.ones), ...Object.keys(numbers.tens), ...Object.keys(numbers.scales), ...Object.keys(numbers.groups),
].filter((w) => w !== 'score' && w !== 'zero');

/** Parses a digit string with thousands separators: "14,000" → 14000, "1.5" → 1.5. */
export function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** The scale of a word or abbreviation ("million", "bn"), or undefined. */
export function scaleOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return numbers.scales[w] ?? numbers.abbreviatedScales[w];
}

/**
 * Parses a run of number words such as "one hundred and fifty", "twelve thousand",
 * "twenty-five", "a dozen". Returns undefined when a word is not a number word.
 */
export function parseNumberWords(text: string): number | undefined {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (!words.length) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, w] of words.entries()) {
    if (w === 'a' || w === 'an') {
      if (i !== 0) return undefined;
      current = 1;
      continue;
    }
    const unit = wordValues.get(w);
    if (unit !== undefined) { current += unit; seen = true; continue; }
    const group = numbers.groups[w];
    if (group !== undefined) { current = (current || 1) * group; seen = true; continue; }
    const scale = numbers.scales[w];
    if (scale === undefined) return undefined;
    seen = true;
    if (scale === 100) current = (current || 1) * 100;
    else { total += (current || 1) * scale; current = 0; }
  }
  return seen ? total + current : undefined;
}
