// The noun phrase that names a source, read off wink's POS tags to the left of a cue ("Lebanon's
// health ministry said") or to its right ("said Caddell", "according to the Russian Ministry of Defense").
import type { Doc, Token } from '../../nlp/doc.js';
import { cueLexicon } from './cue-lexicon.js';
import { isSourceHead } from './source-kind.js';

/** Token range [start, end) of a phrase. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);
/** Quantifiers that stand as a subject on their own ("some believe", "others say"). */
export const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(['some', 'many', 'others', 'most', 'few', 'several', 'both', 'all', 'none', 'each',
  'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'those']);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
// Prepositions that keep a phrase going between two nouns ("the head of", "sources from", "executives at").
const LEFT_LINKS: ReadonlySet<string> = new Set(['of', 'from', 'at', 'for']);
const RIGHT_LINKS: ReadonlySet<string> = new Set(['of', 'from', 'at', 'for', 'by']);
const AND: ReadonlySet<string> = new Set(['and', '&']);
const MAX_TOKENS = 16;

const NOT_NAME_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'PUNCT', 'ADV', 'NUM', 'SYM']);
/** A noun, or a capitalised word wink mistagged ("Lynch/VERB said"). */
export const isHead = (t: Token): boolean => t.pos === 'NOUN' || t.pos === 'PROPN'
  || (!NOT_NAME_POS.has(t.pos) && /^\p{Lu}[\p{L}'’.]*$/u.test(t.text));
const isPossessive = (t: Token): boolean => t.pos === 'PART' && (t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’');
/** A hyphen or dot glued to its neighbours ("Jong-un", "Al-Subahi"). */
const isGlue = (doc: Doc, i: number): boolean => {
  const t = doc.tokens[i]!, prev = doc.tokens[i - 1], next = doc.tokens[i + 1];
  // "Kyiv-based", "U.S.", "CNN/ORC": a hyphen, a dot or a slash with no space on either side.
  return (t.text === '-' || t.text === '.' || t.text === '/') && !!prev && !!next && prev.end === t.start && t.end === next.start;
};

/** Token `i` links the noun on its left into the phrase: "the head of", "a study by", "sources from". */
function linksLeft(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!, prev = doc.tokens[i - 1];
  if (!prev || !isHead(prev)) return false;
  return LEFT_LINKS.has(t.lower) || (t.lower === 'by' && cueLexicon().documentHeads.has(prev.lower));
}

function isModifier(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (cueLexicon().timeWords.has(t.lower)) return false;
  return isHead(t) || t.pos === 'ADJ' || t.pos === 'NUM' || isPossessive(t) || isGlue(doc, i)
    // The second half of a hyphenated compound ("conservative-leaning", "Kyiv-based").
    || (i > 0 && isGlue(doc, i - 1) && /^\p{L}+$/u.test(t.text))
    // wink tags some capitalised name parts as verbs ("United Nations").
    || (t.pos === 'VERB' && /^[A-Z]/.test(t.text) && doc.tokens[i + 1]?.pos === 'PROPN' && i > doc.sentences[t.sentence]!.tokenStart);
}

/**
 * The phrase ending at token `last`, walking left no further than `floor`. A subject pronoun stands alone;
 * otherwise the phrase must end in a noun and may hold adjectives, numbers, possessives, "of"-links,
 * "and" and list commas ("South Korea, Ukraine, and the West").
 */
export function phraseEndingAt(doc: Doc, last: number, floor: number): TokenRange | null {
  const tokens = doc.tokens;
  const end = tokens[last];
  if (!end) return null;
  // "many of whom say", "most of which": the quantifier and its relative word.
  if ((end.lower === 'whom' || end.lower === 'which') && tokens[last - 1]?.lower === 'of' && last - 2 >= floor
    && (QUANTIFIER_SUBJECTS.has(tokens[last - 2]!.lower) || tokens[last - 2]!.pos === 'NUM')) return { start: last - 2, end: last + 1 };
  if (SUBJECT_PRONOUNS.has(end.lower) || RELATIVE_PRONOUNS.has(end.lower)) {
    return end.pos === 'PRON' || end.lower === 'that' || end.lower === 'which' || end.lower === 'who' ? { start: last, end: last + 1 } : null;
  }
  if (QUANTIFIER_SUBJECTS.has(end.lower)) return { start: last, end: last + 1 };
  // "The Israeli military" comes back with an adjective at its head.
  // A month right after a name is a surname ("Theresa May").
  const monthName = /^\p{Lu}/u.test(end.text) && tokens[last - 1]?.pos === 'PROPN';
  if (!(isHead(end) || (end.pos === 'ADJ' && isSourceHead(end.lower))) || (cueLexicon().timeWords.has(end.lower) && !monthName)) return null;
  let start = last;
  let sawAnd = false;
  for (let i = last - 1; i >= floor && last - i < MAX_TOKENS; i--) {
    const t = tokens[i]!;
    const prev = i > floor ? tokens[i - 1] : undefined;
    if (isModifier(doc, i)) { start = i; continue; }
    if (t.pos === 'DET' || POSSESSIVE_PRONOUNS.has(t.lower)) {
      start = i;
      // A determiner opens the phrase unless a link or a possessive reaches further left.
      if (prev && (linksLeft(doc, i - 1) || AND.has(prev.lower)) && i - 1 > floor && isHead(tokens[i - 2]!)) continue;
      break;
    }
    if (prev && linksLeft(doc, i)) { start = i; continue; }
    if (prev && (isHead(prev) || prev.pos === 'ADJ') && AND.has(t.lower) && (isHead(tokens[start]!) || tokens[start]!.pos === 'DET')) { sawAnd = true; start = i; continue; }
    if (prev && sawAnd && t.text === ',' && prev.pos === 'PROPN') { start = i; continue; }
    break;
  }
  // Never open on a hyphen: "well-connected" takes its first half along.
  if (start > floor && isGlue(doc, start)) start--;
  // Never open on a link word or a comma.
  while (start < last && (LEFT_LINKS.has(tokens[start]!.lower) || AND.has(tokens[start]!.lower) || tokens[start]!.text === ',' || isPossessive(tokens[start]!))) start++;
  // "sources familiar with the talks": the phrase reaches back over the modifier to its real head.
  for (const words of cueLexicon().postModifiers) {
    const at = start - words.length;
    if (at - 1 < floor || !words.every((w, k) => tokens[at + k]!.lower === w)) continue;
    const head = phraseEndingAt(doc, at - 1, floor);
    if (head) return { start: head.start, end: last + 1 };
  }
  return { start, end: last + 1 };
}

/** The phrase starting at token `first`, walking right to before `ceiling` ("said Mr. Smith", "according to X of Y"). */
export function phraseStartingAt(doc: Doc, first: number, ceiling: number, looseFirst = false): TokenRange | null {
  const tokens = doc.tokens;
  const t0 = tokens[first];
  if (!t0 || first >= ceiling) return null;
  if (SUBJECT_PRONOUNS.has(t0.lower)) return t0.pos === 'PRON' ? { start: first, end: first + 1 } : null;
  let end = first;
  let lastHead = -1;
  // looseFirst: after "according to" wink often tags the noun as a verb ("according to sources/VERB").
  for (let i = first; i < ceiling && i - first < MAX_TOKENS; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (isModifier(doc, i) || (looseFirst && i === first && t.pos === 'VERB')) { end = i + 1; if (isHead(t) || t.pos === 'VERB') lastHead = i; continue; }
    if ((t.pos === 'DET' || POSSESSIVE_PRONOUNS.has(t.lower)) && (i === first || RIGHT_LINKS.has(tokens[i - 1]!.lower) || AND.has(tokens[i - 1]!.lower))) { end = i + 1; continue; }
    // A list of names: "South Korea, Ukraine, and the West".
    if (lastHead >= 0 && t.text === ',' && listGoesOn(doc, i + 1, ceiling)) { end = i + 1; continue; }
    if (lastHead >= 0 && next && i + 1 < ceiling && (RIGHT_LINKS.has(t.lower) || AND.has(t.lower))
      && (isHead(next) || next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NUM' || POSSESSIVE_PRONOUNS.has(next.lower))) { end = i + 1; continue; }
    break;
  }
  if (lastHead < 0) return null;
  return { start: first, end: lastHead + 1 };
}

/** After a comma: more names, then "and"/"or" and a last name. */
function listGoesOn(doc: Doc, from: number, ceiling: number): boolean {
  for (let k = from; k < ceiling && k - from < 12; k++) {
    const t = doc.tokens[k]!;
    if (t.lower === 'and' || t.lower === 'or') return k > from || doc.tokens[k - 1]?.text === ',';
    if (!(t.pos === 'PROPN' || t.pos === 'DET' || t.text === ',' || isGlue(doc, k))) return false;
  }
  return false;
}

/** The character span and text of a token range. */
export function rangeText(doc: Doc, r: TokenRange): { text: string; start: number; end: number } {
  const start = doc.tokens[r.start]!.start;
  const end = doc.tokens[r.end - 1]!.end;
  return { text: doc.text.slice(start, end), start, end };
}
