// Decides what a number measures (claims-output.md's 13 measures): from its unit, from the noun it
// counts ("6,000 casualties"), or from the nearest cue word around it ("killed nine people",
// "six people dead"). Lexicons: lexicon/en/measures.json.
import type { Doc } from '../nlp/doc.js';
import type { Measure } from '../types.js';
import type { Draft, Refiner } from './draft.js';
import { loadLexicon } from '../lexicon/load.js';
import { tokenAt } from '../nlp/doc.js';
import { units, currencies } from '../extract/quantity/lexicon.js';

interface MeasuresLexicon {
  countedNouns: Record<string, string[]>;
  cues: Record<string, string[]>;
  people: string[];
  troops: string[];
  beforeOnly: string[];
  tolls: Record<string, Measure>;
  countWords: string[];
}
const lex = loadLexicon<MeasuresLexicon>('measures');
const nounMeasure = new Map<string, Measure>();
for (const [m, words] of Object.entries(lex.countedNouns)) for (const w of words) nounMeasure.set(w, m as Measure);
const people = new Set(lex.people);
/** Cue phrases as token sequences, longest first so "killed or wounded" beats "killed". */
const cues: { words: string[]; measure: Measure }[] = Object.entries(lex.cues)
  .flatMap(([m, phrases]) => phrases.map((p) => ({ words: p.split(' '), measure: m as Measure })))
  .sort((a, b) => b.words.length - a.words.length);
const beforeOnly = new Set(lex.beforeOnly);
const tolls = Object.entries(lex.tolls).map(([p, m]) => ({ words: p.split(' '), measure: m }))
  .sort((a, b) => b.words.length - a.words.length);
const countWords = new Set(lex.countWords);
const durationUnits = new Set(Object.keys(units.durations));
const currencyCodes = new Set(currencies.codes);

const AFTER_WINDOW = 7;
const BEFORE_WINDOW = 5;

function cueAt(doc: Doc, i: number): { measure: Measure; length: number } | null {
  for (const c of cues) {
    if (c.words.every((w, k) => doc.tokens[i + k]?.lower === w)) return { measure: c.measure, length: c.words.length };
  }
  return null;
}

/** A plural demonym or a people noun ("Palestinians", "Yemenis", "civilians"). */
function countsPeople(doc: Doc, d: Draft): boolean {
  if (!d.countedPhrase) return false;
  const head = d.countedPhrase.headWord;
  if (people.has(head) || nounMeasure.has(head)) return true;
  const word = doc.text.slice(d.countedPhrase.head.start, d.countedPhrase.head.end);
  return /^\p{Lu}\p{Ll}+(?:ians|ans|ese|is|is|ers|ites|ns)$/u.test(word.split(' ')[0] ?? '');
}

interface Found { measure: Measure; distance: number; rule: string }

function nearestCue(doc: Doc, d: Draft): Found | null {
  const s = doc.sentences[d.sentence];
  if (!s) return null;
  const afterFrom = tokenAt(doc, d.countedPhrase?.phrase.end ?? d.mention.span.end);
  let best: Found | null = null;
  for (let i = afterFrom, k = 0; i < s.tokenEnd && k < AFTER_WINDOW; i++, k++) {
    const t = doc.tokens[i]!;
    if (t.pos === 'NUM' || t.text === ';' || t.text === ':' || (t.text === ',' && k > 0)) break;
    const c = cueAt(doc, i);
    if (c && !(c.length === 1 && beforeOnly.has(doc.tokens[i]!.lower))) {
      best = { measure: c.measure, distance: k, rule: `measure/cue-after:${c.measure}` };
      break;
    }
  }
  const beforeFrom = tokenAt(doc, d.mention.span.start) - 1;
  for (let i = beforeFrom, k = 0; i >= s.tokenStart && k < BEFORE_WINDOW; i--, k++) {
    const t = doc.tokens[i]!;
    if (t.pos === 'NUM' || t.text === ';' || t.text === ',' || t.text === ':' || t.text === '(') break;
    const c = cueAt(doc, i);
    if (c && (!best || k < best.distance)) { best = { measure: c.measure, distance: k, rule: `measure/cue-before:${c.measure}` }; break; }
  }
  return best;
}

/** "The death toll ... has risen to 14": a toll word earlier in the sentence names a bare number. */
function tollBefore(doc: Doc, d: Draft): Measure | null {
  const s = doc.sentences[d.sentence];
  if (!s) return null;
  const last = tokenAt(doc, d.mention.span.start);
  for (let i = s.tokenStart; i < last; i++) {
    for (const t of tolls) if (t.words.every((w, k) => doc.tokens[i + k]?.lower === w)) return t.measure;
  }
  return null;
}

/**
 * "We do not know how many civilians were killed, but the number is well over 100,000", "were killed
 * in 2025 - a recorded total of 2,514": a bare number a few words after a generic count word counts
 * what the nearest measure cue before it in the sentence names.
 */
function countAnaphor(doc: Doc, d: Draft): Measure | null {
  const s = doc.sentences[d.sentence];
  if (!s) return null;
  const at = tokenAt(doc, d.mention.span.start);
  let word = -1;
  for (let i = at - 1; i >= s.tokenStart && at - i <= 4; i--) {
    const t = doc.tokens[i]!;
    // wink tags "total" in "a recorded total of" as an adjective.
    if (countWords.has(t.lower) && (t.pos === 'NOUN' || (t.pos === 'ADJ' && doc.tokens[i + 1]?.lower === 'of'))) { word = i; break; }
    if (t.pos === 'NUM' || t.pos === 'PUNCT') return null;
  }
  for (let i = word - 1; word > 0 && i >= s.tokenStart; i--) {
    // Another count between them has its own measure; a year or a span of time ("the two previous years") does not.
    if (doc.tokens[i]!.pos === 'NUM' && !/^(?:19|20)\d\d$/.test(doc.tokens[i]!.text) && !timeSpanAfter(doc, i)) return null;
    const c = cueAt(doc, i);
    if (c) return c.measure;
  }
  return null;
}

const TIME_UNITS = /^(?:days?|weeks?|months?|years?|decades?)$/;
/** "two previous years", "three months": a number of units of time. */
const timeSpanAfter = (doc: Doc, i: number): boolean =>
  TIME_UNITS.test(doc.tokens[i + 1]?.lower ?? '') || (doc.tokens[i + 1]?.pos === 'ADJ' && TIME_UNITS.test(doc.tokens[i + 2]?.lower ?? ''));

export function measureOf(doc: Doc, d: Draft): { measure: Measure; rule: string } {
  const unit = d.value.unit;
  if (unit === 'percent') return { measure: 'percentage', rule: 'measure/unit:percent' };
  if (durationUnits.has(unit)) return { measure: 'duration', rule: 'measure/unit:duration' };
  if (currencyCodes.has(unit)) return { measure: 'money', rule: 'measure/unit:currency' };
  if (unit !== 'count') return { measure: 'quantity', rule: 'measure/unit:other' };
  const head = d.countedPhrase?.headWord;
  const byNoun = head ? nounMeasure.get(head) : undefined;
  // "two of the wounded died": in a partitive the verb says what happened to the part.
  const partitive = d.countedPhrase && /^of\b/i.test(doc.text.slice(d.countedPhrase.phrase.start, d.countedPhrase.phrase.end));
  if (byNoun && partitive) {
    const cue = nearestCue(doc, d);
    if (cue && cue.rule.startsWith('measure/cue-after')) return { measure: cue.measure, rule: cue.rule };
  }
  if (byNoun) return { measure: byNoun, rule: `measure/counted-noun:${byNoun}` };
  const isPeople = countsPeople(doc, d);
  if (isPeople || !d.countedPhrase) {
    const cue = nearestCue(doc, d);
    if (cue) return { measure: cue.measure, rule: cue.rule };
  }
  if (!d.countedPhrase) {
    const toll = tollBefore(doc, d);
    if (toll) return { measure: toll, rule: `measure/toll:${toll}` };
    const anaphor = countAnaphor(doc, d);
    if (anaphor) return { measure: anaphor, rule: `measure/count-anaphor:${anaphor}` };
  }
  if (isPeople) return { measure: 'affected', rule: 'measure/people' };
  return { measure: 'quantity', rule: 'measure/default' };
}

export const assignMeasure: Refiner = (drafts, doc, _mentions, ctx) =>
  drafts.map((d) => {
    const { measure, rule } = measureOf(doc, d);
    if (rule === 'measure/default' && !d.countedPhrase) {
      ctx.report({ ruleId: 'measure/no-counted-noun', span: d.valueSpan, severity: 'info', text: `a number with no counted noun: "${doc.text.slice(d.valueSpan.start, d.valueSpan.end)}"` });
    }
    return { ...d, measure, rules: [...d.rules, rule] };
  });
