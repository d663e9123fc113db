// Drops numbers that are not claims: calendar dates, years, times of day, identifiers and model
// names ("Tu-95", "Resolution 2231", long digit runs, markup attributes, addresses), list numbers,
// ages, and idioms ("one of", "the two sides"); after the measures, a "one" that is a pronoun.
import type { Doc } from '../nlp/doc.js';
import type { Draft, Refiner } from './draft.js';
import { loadLexicon } from '../lexicon/load.js';

interface IdentifiersLexicon { labelsBefore: string[]; months: string[]; oneIdioms: string[]; definiteBefore: string[] }
const lex = loadLexicon<IdentifiersLexicon>('identifiers');
const labels = new Set(lex.labelsBefore);
const months = new Set(lex.months);
const oneIdioms = new Set(lex.oneIdioms);
const definite = new Set(lex.definiteBefore);

const wordsBefore = (text: string, at: number, n: number) =>
  text.slice(Math.max(0, at - 60), at).toLowerCase().split(/[^\p{L}\p{N}.'’-]+/u).filter(Boolean).slice(-n);
const wordAfter = (text: string, at: number) =>
  (/^[\s,]*([\p{L}\p{N}.’'-]+)/u.exec(text.slice(at, at + 30))?.[1] ?? '').toLowerCase();

/** The reason a number is not a claim, as a rule id, or null when it may be one. */
export function nonClaimReason(doc: Doc, draft: Draft): string | null {
  const text = doc.text;
  const { mention, value } = draft;
  const vs = mention.valueSpan;
  const raw = text.slice(vs.start, vs.end);
  const before = text.slice(Math.max(0, vs.start - 3), vs.start);
  const after = text.slice(vs.end, vs.end + 6);
  const isWords = mention.rules.includes('extract/number-words');

  if (value.unit === 'age') return 'drop/age';
  if (/^[:.]\d/.test(after) && !/^\.\d/.test(after) || /\d:$/.test(before) || /^\s?(a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|hrs\b|h\b)/i.test(after)) return 'drop/time-of-day';
  // A letter (or a code) joined by a hyphen or slash: "Tu-95", "MiG-29", "Engels-2", "S-400", "24/7".
  if (/[\p{L}][-/]$/u.test(before) || /^[-/][\p{Lu}\d]/u.test(after) && !mention.rules.includes('extract/range')) return 'drop/identifier';
  const prev = wordsBefore(text, vs.start, 4);
  const prev1 = prev[prev.length - 1]?.replace(/\.$/, '') ?? '';
  const next = wordAfter(text, vs.end).replace(/[.,]$/, '');
  if (value.unit === 'count' && value.qualifier === 'exact') {
    // Ten digits or more with no separator ("1449075600", "5551234567"): a timestamp, an id or a
    // phone number; a count that large is written with commas or words. An attribute value left
    // from markup ('tweet_id="6721..."') is an identifier at any length.
    if (/^\d{10,}$/.test(raw) || /=\s*["']$/.test(before)) return 'drop/identifier';
    // "4) How hard will Clinton attack?", "8. WHERE JAPAN ...": a small number opening its line
    // and closed by a bracket or a full stop numbers a list.
    if (/^[).]\s/.test(after) && value.low <= 50 && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, vs.start - 20), vs.start))) return 'drop/list-number';
    if (months.has(prev1) || months.has(next)) return 'drop/date';
    if (/^\d{4}$/.test(raw) && value.low >= 1800 && value.low <= 2100) return 'drop/year';
    // "Resolution 2231", "Articles 12 and 118", "Phase Two", "World War Two": a capitalised label.
    const label = /([\p{L}.]+)\s+(?:[\p{L}\d]+\s*(?:,|and|&)\s*)*$/u.exec(text.slice(Math.max(0, vs.start - 40), vs.start))?.[1] ?? '';
    if (/^\p{Lu}/u.test(label) && labels.has(label.toLowerCase().replace(/\.$/, ''))) return 'drop/identifier';
    if (/^#|No\.\s?$/i.test(text.slice(Math.max(0, vs.start - 4), vs.start).trim())) return 'drop/identifier';
    // "Trump turns 70 on Tuesday": an age.
    if (/^turn(?:s|ed|ing)?$/.test(prev1) && value.low < 120 && !/^\s*(?:percent|per\s|%)/.test(after)) return 'drop/age';
    // "900 Grand Concourse", "10 Downing Street": a number in an address.
    if (/^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Place|Square|Concourse|Highway|Plaza)\b/u.test(text.slice(vs.end, vs.end + 60))) return 'drop/identifier';
    // "John Smith, 45, said": an age that only identifies a person.
    if (/\p{Lu}[\p{L}’'-]+,\s$/u.test(text.slice(Math.max(0, vs.start - 30), vs.start)) && /^,/.test(after) && value.low < 110) return 'drop/age';
  }
  if (isWords && (value.unit === 'count' || draft.mention.rules.includes('unit/duration'))) {
    const w = raw.toLowerCase();
    if (w === 'one' && (oneIdioms.has(next) || /^(no|any|every|each|the|that|this|which|some|someone|anyone)$/.test(prev1))) return 'drop/idiom';
    if (w === 'one' && /^-/.test(after)) return 'drop/idiom';
    // The second "one" of "one by one".
    if (w === 'one' && prev1 === 'by' && prev[prev.length - 2] === 'one') return 'drop/idiom';
    // "the two sides", "both men": a reference to things already counted, not a new count.
    if (definite.has(prev1) && value.low <= 10) return 'drop/definite-reference';
  }
  return null;
}

export const dropNonClaims: Refiner = (drafts, doc, _mentions, ctx) =>
  drafts.filter((d) => {
    const reason = nonClaimReason(doc, d);
    if (reason && reason !== 'drop/year' && reason !== 'drop/date' && reason !== 'drop/time-of-day') {
      ctx.report({ ruleId: reason, span: d.valueSpan, severity: 'info', text: `not a claim: "${doc.text.slice(d.valueSpan.start, d.valueSpan.end)}"` });
    }
    return reason === null;
  });

/**
 * "act like one", "including one in September", "they do have one about the Democrats": a bare "one"
 * that counts nothing and that no cue gives a measure is a pronoun. Runs after the measures, so that
 * "one was killed" stays.
 */
export const dropPronounOne: Refiner = (drafts, doc, _mentions, ctx) =>
  drafts.filter((d) => {
    const raw = doc.text.slice(d.valueSpan.start, d.valueSpan.end).toLowerCase();
    const pronoun = raw === 'one' && d.countedPhrase === null && d.measure === 'quantity' && d.value.qualifier === 'exact';
    if (pronoun) ctx.report({ ruleId: 'drop/pronoun-one', span: d.valueSpan, severity: 'info', text: 'not a claim: "one" stands for a thing named elsewhere' });
    return !pronoun;
  });
