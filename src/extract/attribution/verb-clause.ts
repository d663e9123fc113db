// The tokens right around a cue verb, up to the edge of its clause: the marks that end a clause (quotes,
// dashes, end punctuation), whether speech follows the verb, whether a participle sits in an absolute phrase
// or modifies a noun, and on which side of the verb the content lies.
import type { Doc, Token } from '../../nlp/doc.js';
import { cueLexicon } from './cue-lexicon.js';
import type { ContentSide } from './find-cues.js';

export const END_PUNCT = new Set(['.', '!', '?', ';']);
const DASHES = new Set(['—', '–', '--', '―', '-']);
const QUOTE_TOKEN = /^(["“”'‘’]|'')$/;
export const isQuote = (t: Token | undefined): boolean => !!t && QUOTE_TOKEN.test(t.text);

/** A dash that sets off an aside; a hyphen only with a space on both sides (not "so-called"). */
export function isDash(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || !DASHES.has(t.text)) return false;
  return t.text !== '-' || (/\s/.test(doc.text[t.start - 1] ?? ' ') && /\s/.test(doc.text[t.end] ?? ' '));
}

/** Punctuation, a quote or a reporting infinitive right after a cue: what it says is beside it. */
export function speechFollows(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || END_PUNCT.has(t.text) || t.text === ',' || t.text === ':' || isQuote(t)) return true;
  return t.lower === 'to' && cueLexicon().verbs.has(doc.tokens[k + 1]?.lower ?? '');
}

/** "with no follow-up visits announced": "with" opens the phrase that ends at a participle. */
export function absolute(doc: Doc, start: number, first: number): boolean {
  for (let k = start - 1; k >= first && start - k <= 5; k--) {
    const t = doc.tokens[k]!;
    if (t.lower === 'with') return true;
    // "follow-up" comes back as a verb, a hyphen and a preposition.
    const hyphenated = doc.tokens[k + 1]?.text === '-' || doc.tokens[k - 1]?.text === '-' || t.text === '-';
    if (!hyphenated && (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT')) return false;
  }
  return false;
}

/** A finite verb before the clause ends: the -ing form before it was a modifier. */
export function laterVerb(doc: Doc, from: number, stop: number): boolean {
  for (let k = from; k < stop && k - from < 12; k++) {
    const t = doc.tokens[k]!;
    if (t.text === ',' || END_PUNCT.has(t.text) || isQuote(t) || t.pos === 'SCONJ' || t.lower === 'that' || t.lower === 'to') return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower) && !/(?:ed|en)$/.test(t.lower) || (t.pos === 'VERB' && cueLexicon().verbs.get(t.lower)?.lemma === 'say')) return true;
  }
  return false;
}

/** "X said." ends the sentence: the content came before (a quote, or the clause before a comma). */
export function sideAfterSubject(doc: Doc, i: number, stop: number): ContentSide {
  const lex = cueLexicon();
  for (let k = i + 1; k < stop; k++) {
    const t = doc.tokens[k]!;
    if (END_PUNCT.has(t.text) || isQuote(t)) return k === i + 1 || allLight(doc, i + 1, k) ? 'before' : 'after';
    if (t.text === ',') return allLight(doc, i + 1, k) && isQuote(doc.tokens[k + 1]) ? 'before' : 'after';
    if (!(lex.timeWords.has(t.lower) || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADV' || t.pos === 'PROPN' || t.pos === 'NOUN')) return 'after';
  }
  return 'before';
}

/** Only a time, a place or an addressee between two tokens ("said on Friday", "told reporters"). */
function allLight(doc: Doc, from: number, to: number): boolean {
  if (to - from > 8) return false;
  for (let k = from; k < to; k++) if (doc.tokens[k]!.pos === 'VERB' || doc.tokens[k]!.pos === 'AUX') return false;
  return true;
}
