// The quantity extractor's word lists, compiled once into lookups and regular expressions.
import { loadLexicon } from '../../lexicon/load.js';
import type { Qualifier } from '../../types.js';

interface HedgesLexicon {
  before: Record<string, Qualifier>;
  notHedgeAfter: Record<string, string[]>;
  after: Record<string, Qualifier>;
  modal: string[];
}
interface CurrenciesLexicon {
  symbols: Record<string, string>;
  dollarPrefixes: Record<string, string>;
  names: Record<string, string>;
  notAfterHyphen: string[];
  subunits: Record<string, { currency: string; per: number }>;
  codes: string[];
}
interface UnitsLexicon {
  durations: Record<string, string[]>;
  measures: Record<string, string[]>;
}

export const hedges = loadLexicon<HedgesLexicon>('hedges');
export const currencies = loadLexicon<CurrenciesLexicon>('currencies');
export const units = loadLexicon<UnitsLexicon>('units');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
export const alternation = (words: Iterable<string>) => [...words].sort(byLength).map(escape).join('|');

/** A hedge phrase ending right where the number starts: "... more than " → more_than. */
export const HEDGE_BEFORE = new RegExp(`(?:^|[^\\w])(${alternation(Object.keys(hedges.before))})\\s+$`, 'i');
export const HEDGE_AFTER = new RegExp(`^\\s+(${alternation(Object.keys(hedges.after))})\\b`, 'i');

/** "$", "US$", "C $" (prefix letters in any case, spaced or not: wire copy writes "us $ 150 million"). */
export const CURRENCY_SYMBOL_BEFORE = new RegExp(
  `(?:(?<![\\p{L}.])(${alternation(Object.keys(currencies.dollarPrefixes))})\\s?)?(${alternation(Object.keys(currencies.symbols))})\\s?$`, 'iu');
/** Symbols written after the amount ("100 ₾", "10 €"); "$" is not, it starts the next amount. */
export const CURRENCY_SYMBOL_AFTER = new RegExp(
  `^\\s?(${alternation(Object.keys(currencies.symbols).filter((s) => !s.includes('$')))})`, 'u');
export const SUBUNIT_AFTER = new RegExp(`^(?:\\s+|-)(${alternation(Object.keys(currencies.subunits))})\\b`, 'i');
export const NEGATIVE_BEFORE = /\b(?:minus|negative)\s+$/i;
export const CURRENCY_CODE_BEFORE = new RegExp(`\\b(${currencies.codes.join('|')})\\s?$`);
export const CURRENCY_NAME_AFTER = new RegExp(`^(?:\\s+|-)(${alternation(Object.keys(currencies.names))})\\b`, 'i');
export const CURRENCY_CODE_AFTER = new RegExp(`^\\s?(${currencies.codes.join('|')})\\b`);

const durationWords = new Map<string, string>();
for (const [unit, words] of Object.entries(units.durations)) for (const w of words) durationWords.set(w, unit);
const measureWords = new Map<string, string>();
for (const [unit, words] of Object.entries(units.measures)) for (const w of words) measureWords.set(w.toLowerCase(), unit);

/** "120-day", "four years", "four-year-long", "75-year-old". */
export const DURATION_AFTER = new RegExp(
  `^(?:\\s+|-)(${alternation(durationWords.keys())})(-long|-olds?|\\s+old)?\\b`, 'i');
export const MEASURE_UNIT_AFTER = new RegExp(`^(?:\\s+|-)(${alternation(measureWords.keys())})(?![\\w-])`, 'i');
// Not "%28" and the like: URL escapes in pasted links.
export const PERCENT_AFTER = /^\s?(%(?![0-9A-F]{2})|per\s?cent\b|percents?\b|pct\b|percentage points?\b|percentage\b)/i;

export const durationUnit = (word: string) => durationWords.get(word.toLowerCase());
export const measureUnit = (word: string) => measureWords.get(word.toLowerCase());
export const currencyOfName = (word: string) => currencies.names[word.toLowerCase()];
export const currencyOfSymbol = (symbol: string) => currencies.symbols[symbol] ?? currencies.symbols[symbol.toUpperCase()];
export const currencyOfPrefix = (prefix: string) => currencies.dollarPrefixes[prefix.toLowerCase()];
export const subunitOf = (word: string) => currencies.subunits[word.toLowerCase()];
const notAfterHyphen = new Set(currencies.notAfterHyphen);
/** Whether "N-<name>" is money: "a one-yen bid" is, "a 500-pound bomb" is not. */
export const hyphenTakesCurrency = (name: string) => !notAfterHyphen.has(name.toLowerCase());
export const qualifierBefore = (phrase: string) => hedges.before[phrase.toLowerCase()];
/** Whether a hedge word is the particle of a phrasal verb instead ("hand over 157"). */
export const isParticle = (phrase: string, previousWord: string) =>
  (hedges.notHedgeAfter[phrase.toLowerCase()] ?? []).includes(previousWord.toLowerCase());
export const qualifierAfter = (phrase: string) => hedges.after[phrase.toLowerCase()];
