// Finds cues and their sources sentence by sentence, in one pass over the tokens: "according to X",
// a quote signed with a dash ("― Name"), a speaker's colon ("PENCE: ..."), and cue verbs (verb-cue.ts).
import type { Doc, Token } from '../../nlp/doc.js';
import { cueLexicon } from './cue-lexicon.js';
import { isHead, phraseStartingAt, QUANTIFIER_SUBJECTS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, type TokenRange } from './source-phrase.js';
import { quoteAround, type Quote } from './quotes.js';
import { verbCandidate } from './verb-cue.js';
import { END_PUNCT, isQuote } from './verb-clause.js';
import { nounCandidate } from './noun-cue.js';
import { opensClause } from './clause-parts.js';

/** Where the attributed content lies relative to the cue. */
export type ContentSide = 'after' | 'before' | 'sentence' | 'quote-before';

export interface Candidate {
  readonly rule: string;
  readonly sentence: number;
  readonly cue: TokenRange;
  readonly source: TokenRange;
  readonly side: ContentSide;
  readonly hedged: boolean;
  /** The object of a relay verb ("told Reuters"). */
  readonly object: TokenRange | null;
}

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const DASH_MARKS = new Set(['—', '–', '--', '―']);
const isAllCapsName = (t: Token): boolean => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text);

const VERB_OBJECT_POS = new Set(['DET', 'PRON', 'NUM', 'SCONJ', 'ADJ']);

function acceptsPos(doc: Doc, i: number, first: number): boolean {
  const t = doc.tokens[i]!;
  if (t.pos === 'VERB') return true;
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  // ", promising to ..." comes back as an adjective.
  if (t.pos === 'ADJ' && t.lower.endsWith('ing') && prev?.text === ',') return true;
  // "Senator Warren grilled the bank", "Japan branded North Korea": a past tense after a name comes back
  // as an adjective (not after a determiner: "the Kremlin-backed channel").
  if (t.pos === 'ADJ' && /ed$/.test(t.lower) && prev && (prev.pos === 'PROPN' || (prev.pos === 'PRON' && SUBJECT_PRONOUNS.has(prev.lower)))
    && next && !END_PUNCT.has(next.text) && doc.tokens[i - 2]?.pos !== 'DET') return true;
  // "has also detailed", "is promising", "it referenced", "which notes", "some note", "The ad then
  // references": after an auxiliary, a pronoun or an adverb that follows its subject, wink's noun or
  // adjective is the verb.
  let p = i - 1;
  while (p > first && i - p <= 2 && doc.tokens[p]!.pos === 'ADV' && !QUANTIFIER_SUBJECTS.has(doc.tokens[p]!.lower)) p--;
  const lead = doc.tokens[p];
  if (lead && p >= first && (t.pos === 'ADJ' || t.pos === 'NOUN') && next && !END_PUNCT.has(next.text) && next.text !== ',') {
    const aux = lead.pos === 'AUX' && (t.pos === 'ADJ' ? /(?:ed|ing)$/.test(t.lower) : false);
    // "the study, which notes": wink tags the relative word as a determiner too.
    const pronoun = (lead.pos === 'PRON' && SUBJECT_PRONOUNS.has(lead.lower))
      || ((lead.pos === 'PRON' || lead.pos === 'DET') && RELATIVE_PRONOUNS.has(lead.lower) && lead.lower !== 'that');
    const relative = lead.lower === 'that' && p - 1 >= first && isHead(doc.tokens[p - 1]!);
    // "some note that", not "many calls": after a quantifier a plural noun is what it counts.
    const quantifier = QUANTIFIER_SUBJECTS.has(lead.lower) && !/s$/.test(t.lower) && (p === first || doc.tokens[p - 1]!.pos !== 'ADP');
    const headThenAdverb = p < i - 1 && isHead(lead);
    const inflected = t.pos === 'ADJ' ? /(?:ed|ing)$/.test(t.lower) : /s$/.test(t.lower) || pronoun || relative || quantifier;
    if (inflected && (aux || pronoun || relative || quantifier || headThenAdverb)) return true;
  }
  // Headlines and short clauses: "Ukraine claims victory", "Polls show a close race" come back as nouns.
  if (t.pos !== 'NOUN' || i <= first || !prev || !next) return false;
  // "by 0.1 percentage points to 4.2%", "5 reports of shelling": a noun after a number is what it counts.
  if (prev.pos === 'NUM' || (doc.tokens[i - 2]?.pos === 'NUM' && isHead(prev))) return false;
  const opensObject = VERB_OBJECT_POS.has(next.pos) || next.pos === 'PRON' || next.pos === 'PROPN'
    || next.lower === 'that' || next.lower === 'to' || next.text === ':';
  // Not after a determiner or a possessor: "the campaign promises", "its growth forecast".
  const before = doc.tokens[i - 2];
  const determined = !!before && (before.pos === 'DET' || before.pos === 'PART' || (before.pos === 'PRON' && POSSESSIVES.has(before.lower)));
  if (isHead(prev) && opensObject && !determined) return true;
  // "the campaign's website states that": a singular noun, then this word and a clause-opening "that".
  if (isHead(prev) && !/s$/.test(prev.lower) && /s$/.test(t.lower) && next.lower === 'that' && next.pos === 'SCONJ') return true;
  // "..., which War Watch notes was a 70% increase": after a relative word and a name, an -s form before
  // the verb of what it reports.
  if (isHead(prev) && /s$/.test(t.lower) && (next.pos === 'AUX' || next.pos === 'VERB')) {
    let k = i - 1;
    while (k > first && i - k <= 4 && isHead(doc.tokens[k]!)) k--;
    const rel = doc.tokens[k]!;
    if (k < i - 1 && rel.pos === 'PRON' && RELATIVE_PRONOUNS.has(rel.lower) && rel.lower !== 'that') return true;
  }
  // "Dragon Capital, an investment house, forecasts growth": the verb after an appositive.
  if (prev.text === ',' && (opensObject || next.pos === 'NOUN') && i - first > 3) return true;
  // '..., the research notes.': a cue that closes its sentence after the content.
  if (isHead(prev) && (END_PUNCT.has(next.text) || isQuote(next)) && trailsContent(doc, i - 1, first)) return true;
  // "The woman disputes the idea": a determiner, a noun, then this word and another determiner.
  return prev.pos === 'NOUN' && doc.tokens[i - 2]?.pos === 'DET' && (next.pos === 'DET' || next.pos === 'PRON');
}

/** The phrase ending at `last` follows a comma or a quote mark: '"...", the report notes'. */
function trailsContent(doc: Doc, last: number, first: number): boolean {
  for (let k = last; k > first && last - k < 6; k--) {
    const t = doc.tokens[k - 1]!;
    if (t.text === ',' || isQuote(t) || DASH_MARKS.has(t.text)) return k - 1 > first;
    if (!(isHead(t) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PART')) return false;
  }
  return false;
}

export function findCandidates(doc: Doc, quotes: readonly Quote[]): Candidate[] {
  const lex = cueLexicon();
  // Cues inside a direct quote belong to the speaker's own words ("I think..."), not to the article.
  const quoted = (i: number): boolean => {
    const q = quoteAround(quotes, doc.tokens[i]!.start);
    return q >= 0 && quotes[q]!.open < doc.tokens[i]!.start;
  };
  const tokens = doc.tokens;
  const out: Candidate[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const { tokenStart: first, tokenEnd: stop } = doc.sentences[s]!;
    const sentenceStartAt = out.length;
    // The main clause's source: the first found in the sentence ("X told Y that Z believes..., adding").
    // "According to KCNA, Kim praised the soldiers, commending ...": the speaker, not the relay; with only a
    // relay found, none ("..., according to their lawyers, and said": the sentence's subject speaks).
    const lastSource = (): TokenRange | null => {
      for (let k = sentenceStartAt; k < out.length; k++) if (out[k]!.rule !== 'attribution/according-to') return out[k]!.source;
      return null;
    };
    const push = (c: Omit<Candidate, 'sentence'>): void => { out.push({ ...c, sentence: s }); };

    for (let i = first; i < stop; i++) {
      const t = tokens[i]!;
      const low = t.lower;

      if (t.pos === 'PUNCT' && t.text !== ':' && !lex.quoteDashes.has(t.text)) continue;
      if (low === 'according' && tokens[i + 1]?.lower === 'to' && !quoted(i)) {
        const src = phraseStartingAt(doc, i + 2, stop, true) ?? singleWord(doc, i + 2, stop);
        if (src && !isNonSource(doc, src, lex.accordingToNonSources)) {
          push({ rule: 'attribution/according-to', cue: { start: i, end: i + 2 }, source: src, side: 'sentence', hedged: false, object: null });
        }
        i++;
        continue;
      }

      if (lex.quoteDashes.has(t.text)) {
        const prev = tokens[i - 1];
        const lineStart = i === first || isQuote(prev) || /\n/.test(doc.text.slice(prev?.end ?? 0, t.start));
        const src = lineStart ? phraseStartingAt(doc, i + 1, stop) : null;
        if (src && tokens[src.start]!.pos === 'PROPN' && (src.end === stop || END_PUNCT.has(tokens[src.end]!.text))) {
          push({ rule: 'attribution/quote', cue: { start: i, end: i + 1 }, source: src, side: 'quote-before', hedged: false, object: null });
        }
        continue;
      }

      if (t.text === ':' && i > first) {
        let k = first;
        while (k < i && isQuote(tokens[k])) k++;
        const names = tokens.slice(k, i);
        if (k < i && i - k <= 4 && names.every((n) => n.pos === 'PROPN' || isAllCapsName(n) || isGlueToken(n))
          && tokens[i - 1]!.pos !== 'ADJ' && !lex.colonNonSpeakers.has(tokens[i - 1]!.lower)) {
          push({ rule: 'attribution/speaker-colon', cue: { start: i, end: i + 1 }, source: { start: k, end: i }, side: 'after', hedged: false, object: null });
        }
        continue;
      }

      // "In the latest poll, X leads", "gains in some polls": a survey states what the sentence reports.
      if (low === 'in' && t.pos === 'ADP' && !quoted(i)) {
        const src = phraseStartingAt(doc, i + 1, stop);
        if (src && lex.surveyHeads.has(tokens[src.end - 1]!.lower)) {
          push({ rule: 'attribution/in-survey', cue: { start: i, end: i + 1 }, source: src, side: 'sentence', hedged: false, object: null });
        }
        continue;
      }

      // "made the case that", "weighed in on": a phrase whose verb alone is no cue.
      const phrasal = quoted(i) ? null : phrasalCue(doc, i, stop);
      if (phrasal) {
        const c = verbCandidate(doc, i, first, stop, { lemma: phrasal.phrase, hedged: false, weak: false, relay: false, evidential: false }, lastSource);
        if (c && c.rule !== 'attribution/passive') push({ ...c, cue: { start: i, end: phrasal.end }, side: 'after' });
        i = phrasal.end - 1;
        continue;
      }

      const verb = lex.verbs.get(low);
      const asVerb = !!verb && acceptsPos(doc, i, first) && !concessive(doc, i);
      // Nouns that carry a statement: "Trump's claim that", "cut its forecast to 1.8%" (wink tags some as verbs).
      const asNoun = (t.pos === 'NOUN' || t.pos === 'VERB') && (lex.possessedNouns.has(low) || lex.objectNouns.has(low));
      if ((!asVerb && !asNoun) || quoted(i)) continue;
      let c: Omit<Candidate, 'sentence'> | null = null;
      // "issued a paper welcoming the plan and calling for bases": an -ing form coordinated with a participle
      // cue speaks for that cue's source.
      if (asVerb && low.endsWith('ing') && (tokens[i - 1]?.lower === 'and' || tokens[i - 1]?.lower === 'or')) {
        const near = out.length > sentenceStartAt ? out[out.length - 1]! : null;
        if (near && tokens[near.cue.end - 1]!.lower.endsWith('ing') && near.rule !== 'attribution/according-to') {
          push({ rule: 'attribution/coordinated', cue: { start: i, end: i + 1 }, source: near.source, side: 'after', hedged: near.hedged, object: null });
        }
        continue;
      }
      if (asVerb) {
        // A sentence cannot open on a lower-case "said": the splitter broke it off its subject ("(D-Wis.) said").
        const brokenOff = i === first || (i - first <= 4 && tokens.slice(first, i).some((x) => x.text === ')'));
        const floor = brokenOff && s > 0 && /^\p{Ll}/u.test(t.text) ? doc.sentences[s - 1]!.tokenStart : first;
        c = verbCandidate(doc, i, floor, stop, verb, lastSource);
        // A weak verb inside what an earlier cue reports ("Stein said she plans to ...") is part of that content.
        if (c && verb.weak && embedded(doc, out, sentenceStartAt, first, c)) continue;
      }
      if (!c && asNoun) {
        c = nounCandidate(doc, i, first, stop, lastSource);
        // One cue per verb: "put" already a cue grows into "put the death toll", its content after it.
        const start = c?.cue.start;
        const k = out.findIndex((o, n) => n >= sentenceStartAt && o.cue.start === start);
        if (c && k >= 0) {
          out[k] = { ...out[k]!, rule: c.rule, cue: c.cue, side: 'after' };
          c = null;
        }
      }
      // "issued a statement calling", "filed papers opposing": a participle on the document an earlier cue
      // of the sentence produced grows that cue; the two are one statement.
      const grown = c ? documentParticiple(doc, out, sentenceStartAt, c) : -1;
      if (grown >= 0) { out[grown] = { ...out[grown]!, cue: { start: out[grown]!.cue.start, end: c!.cue.end }, side: 'after' }; c = null; }
      if (c) push(c);
    }
  }
  return out;
}

const DOCUMENT_FILLERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The earlier candidate of the sentence whose cue verb has, as its object, the document an -ing cue hangs
 * on ("issued a policy paper welcoming", "released an ad this week showing"), or -1.
 */
function documentParticiple(doc: Doc, out: readonly Candidate[], from: number, c: Omit<Candidate, 'sentence'>): number {
  const tokens = doc.tokens;
  if (!tokens[c.cue.start]!.lower.endsWith('ing') || c.cue.end - c.cue.start !== 1) return -1;
  const lex = cueLexicon();
  for (let k = out.length - 1; k >= from; k--) {
    const o = out[k]!;
    if (o.cue.end > c.cue.start || c.cue.start - o.cue.end > 8 || o.rule === 'attribution/according-to') continue;
    let sawDocument = false;
    for (let m = o.cue.end; m < c.cue.start; m++) {
      const t = tokens[m]!;
      const possessive = t.pos === 'PRON' && POSSESSIVES.has(t.lower);
      const timeAhead = t.pos === 'ADP' && lex.timeWords.has(tokens[m + 1]?.lower ?? '');
      if (!(DOCUMENT_FILLERS.has(t.pos) || possessive || timeAhead || lex.timeWords.has(t.lower))) return -1;
      if (lex.documentHeads.has(t.lower)) sawDocument = true;
    }
    return sawDocument ? k : -1;
  }
  return -1;
}

/** A multi-word cue starting at token `i`: its phrase and the token after it. */
function phrasalCue(doc: Doc, i: number, stop: number): { phrase: string; end: number } | null {
  const t = doc.tokens[i]!;
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return null;
  for (const { phrase, rest } of cueLexicon().phrasal.get(t.lower) ?? []) {
    if (i + rest.length < stop && rest.every((w, k) => doc.tokens[i + 1 + k]!.lower === w)) return { phrase, end: i + 1 + rest.length };
  }
  return null;
}

/**
 * Whether a candidate sits in the clause an earlier subject-first cue of its sentence governs. A cue in an
 * opening subordinate clause ("When the poll asked ..., Clinton was supported") governs only that clause;
 * after ", and"/", but" or ";" a new main clause begins.
 */
function embedded(doc: Doc, out: readonly Candidate[], from: number, first: number, c: Omit<Candidate, 'sentence'>): boolean {
  const intro = openingClauseEnd(doc, first, c.source.start);
  // "charged him after prosecutors determined": an adverbial clause states its own fact.
  if (ADVERBIAL_OPENERS.has(doc.tokens[c.source.start - 1]?.lower ?? '')) return false;
  for (let k = from; k < out.length; k++) {
    const o = out[k]!;
    if (o.side !== 'after' || o.cue.end > c.source.start) continue;
    if (o.cue.end <= intro) continue;
    if (clauseBreak(doc, o.cue.end, c.source.start)) continue;
    return true;
  }
  return false;
}

const ADVERBIAL_OPENERS = new Set(['after', 'before', 'because', 'since', 'although', 'though', 'while', 'whereas', 'until', 'unless']);

const OPENING_SUBORDINATORS = new Set(['when', 'while', 'although', 'though', 'as', 'if', 'because', 'after', 'before', 'since',
  'once', 'until', 'unless', 'whereas', 'even', 'in', 'despite']);

/** The comma that closes an opening subordinate clause ("When X said ..., "), before `limit`; -1 if none. */
function openingClauseEnd(doc: Doc, first: number, limit: number): number {
  let k = first;
  while (k < limit && isQuote(doc.tokens[k])) k++;
  if (!OPENING_SUBORDINATORS.has(doc.tokens[k]?.lower ?? '')) return -1;
  for (; k < limit; k++) if (doc.tokens[k]!.text === ',') return k;
  return -1;
}

/** A comma before a coordinating conjunction, or a semicolon, in [from, to): a new main clause. */
function clauseBreak(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (t.text === ';' || (t.text === ',' && doc.tokens[k + 1]?.pos === 'CCONJ')) return true;
  }
  return false;
}

/** "That said, ...", "Having said that, ...": a concession that reports nothing. */
function concessive(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  if (t[i]!.lower !== 'said') return false;
  if ((t[i - 1]?.lower === 'that' || t[i - 1]?.lower === 'this') && t[i + 1]?.text === ',') {
    return opensClause(doc, i - 1, doc.sentences[t[i]!.sentence]!.tokenStart);
  }
  return t[i - 1]?.lower === 'having' && (t[i + 1]?.lower === 'that' || t[i + 1]?.lower === 'this') && t[i + 2]?.text === ',';
}

const isGlueToken = (t: Token): boolean => t.text === '-' || t.text === '.';

/** "according to police," — one word wink did not tag as a noun. */
function singleWord(doc: Doc, i: number, stop: number): TokenRange | null {
  const t = doc.tokens[i], next = doc.tokens[i + 1];
  return t && /^\p{L}+$/u.test(t.text) && t.pos !== 'DET' && t.pos !== 'PRON' && (i + 1 >= stop || next?.pos === 'PUNCT') ? { start: i, end: i + 1 } : null;
}

/** "according to plan", "according to the law": the phrase's first noun is no source. */
function isNonSource(doc: Doc, r: TokenRange, nonSources: ReadonlySet<string>): boolean {
  for (let k = r.start; k < r.end; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'DET' || t.pos === 'ADJ') continue;
    return nonSources.has(t.lower);
  }
  return false;
}
