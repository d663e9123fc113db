// The subject of a cue verb: the one that opens the sentence, the longer subject around the phrase before
// the verb, one wink mistagged, the name in an appositive, the source after an inverted verb ('..., said X
// on Friday'), the subject of an infinitive, and whether a subject names a source at all.
import type { Doc } from '../../nlp/doc.js';
import { cueLexicon, type CueVerb } from './cue-lexicon.js';
import { isHead, QUANTIFIER_SUBJECTS, phraseEndingAt, phraseStartingAt, RELATIVE_PRONOUNS, type TokenRange } from './source-phrase.js';
import { sourceKind } from './source-kind.js';
import { opensClause } from './clause-parts.js';
import { END_PUNCT, isQuote } from './verb-clause.js';

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** The phrase's head: the word before its first link ("study" in "a study by X of Y"). */
function headIndex(doc: Doc, r: TokenRange): number {
  for (let k = r.start + 1; k < r.end; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'ADP' || t.text === ',') return k - 1;
  }
  return r.end - 1;
}

/**
 * A subject worth believing for a weak verb: a name, a pronoun, or a word that names a kind of source.
 * A document ("the study", "video of the raid") may show or find, but does not release or send.
 */
export function sourceLike(doc: Doc, r: TokenRange, verb: CueVerb): boolean {
  const lex = cueLexicon();
  const at = headIndex(doc, r);
  const word = doc.tokens[at]!.lower;
  if (lex.documentHeads.has(word)) return verb.evidential;
  const head = doc.tokens[r.end - 1]!;
  // "a student who sang", "the crime bill, which put": a relative word is as good as what it stands for.
  if (r.end - r.start === 1 && RELATIVE_PRONOUNS.has(head.lower)) {
    const before = doc.tokens[r.start - 1]?.text === ',' ? r.start - 2 : r.start - 1;
    const floor = doc.sentences[head.sentence]!.tokenStart;
    const antecedent = before >= floor ? phraseEndingAt(doc, before, floor) : null;
    return !!antecedent && sourceLike(doc, antecedent, verb);
  }
  if (head.pos === 'PROPN' || head.pos === 'PRON' || QUANTIFIER_SUBJECTS.has(head.lower)) return true;
  // A plural noun naming people or bodies ("environmentalists worry").
  if (head.pos === 'NOUN' && /[^s]s$/.test(head.lower) && r.end - r.start <= 3) return true;
  // The head before a link: "others in the community", "many of his supporters", "attorneys for the
  // family"; a word for people or a body ("the judge", "police"); a share of people ("a majority of
  // voters", "5 percent").
  if (at < r.end - 1 && (QUANTIFIER_SUBJECTS.has(word) || (doc.tokens[at]!.pos === 'NOUN' && /[^s]s$/.test(word)))) return true;
  if (lex.agentHeads.has(word) || lex.partitiveHeads.has(word)) return true;
  const text = doc.text.slice(doc.tokens[r.start]!.start, head.end);
  return sourceKind(text) !== 'other';
}

/** The subject at the head of a sentence, past an opening quote and an introductory phrase. */
export function sentenceSubject(doc: Doc, first: number, stop: number): TokenRange | null {
  const tokens = doc.tokens;
  let i = first;
  while (i < stop && isQuote(tokens[i])) i++;
  const t = tokens[i];
  if (!t) return null;
  if (t.pos === 'ADP' || t.pos === 'ADV' || t.pos === 'SCONJ') {
    let k = i;
    while (k < stop && k - i < 14 && tokens[k]!.text !== ',') k++;
    if (k >= stop || tokens[k]!.text !== ',') return null;
    i = k + 1;
  }
  const r = phraseStartingAt(doc, i, stop);
  if (!r) return null;
  const after = tokens[r.end];
  return after && (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'ADV' || after.text === ',' || after.text === '(') ? r : null;
}

// Prepositions that never continue a subject to their left ("more than", "like", "as").
const NOT_IN_SUBJECT = new Set(['than', 'like', 'as', 'unlike', 'despite', 'because', 'if', 'after', 'before', 'since', 'until', 'amid', 'following']);

/**
 * The phrase right before a verb may sit inside a longer subject: the object of a preposition ("a survey
 * of 23 conflicts said", "Tens of thousands of people in Gaza said") or of a participle ("Officials
 * speaking on condition of anonymity said"). Walk back to the subject's head when the longer subject
 * opens its clause; otherwise keep the phrase.
 */
export function fullSubject(doc: Doc, near: TokenRange, floor: number): TokenRange {
  const tokens = doc.tokens;
  let start = near.start;
  for (let guard = 0; guard < 6; guard++) {
    const k = start - 1;
    const t = tokens[k];
    if (!t || k <= floor) break;
    if (t.pos === 'ADP' && !NOT_IN_SUBJECT.has(t.lower)) {
      const head = phraseEndingAt(doc, k - 1, floor);
      if (head) { start = head.start; continue; }
      // "speaking on condition of anonymity": the participle is next.
      if (tokens[k - 1]?.pos === 'VERB') { start = k; continue; }
      break;
    }
    // "Officials speaking on ...", "a video released by ...": a participle after the subject's head.
    if (t.pos === 'VERB' && (/(?:ing|ed|wn|en)$/.test(t.lower) || RELATIVE_PRONOUNS.has(tokens[k - 1]?.lower ?? ''))) {
      // "a study that appeared in X found": a relative clause inside the subject.
      const rel = RELATIVE_PRONOUNS.has(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
      const head = phraseEndingAt(doc, rel, floor);
      return head && opensClause(doc, head.start, floor) && !RELATIVE_PRONOUNS.has(tokens[head.end - 1]!.lower) ? head : near;
    }
    break;
  }
  return start !== near.start && opensClause(doc, start, floor) ? { start, end: near.end } : near;
}

/**
 * "prompted the central bank to cut its forecast": the subject of an infinitive at `to` is the object of
 * the verb before it. Only for cues that state a figure; "requiring candidates to disclose" states nothing.
 */
export function infinitiveSubject(doc: Doc, to: number, first: number): TokenRange | null {
  const tokens = doc.tokens;
  if (tokens[to]?.lower !== 'to' || to - 1 < first || !isHead(tokens[to - 1]!)) return null;
  const src = phraseEndingAt(doc, to - 1, first);
  const governor = src ? tokens[src.start - 1] : undefined;
  return src && governor?.pos === 'VERB' && !cueLexicon().verbs.has(governor.lower) ? src : null;
}

/** A subject ending at `j` in a word wink did not tag as a noun, after a determiner, a possessor or "of". */
export function mistaggedSubject(doc: Doc, j: number, first: number): TokenRange | null {
  const tokens = doc.tokens;
  const last = tokens[j]!;
  if (!(last.pos === 'ADJ' || last.pos === 'NUM' || (last.pos === 'VERB' && /[^s]s$/.test(last.lower))) || !/^\p{L}/u.test(last.text)) return null;
  if (cueLexicon().timeWords.has(last.lower) || j - 1 < first) return null;
  const before = tokens[j - 1]!;
  let start: number | null = null;
  if (before.pos === 'DET' || (before.pos === 'PRON' && POSSESSIVES.has(before.lower))) start = j - 1;
  else if (before.pos === 'PART' && /^['’]s?$/.test(before.lower) || before.lower === 'of') start = phraseEndingAt(doc, j - 2, first)?.start ?? null;
  else if (before.pos === 'ADJ' && last.pos !== 'ADJ') start = j - 1;
  if (start === null || !opensClause(doc, start, first)) return null;
  return { start, end: j + 1 };
}

/** '..., said one source in the room.': a short phrase from `k` that ends its sentence. */
export function closingPhrase(doc: Doc, k: number, stop: number): boolean {
  const r = phraseStartingAt(doc, k, stop);
  const next = r ? doc.tokens[r.end] : undefined;
  return !!r && r.end - k <= 5 && (!next || END_PUNCT.has(next.text) || isQuote(next));
}

/** "on Friday", "in 2024", "last week" start at a token. */
export function timeFollows(doc: Doc, k: number): boolean {
  const lex = cueLexicon();
  for (let m = k; m < k + 3; m++) {
    const t = doc.tokens[m];
    if (!t) return false;
    if (lex.timeWords.has(t.lower) || (t.pos === 'NUM' && /^\d{4}$/.test(t.text))) return true;
    if (t.pos !== 'DET' && t.pos !== 'ADJ') return false;
  }
  return false;
}

/** The index of the first `mark` in [from, to), or `to`. */
export function nextDelimiter(doc: Doc, from: number, to: number, mark: string): number {
  for (let k = from; k < to; k++) if (doc.tokens[k]!.text === mark) return k;
  return to;
}

/** A run of proper nouns filling [from, to) exactly, e.g. the appositive "Kirill Dmitriev". */
export function properNameBetween(doc: Doc, from: number, to: number): TokenRange | null {
  if (to <= from || to - from > 5) return null;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (!(t.pos === 'PROPN' || ((t.text === '-' || t.text === '.') && k > from))) return null;
  }
  return { start: from, end: to };
}

/** The token before a parenthesis that ends at `k` ("Rep. Jim Jordan (R-Ohio)"), else `k`. */
export function skipParenthesis(doc: Doc, k: number, floor: number): number {
  if (doc.tokens[k]?.text !== ')') return k;
  for (let m = k - 1; m > floor && k - m < 10; m--) if (doc.tokens[m]!.text === '(') return m - 1;
  return k;
}
