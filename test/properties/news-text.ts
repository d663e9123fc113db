// Generators of article text for the property tests: arbitrary Unicode, and a news-like mix of
// our number words, digits with separators, hedges, currencies, dates, names and quotes, salted
// with the characters that break offset arithmetic (zero-width spaces, RTL marks, combining
// marks, astral characters, lone surrogates, NUL, CR).
import fc from 'fast-check';

/** Characters that are one thing to a reader and another to code that counts UTF-16 units. */
export const ODD = [
  '\u200B', '\u200C', '\u200D', '\uFEFF', '\u200E', '\u200F', '\u202E', '\u2066', '\u2069', // zero-width, RTL, isolates
  '\u0301', '\u0308', '\u20DD', 'e\u0301', // combining marks
  '😀', '𝟓', '𝟙𝟚', '🇺🇦', '👩‍👩‍👧', // astral: surrogate pairs, math digits, flags, ZWJ sequences
  '\uD800', '\uDC00', '\uDBFF', // lone surrogates
  '\u00A0', '\u202F', '\u2009', '\u3000', '\t', '\r\n', '\r', '\n', '\n\n', '\u2028', '\u0085', '\0',
  '٣', '٤٥', '۱۲', '१२', // non-Latin digits
  '−', '–', '—', '‑', '…', '%', '‰', '½', '¾', '²',
];

const NUMBER_WORDS = [
  'one', 'two', 'three', 'five', 'eleven', 'twelve', 'twenty-five', 'forty', 'ninety-nine', 'hundred', 'a hundred',
  'thousand', 'a thousand', 'million', 'billion', 'trillion', 'lakh', 'crore', 'dozen', 'a dozen', 'dozens', 'zero',
  'point', 'and', 'a half', 'half', 'two-thirds', 'one in four', 'three quarters', 'nought', 'score',
];
const DIGITS = [
  '0', '7', '12', '300', '1,000', '14,000', '1,234,567', '12,34,567', '1 234 567', '2.75', '.5', '3.', '1,00', '00012',
  '9'.repeat(20), '1e5', '0x1F', '5m', '10k', '$3.7bn', '150m', '12b', '1/2', '3/4', '4,000.50', '1.2.3', ',5',
  '99999999999999999999999', '1,000,000,000,000,000', '10 000',
];
const HEDGES = [
  'about', 'around', 'some', 'nearly', 'almost', 'more than', 'over', 'at least', 'up to', 'fewer than', 'less than',
  'roughly', 'approximately', 'between', 'from', 'to', 'or', 'as many as', 'at most', 'minus', 'negative', 'hand over',
];
const UNITS = [
  'people', 'soldiers', 'troops', 'civilians', 'killed', 'wounded', 'dead', 'missing', 'displaced', 'percent', 'per cent',
  '%', 'pct', 'dollars', 'cents', 'pence', 'euros', 'pounds', 'won', 'yen', 'hryvnias', 'rubles', 'USD', 'EUR', '€', '£', '$',
  'US$', '₩', '₾', 'days', 'day', '-day', 'weeks', 'months', 'years', '-year-old', 'years old', 'hours', 'km', 'kilometres',
  'miles', 'tonnes', 'drones', 'missiles', 'shells',
];
const DATES = [
  'on Friday', 'last month', 'Dec 13', 'December 13, 2025', '13 December 2025', '2025-12-13', 'in 2024', 'since 2014',
  'yesterday', 'last week', 'between March and May', 'on 12/13', 'at 10:30', 'in the 1990s', 'Monday night', 'early March',
  'May 5 300', 'Feb 30', '2025-02-30', '9999-99-99',
];
const NAMES = [
  'the governor', 'Kyiv', 'Ukraine', 'Russia', 'North Korea', 'Gaza', 'Israel', 'Sosnovy Brod', 'the ministry', 'Reuters',
  'the UN', 'officials', 'Kim Jong-un', 'KCNA', 'Zelensky', 'the army', 'a spokesman', 'analysts', 'Kharkiv region',
  'Donetsk', 'the Pentagon', 'He', 'She', 'They',
];
const CUES = ['said', 'says', 'told reporters', 'according to', 'claimed', 'estimated', 'reported', 'added', 'believes', 'denied'];
const PUNCT = ['.', ',', ';', ':', '"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '-', '/', '?', '!', '...', ' - ', '—'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NUMBER_WORDS) },
  { weight: 5, arbitrary: fc.constantFrom(...DIGITS) },
  { weight: 3, arbitrary: fc.nat({ max: 10_000_000 }).map(String) },
  { weight: 3, arbitrary: fc.constantFrom(...HEDGES) },
  { weight: 4, arbitrary: fc.constantFrom(...UNITS) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...CUES) },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
// Pieces are joined by a space, nothing (glued: "5million", "$-3"), or an odd space.
const glue = fc.constantFrom(' ', ' ', ' ', ' ', '', '-', '\u00A0', '\u200B', '\n');

/** News-like text: up to `maxPieces` pieces, each followed by a joint. */
export function newsText(maxPieces = 40): fc.Arbitrary<string> {
  return fc.array(fc.tuple(piece, glue), { maxLength: maxPieces }).map((parts) => parts.map(([p, g]) => p + g).join(''));
}

const number = fc.oneof(fc.constantFrom(...DIGITS), fc.constantFrom(...NUMBER_WORDS), fc.nat({ max: 99_999_999 }).map((n) => n.toLocaleString('en-US')));
const maybe = (a: fc.Arbitrary<string>) => fc.option(a, { nil: '' });
const odd = maybe(fc.constantFrom(...ODD));
/** One news sentence: "NAME CUE HEDGE NUMBER[-NUMBER] UNIT DATE." with odd characters between. */
const sentence = fc.tuple(
  maybe(fc.constantFrom(...NAMES)), maybe(fc.constantFrom(...CUES)), odd, maybe(fc.constantFrom(...HEDGES)), odd,
  maybe(fc.constantFrom('$', '€', '£', 'US$', '-', '−', 'minus ')), number, maybe(fc.constantFrom(' to ', '-', ' and ', ' or ', '–')),
  maybe(number), odd, maybe(fc.constantFrom(...UNITS)), maybe(fc.constantFrom(...DATES)), fc.constantFrom('.', ',', '', '."', '.”', '!'),
).map((parts) => parts.filter((p) => p !== '').join(' ').replace(/ {2,}/g, ' '));

/** Several news sentences, quoted or not, in paragraphs. */
export function newsSentences(max = 6): fc.Arbitrary<string> {
  return fc.array(fc.tuple(sentence, fc.constantFrom(' ', ' ', '\n\n', ' "', '" ', '\n')), { minLength: 1, maxLength: max })
    .map((parts) => parts.map(([s, g]) => s + g).join(''));
}

/** Any string of code points, lone surrogates included ('binary' units), or of graphemes. */
export function anyText(maxLength = 200): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ maxLength }),
  );
}
