// Quantities: numbers in digits and words with their hedge, range, currency and unit.
// It proposes every number it can read; refiners later drop identifiers, dates and years.
import type { Doc } from '../nlp/doc.js';
import type { Context } from '../context.js';
import type { QuantityMention, Qualifier, Span } from '../types.js';
import { DENOMINATOR, DIGITS, WORD_RUN, SCALE_WORDS, parseDigits, readNumberWords, scaleOf } from './quantity/number-words.js';
import { findFractions } from './quantity/fractions.js';
import {
  HEDGE_BEFORE, HEDGE_AFTER, CURRENCY_SYMBOL_BEFORE, CURRENCY_CODE_BEFORE, CURRENCY_NAME_AFTER, CURRENCY_CODE_AFTER,
  CURRENCY_SYMBOL_AFTER, SUBUNIT_AFTER, NEGATIVE_BEFORE, DURATION_AFTER, MEASURE_UNIT_AFTER, PERCENT_AFTER,
  currencyOfName, currencyOfPrefix, currencyOfSymbol, durationUnit, measureUnit, qualifierAfter, qualifierBefore,
  isParticle, hyphenTakesCurrency, subunitOf,
} from './quantity/lexicon.js';
import { boundsFor } from './quantity/value.js';

/** A number as written, before hedges and ranges are read around it. */
interface Core {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** An abbreviated scale glued to digits ("5m", "$3.7bn"): only a scale when money is near. */
  readonly abbreviation: string | null;
  readonly words: boolean;
}

const SCALE_WORD = `(?:[ \\t-]*${SCALE_WORDS}\\b)`;
// Spaced abbreviations are always scales; glued "k" and "M" too ("10k", "10M"); a glued "m" or "b"
// is a scale only with money ("$5m"), else metres or an identifier ("150m", "Unit 12b").
const ABBREVIATION = `(?:\\s?(?:bn|mn|mln|bln|tln|trn|trln|mil)\\b|(?:k|m|b|mil)\\b)`;
const CORE = new RegExp(
  `(?<![\\w.%])(${DIGITS})(${SCALE_WORD}|${ABBREVIATION})?(?![\\w]|\\.\\d)|\\b(${WORD_RUN})\\b`, 'gi');
const ALWAYS_SCALE = /^(?:k|K|M|mil)$/;
// "a two-thirds majority": the fraction reader declined it (an adjective, not a share it reads),
// and its numerator alone is no figure: "two" there is not 2.
const BEFORE_DENOMINATOR = new RegExp(`^[ \\t]*-?[ \\t]*${DENOMINATOR}\\b`, 'i');

const FOR_A_PERIOD = /\b(?:[Ff]or|[Ll]asting|[Ww]ithin)\s+(an?)\s+(hour|day|week|month|year)\b/g;

export function extractQuantities(doc: Doc, _ctx: Context): QuantityMention[] {
  const text = doc.text;
  const mentions: QuantityMention[] = [];
  const taken: Span[] = [];

  const cores: Core[] = [];
  for (const f of findFractions(text)) {
    if (!f.share) {
      cores.push({ start: f.start, end: f.end, value: f.value, abbreviation: null, words: !/\d/.test(text.slice(f.start, f.end)) });
      taken.push(f);
      continue;
    }
    const { start, end, value } = f;
    const hedge = hedgeBefore(text, start);
    const qualifier: Qualifier = hedge?.qualifier ?? 'approximately';
    mentions.push({
      kind: 'quantity', span: { start: hedge?.start ?? start, end }, valueSpan: { start, end },
      ...boundsFor(value, value, qualifier), unit: 'percent', adjectival: false,
      rules: ['extract/fraction', ...(hedge ? [`hedge/${hedge.qualifier}`] : [])],
    });
    taken.push({ start, end });
  }

  for (const m of text.matchAll(FOR_A_PERIOD)) {
    const start = m.index + m[0].length - m[1]!.length - 1 - m[2]!.length;
    const end = m.index + m[0].length;
    mentions.push({
      kind: 'quantity', span: { start, end }, valueSpan: { start, end }, low: 1, high: 1, qualifier: 'exact',
      unit: m[2]!, adjectival: false, rules: ['extract/a-period'],
    });
    taken.push({ start, end });
  }

  for (const m of text.matchAll(CORE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    cores.push(...readCore(text, m, start, end));
  }
  cores.sort((a, b) => a.start - b.start);

  for (let i = 0; i < cores.length; i++) {
    const first = cores[i]!;
    const second = cores[i + 1];
    const range = second ? rangeBetween(text, first, second) : null;
    const mention = range && second ? readRange(text, first, second) : readSingle(text, first);
    if (range && second) i++;
    if (mention) mentions.push(mention);
  }
  return mentions.sort((a, b) => a.valueSpan.start - b.valueSpan.start);
}

function readCore(text: string, m: RegExpMatchArray, start: number, end: number): Core[] {
  if (m[1]) {
    let value = parseDigits(m[1]);
    const scaleText = m[2]?.trim().replace(/^-/, '') ?? '';
    let abbreviation: string | null = null;
    if (scaleText) {
      const scale = scaleOf(scaleText);
      if (scale === undefined) return [];
      if (/^(k|m|b)$/i.test(scaleText) && !ALWAYS_SCALE.test(scaleText)) abbreviation = scaleText;
      else value *= scale;
    }
    if (!Number.isFinite(value)) return [];
    return [{ start, end: abbreviation ? end - abbreviation.length : end, value, abbreviation, words: false }];
  }
  // A run of words may hold several numbers ("five and six", "three-nought-four").
  const words = readNumberWords(m[3] ?? '').map((n) => ({ start: start + n.start, end: start + n.end, value: n.value, abbreviation: null, words: true }));
  const last = words[words.length - 1];
  return last && last.end === end && BEFORE_DENOMINATOR.test(text.slice(end, end + 16)) ? words.slice(0, -1) : words;
}

/** A minus sign glued to digits ("-1.5") or "minus"/"negative" before the number. */
function negativeBefore(text: string, at: number): number | null {
  const sign = text.charCodeAt(at - 1);
  if ((sign === 45 || sign === 0x2212) && /\d/.test(text[at] ?? '') && !/[\w.,%)-]/.test(text[at - 2] ?? '')) return at - 1;
  const m = NEGATIVE_BEFORE.exec(text.slice(Math.max(0, at - 10), at));
  return m ? at - m[0].length : null;
}

interface Hedge { start: number; qualifier: Qualifier; phrase: string }

function hedgeBefore(text: string, at: number): Hedge | null {
  const before = text.slice(Math.max(0, at - 24), at);
  const m = HEDGE_BEFORE.exec(before);
  if (!m) return null;
  const qualifier = qualifierBefore(m[1]!);
  if (!qualifier) return null;
  const previous = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, at - before.length + m.index - 20), at - before.length + m.index + m[0].lastIndexOf(m[1]!)));
  if (previous && isParticle(m[1]!, previous[1]!)) return null;
  return { start: at - before.length + m.index + m[0].lastIndexOf(m[1]!), qualifier, phrase: m[1]! };
}

interface Unit { unit: string; end: number; adjectival: boolean; rule: string; divisor?: number }

/** Reads what follows a number: percent, currency name, code or symbol, duration or measure unit. */
function unitAfter(text: string, at: number, core: Core, currencyBefore: string | null): Unit | null {
  const rest = text.slice(at, at + 40);
  let m = PERCENT_AFTER.exec(rest);
  if (m) return { unit: 'percent', end: at + m[0].length, adjectival: false, rule: 'unit/percent' };
  if (!currencyBefore) {
    m = CURRENCY_NAME_AFTER.exec(rest);
    // "won" is also a verb: take it as the currency only after a large amount ("5 million won");
    // "a 500-pound bomb" weighs, so a hyphen joins only names that are nothing else ("a one-yen bid").
    if (m && (m[1]!.toLowerCase() !== 'won' || core.value >= 1000) && (!m[0].startsWith('-') || hyphenTakesCurrency(m[1]!))) {
      return { unit: currencyOfName(m[1]!)!, end: at + m[0].length, adjectival: m[0].startsWith('-'), rule: 'unit/currency-name' };
    }
    m = SUBUNIT_AFTER.exec(rest);
    if (m) {
      const sub = subunitOf(m[1]!)!;
      return { unit: sub.currency, divisor: sub.per, end: at + m[0].length, adjectival: m[0].startsWith('-'), rule: 'unit/currency-subunit' };
    }
    m = CURRENCY_CODE_AFTER.exec(rest) ?? CURRENCY_SYMBOL_AFTER.exec(rest);
    if (m) return { unit: currencyOfSymbol(m[1]!) ?? m[1]!, end: at + m[0].length, adjectival: false, rule: 'unit/currency-code' };
  }
  m = DURATION_AFTER.exec(rest);
  if (m) {
    const unit = durationUnit(m[1]!)!;
    const suffix = (m[2] ?? '').toLowerCase();
    if (suffix.includes('old')) return { unit: 'age', end: at + m[0].length, adjectival: true, rule: 'unit/age' };
    return { unit, end: at + m[0].length, adjectival: m[0].includes('-'), rule: 'unit/duration' };
  }
  m = MEASURE_UNIT_AFTER.exec(rest);
  if (m) return { unit: measureUnit(m[1]!)!, end: at + m[0].length, adjectival: m[0].startsWith('-'), rule: 'unit/measure' };
  return null;
}

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents": the cents after a whole amount. */
function centsAfter(text: string, at: number): { value: number; end: number } | null {
  const m = CENTS_AFTER.exec(text.slice(at, at + 48));
  if (!m) return null;
  const value = m[1] ? parseDigits(m[1]) : readNumberWords(m[2] ?? '')[0]?.value;
  if (value === undefined || value >= 100) return null;
  return { value: value / 100, end: at + m[0].length };
}
const CENTS_AFTER = new RegExp(`^(?:\\s+and)?\\s+(?:(\\d{1,2})|(${WORD_RUN}))\\s+(?:cents?|pence)\\b`, 'i');

interface Prefix { start: number; currency: string | null }

function currencyBefore(text: string, at: number): Prefix {
  const before = text.slice(Math.max(0, at - 10), at);
  let m = CURRENCY_SYMBOL_BEFORE.exec(before);
  if (m) {
    const currency = (m[1] ? currencyOfPrefix(m[1]) : undefined) ?? currencyOfSymbol(m[2]!) ?? null;
    return { start: at - m[0].length, currency };
  }
  m = CURRENCY_CODE_BEFORE.exec(text.slice(Math.max(0, at - 5), at));
  if (m) return { start: at - m[0].length, currency: m[1]! };
  return { start: at, currency: null };
}

/** How an abbreviation glued to digits reads: a scale with money ("$5m"), a unit otherwise ("150m"). */
function resolveAbbreviation(core: Core, currency: string | null): { value: number; end: number } {
  if (!core.abbreviation) return { value: core.value, end: core.end };
  if (currency) return { value: core.value * (scaleOf(core.abbreviation) ?? 1), end: core.end + core.abbreviation.length };
  return { value: core.value, end: core.end };
}

function readSingle(text: string, core: Core): QuantityMention | null {
  const currency = currencyBefore(text, core.start);
  const negative = negativeBefore(text, currency.start);
  const prefix = negative === null ? currency : { start: negative, currency: currency.currency };
  const resolved = resolveAbbreviation(core, prefix.currency);
  const valueEnd = resolved.end;
  let value = negative === null ? resolved.value : -resolved.value;
  const unit = unitAfter(text, valueEnd, core, prefix.currency);
  let end = unit?.end ?? valueEnd;
  if (unit?.divisor) value /= unit.divisor;
  if (unit?.rule === 'unit/currency-name') {
    const cents = centsAfter(text, end);
    if (cents) { value += cents.value; end = cents.end; }
  }
  value = tidy(value);
  const hedge = hedgeBefore(text, prefix.start);
  const after = hedge ? null : HEDGE_AFTER.exec(text.slice(end, end + 16));
  const qualifier: Qualifier = hedge?.qualifier ?? (after ? qualifierAfter(after[1]!) ?? 'exact' : 'exact');
  const rules = [core.words ? 'extract/number-words' : 'extract/number'];
  if (prefix.currency) rules.push('unit/currency-symbol');
  if (unit) rules.push(unit.rule);
  if (qualifier !== 'exact') rules.push(`hedge/${qualifier}`);
  return {
    kind: 'quantity',
    span: { start: hedge?.start ?? prefix.start, end: after ? end + after[0].length : end },
    valueSpan: { start: prefix.start, end: valueEnd },
    ...boundsFor(value, value, qualifier),
    unit: prefix.currency ?? unit?.unit ?? 'count',
    adjectival: unit?.adjectival ?? false,
    rules,
  };
}

/** Drops float noise from scaling ("16.4 million" → 16400000, not 16399999.999999998). */
const tidy = (x: number) => (Number.isInteger(x) ? x : Number(x.toPrecision(12)));

const RANGE_SEPARATOR = /^\s*(?:-|–|—|to|and|or)\s*$/i;

/** Whether two adjacent numbers form one range: "600 to 700", "20-25%", "between 5 and 6", "two or three". */
function rangeBetween(text: string, first: Core, second: Core): boolean {
  const gap = text.slice(first.end + (first.abbreviation?.length ?? 0), second.start);
  const symbolGap = gap.replace(/(US\$|\$|€|£|₩)$/, '');
  if (!RANGE_SEPARATOR.test(symbolGap)) return false;
  const sep = symbolGap.trim().toLowerCase();
  const before = text.slice(Math.max(0, first.start - 12), first.start).toLowerCase();
  // A percentage sign or unit on the first number means two quantities: "2% to 1.8%".
  if (/^\s?(%|percent|per cent)/i.test(text.slice(first.end, first.end + 9)) && sep !== '-' && sep !== '–') return false;
  if (sep === 'and') return /\bbetween\s+\S*$/.test(before);
  // "from 2% to 1.8%" reports a change between two figures, not a range.
  if (sep === 'to' && /\bfrom\s+\S*$/.test(before)) return false;
  if (sep === 'or') return second.value > first.value && second.value <= first.value * 10;
  return second.value > first.value || (first.value < 1000 && scaleOf(text.slice(second.end).trim().split(/\s/)[0] ?? '') !== undefined);
}

function readRange(text: string, first: Core, second: Core): QuantityMention | null {
  const prefix = currencyBefore(text, first.start);
  const secondPrefix = currencyBefore(text, second.start);
  const currency = prefix.currency ?? secondPrefix.currency;
  const a = resolveAbbreviation(first, currency);
  const b = resolveAbbreviation(second, currency);
  const unit = unitAfter(text, b.end, second, currency);
  // "between 5 and 6 million": the scale written on the second number applies to the first.
  let low = tidy(a.value);
  const high = tidy(b.value);
  if (high / low >= 100 && !first.words && !/,/.test(text.slice(first.start, first.end))) {
    const scale = [1e3, 1e6, 1e9, 1e12].find((s) => high / s >= 1 && high / s < 1000 && low < 1000);
    if (scale) low = tidy(low * scale);
  }
  const end = unit?.end ?? b.end;
  const before = text.slice(Math.max(0, prefix.start - 9), prefix.start);
  const between = /\bbetween\s+$/i.exec(before);
  const hedge = between ? null : hedgeBefore(text, prefix.start);
  const start = between ? prefix.start - between[0].length : hedge?.start ?? prefix.start;
  const rules = [first.words ? 'extract/number-words' : 'extract/number', 'extract/range'];
  if (unit) rules.push(unit.rule);
  return {
    kind: 'quantity',
    span: { start, end },
    valueSpan: { start: prefix.start, end: b.end },
    low, high, qualifier: 'range',
    unit: currency ?? unit?.unit ?? 'count',
    adjectival: unit?.adjectival ?? false,
    rules,
  };
}
