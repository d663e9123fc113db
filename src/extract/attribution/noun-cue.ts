// Cues carried by a noun: a possessed statement ("Trump's claim that", "his comment about", "claims by X
// to have ended"), and a verb made a statement by its object ("the bank cut its forecast to 1.8%",
// "rescuers put the toll at 12", "Ukraine took responsibility"), whose subject is the source.
import type { Doc } from '../../nlp/doc.js';
import { cueLexicon, type CueVerb } from './cue-lexicon.js';
import { phraseEndingAt, phraseStartingAt, type TokenRange } from './source-phrase.js';
import type { Candidate } from './find-cues.js';
import { verbCandidate } from './verb-cue.js';
import { infinitiveSubject } from './verb-subject.js';

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
const POSSESSIVE_MARK = new Set(["'s", '’s', "'", '’']);
// What may stand between a verb and its object noun: "cut its (growth) forecast", "put the (death) toll".
const OBJECT_FILLERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const MAX_OBJECT_GAP = 4;
const CONTENT_OPENERS = new Set(['that', 'about', 'to', 'of', 'on', 'over', 'regarding', ':']);
// Particles of a phrasal verb before its object: "edged up its forecast".
const PARTICLES = new Set(['up', 'down', 'back']);

type Draft = Omit<Candidate, 'sentence'>;

/** "Trump's (earlier) claim", "his comment", "claims by Donald Trump". */
function possessedCandidate(doc: Doc, i: number, first: number, stop: number): Draft | null {
  const tokens = doc.tokens;
  // "X's data showed": the verb after the noun is the cue, with "X's data" as its source.
  const next = tokens[i + 1];
  if (next && (next.pos === 'VERB' || next.pos === 'AUX') && cueLexicon().verbs.has(next.lower)) return null;
  const base = { rule: 'attribution/noun', cue: { start: i, end: i + 1 }, side: 'after' as const, hedged: false, object: null };
  if (next?.lower === 'by') {
    const src = phraseStartingAt(doc, i + 2, stop);
    return src && introducesContent(doc, src.end) ? { ...base, source: src } : null;
  }
  // Only a statement that opens its content here ("Trump's claim that", "his comment about"), not a
  // mention of one ("Trump's comments came after", "his remarks on Saturday").
  if (!introducesContent(doc, i + 1)) return null;
  // Step left over adjectives and adverbs ("earlier", "repeated", "infamous").
  let k = i - 1;
  while (k >= first && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV') && i - k <= 3) k--;
  const before = tokens[k];
  if (!before || k < first) return null;
  if (POSSESSIVE_PRONOUNS.has(before.lower) && before.pos === 'PRON') {
    return { ...base, source: { start: k, end: k + 1 } };
  }
  if (before.pos === 'PART' && POSSESSIVE_MARK.has(before.lower) && k - 1 >= first) {
    const src = phraseEndingAt(doc, k - 1, first);
    return src ? { ...base, source: src } : null;
  }
  return null;
}

/** The token at `k`, past time words, opens what a statement noun says: "that", "about", "to have", ":". */
function introducesContent(doc: Doc, k: number): boolean {
  const lex = cueLexicon();
  while (doc.tokens[k] && lex.timeWords.has(doc.tokens[k]!.lower)) k++;
  const t = doc.tokens[k];
  // "to" opens content only before a verb ("claims by X to have ended"), not an addressee ("statements to the FBI").
  if (t?.lower === 'to') return doc.tokens[k + 1]?.pos === 'VERB' || doc.tokens[k + 1]?.pos === 'AUX';
  return !!t && CONTENT_OPENERS.has(t.lower);
}

/** "cut its forecast", "has downgraded its growth forecast", "put the death toll at", "took responsibility". */
function objectCandidate(doc: Doc, i: number, first: number, stop: number, lastSource: () => TokenRange | null): Draft | null {
  const tokens = doc.tokens;
  let v = i - 1;
  while (v > first && i - v <= MAX_OBJECT_GAP && (OBJECT_FILLERS.has(tokens[v]!.pos) || PARTICLES.has(tokens[v]!.lower))) v--;
  const verbToken = tokens[v];
  if (!verbToken || verbToken.pos !== 'VERB' || v < first) return null;
  // The verb is the cue's head; the object noun makes it a statement, so no verb is weak here.
  const verb: CueVerb = { lemma: tokens[i]!.lower, hedged: false, weak: false, relay: false, evidential: true };
  const c = verbCandidate(doc, v, first, stop, verb, lastSource);
  const cue = { start: v, end: i + 1 };
  if (!c) {
    const src = infinitiveSubject(doc, v - 1, first);
    return src ? { rule: 'attribution/noun', cue, source: src, side: 'after', hedged: false, object: null } : null;
  }
  return c.rule === 'attribution/passive' ? null : { ...c, rule: 'attribution/noun', cue, side: 'after' };
}

export function nounCandidate(
  doc: Doc, i: number, first: number, stop: number, lastSource: () => TokenRange | null,
): Draft | null {
  const lex = cueLexicon();
  const low = doc.tokens[i]!.lower;
  if (lex.objectNouns.has(low)) {
    const c = objectCandidate(doc, i, first, stop, lastSource);
    if (c) return c;
  }
  return lex.possessedNouns.has(low) ? possessedCandidate(doc, i, first, stop) : null;
}
