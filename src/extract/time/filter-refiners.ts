// Refiners that remove chrono readings before the others see them: ours win where both read the
// same words (our parsers know whole periods), and readings that are noise in news text go.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isOwn } from './chrono-kit.js';
import { lexicon } from './lexicon.js';

/** Runs first, before chrono's overlap removal, which would keep the longer text whoever read it. */
export class PreferOwnRefiner implements Refiner {
  refine(_context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const own = results.filter(isOwn);
    if (!own.length) return results;
    return results.filter((r) => isOwn(r) || !own.some((o) => overlaps(o, r)));
  }
}

function overlaps(a: ParsingResult, b: ParsingResult): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

const IGNORED = new Set(lexicon.ignoredExpressions);
const WEEKDAY_ABBREVIATION = new RegExp(`^(?:on\\s+)?(?:${lexicon.weekdayAbbreviations.join('|')})\\.?$`, 'i');
// A month word that is also a verb ("march on Kyiv", "may"), written in lower case and alone.
const VERB_MONTH = new RegExp(`(?:^|\\W)(?:${lexicon.monthsNeedingCapital.join('|')})(?:\\W|$)`);

/** Runs right after PreferOwnRefiner, so that noise cannot win an overlap against a real date. */
export class NoiseRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => isOwn(r) || !isNoise(r, context.text));
  }
}

function isNoise(r: ParsingResult, text: string): boolean {
  // "$12 December 27": a number after a currency sign is an amount.
  if (/[$€£¥₴₽]\s*$/.test(text.slice(Math.max(0, r.index - 2), r.index))) return true;
  return isNoiseText(r);
}

function isNoiseText(r: ParsingResult): boolean {
  const text = r.text.trim();
  const s = r.start;
  if (IGNORED.has(text.toLowerCase())) return true;
  // "the Sun reported", "Sat" in a byline: an abbreviated weekday alone is rarely a date in prose.
  if (WEEKDAY_ABBREVIATION.test(text)) return true;
  if (VERB_MONTH.test(text) && !s.isCertain('day')) return true;
  // "24/7", "2/3 of the troops": slashes without a year are ratios and fractions in news text.
  if (r.tags().has('parser/SlashDateFormatParser') && !s.isCertain('year')) return true;
  return false;
}

/** Runs a chrono refiner on chrono's own readings only, keeping ours and the order of all. */
export class ExemptOwn implements Refiner {
  constructor(private readonly inner: Refiner) {}

  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const kept = new Set(this.inner.refine(context, results.filter((r) => !isOwn(r))));
    return results.filter((r) => isOwn(r) || kept.has(r));
  }
}
