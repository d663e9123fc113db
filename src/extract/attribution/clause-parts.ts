// Where a cue verb finds its source or its topic beyond the plain "X said": the agent of a passive past its
// complement ("called a charlatan by doctors"), the subject of a conjunct ("I laughed and said"), the
// subject after an opening participle ("Claiming ..., Trump told"), a month that is a surname ("Theresa
// May") and what "spoke" was about.
import type { Doc } from '../../nlp/doc.js';
import { cueLexicon } from './cue-lexicon.js';
import { phraseEndingAt, phraseStartingAt, SUBJECT_PRONOUNS, type TokenRange } from './source-phrase.js';

const isQuote = (t: { text: string }): boolean => /^(["“”'‘’]|'')$/.test(t.text);

/** A phrase at `start` opens its clause: the sentence start, or after punctuation, a conjunction or a quote. */
export function opensClause(doc: Doc, start: number, floor: number): boolean {
  const before = doc.tokens[start - 1];
  return start <= floor || !before || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ' || isQuote(before);
}

/** "Theresa May", "Ben April": a capitalised month right after a proper noun is part of a name. */
export function monthAsName(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!, prev = doc.tokens[k - 1];
  return /^\p{Lu}/u.test(t.text) && prev?.pos === 'PROPN' && !cueLexicon().timeWords.has(prev.lower);
}

/**
 * "spoke of", "talked openly about", 'spoke: "..."', a quote right after the verb, or "about" a little
 * later in the clause ("talks to DuVernay about the issue").
 */
export function topicFollows(doc: Doc, k: number, stop: number): boolean {
  const markers = cueLexicon().topicMarkers;
  while (k < stop && doc.tokens[k]!.pos === 'ADV' && !markers.has(doc.tokens[k]!.lower)) k++;
  const t = doc.tokens[k];
  if (!t) return false;
  if (markers.has(t.lower) || isQuote(t)) return true;
  for (let m = k + 1; m < stop && m - k < 8; m++) {
    const u = doc.tokens[m]!;
    if (u.lower === 'about') return true;
    if (u.pos === 'PUNCT' || u.pos === 'VERB') return false;
  }
  return false;
}

/** The agent of a passive cue: "supported by far fewer publications", "called a charlatan by fellow physicians". */
export function agentAfter(doc: Doc, i: number, stop: number): TokenRange | null {
  const tokens = doc.tokens;
  let k = i + 1;
  // Past an object complement or a particle ("a charlatan", "out").
  while (k < stop && k - i <= 4 && tokens[k]!.lower !== 'by' && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN' || tokens[k]!.lower === 'out')) k++;
  if (tokens[k]?.lower !== 'by') return null;
  // "by far fewer publications": a leading adverb is not part of the phrase's head.
  return phraseStartingAt(doc, k + 1, stop) ?? (tokens[k + 1]?.pos === 'ADV' ? phraseStartingAt(doc, k + 2, stop) : null);
}

/** "I laughed and said": the subject of the finite verb right before the conjunction at `and`. */
export function conjunctSubject(doc: Doc, and: number, first: number): TokenRange | null {
  const tokens = doc.tokens;
  const v = tokens[and - 1];
  if (!v || v.pos !== 'VERB' || /ing$/.test(v.lower) || and - 2 < first) return null;
  let k = and - 2;
  while (k > first && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'PART')) k--;
  const s = tokens[k]!;
  if (!(s.pos === 'PRON' && SUBJECT_PRONOUNS.has(s.lower)) && s.pos !== 'PROPN') return null;
  const r = phraseEndingAt(doc, k, first);
  return r && opensClause(doc, r.start, first) ? r : null;
}

/** After an opening participle's clause: the subject after its comma, followed by its verb. */
export function subjectAfterOpening(doc: Doc, from: number, stop: number): TokenRange | null {
  const tokens = doc.tokens;
  let k = from;
  while (k < stop && k - from < 30 && tokens[k]!.text !== ',') k++;
  if (tokens[k]?.text !== ',') return null;
  // 'Bemoaning the "phony system," Trump accused': the comma sits inside the closing quote.
  if (tokens[k + 1] && isQuote(tokens[k + 1]!)) k++;
  const r = phraseStartingAt(doc, k + 1, stop);
  const after = r ? tokens[r.end] : undefined;
  return r && after && (after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'ADV') ? r : null;
}

