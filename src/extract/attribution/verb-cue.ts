// A cue verb and its source: "X said" / "..., said X" / "X, the minister, said", participles
// ("..., adding"), coordinated verbs, passives ("reported by X") and where the content lies.
// The subject search lives in verb-subject.ts, the tokens around the verb in verb-clause.ts.
import type { Doc, Token } from '../../nlp/doc.js';
import { cueLexicon, type CueVerb } from './cue-lexicon.js';
import { isHead, QUANTIFIER_SUBJECTS, phraseEndingAt, phraseStartingAt, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, type TokenRange } from './source-phrase.js';
import { isSourceHead } from './source-kind.js';
import type { Candidate } from './find-cues.js';
import { agentAfter, conjunctSubject, monthAsName, opensClause, subjectAfterOpening, topicFollows } from './clause-parts.js';
import { closingPhrase, fullSubject, mistaggedSubject, nextDelimiter, properNameBetween, sentenceSubject, skipParenthesis, sourceLike, timeFollows } from './verb-subject.js';
import { absolute, isDash, isQuote, laterVerb, sideAfterSubject, speechFollows } from './verb-clause.js';

const CONTRACTED_S = new Set(["'s", '’s']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s', 'get', 'got', 'gets']);
const SKIPPABLE_AUX = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must',
  'did', 'does', 'do', 'not', "n't", 'n’t', 'also', 'shall', "'ve", '’ve', "'d", '’d', "'ll", '’ll']);
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);
const OBJECT_RELATIVES = new Set(['what', 'whatever']);
// Words wink may tag as prepositions that open a clause with its own subject ("after she attacked").
const SUBORDINATORS = new Set(['after', 'before', 'as', 'while', 'since', 'because', 'although', 'though', 'when', 'until', 'unless', 'once', 'whereas']);
const BY_ING = new Set(['by', 'after', 'before', 'while', 'when', 'in']);
const OPENS_CLAUSE = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'ADV']);
// Verbs too common as plain verbs to stand after their source ('", called X' is rare, '", added X' is not).
const INVERTIBLE_WEAK = new Set(['add', 'continue', 'write', 'ask', 'tell', 'predict', 'note']);

// "which"/"who" as wink sometimes tags them (a determiner), standing for their antecedent.
const WH_RELATIVES = new Set(['which', 'who']);
const isHeadLike = (t: Token): boolean => isHead(t) || WH_RELATIVES.has(t.lower) || t.lower === 'whom' || (t.pos === 'ADJ' && isSourceHead(t.lower)) || QUANTIFIER_SUBJECTS.has(t.lower) || (t.pos === 'PRON' && (SUBJECT_PRONOUNS.has(t.lower) || RELATIVE_PRONOUNS.has(t.lower)));

export function verbCandidate(
  doc: Doc, i: number, first: number, stop: number, verb: CueVerb, lastSource: () => TokenRange | null,
): Omit<Candidate, 'sentence'> | null {
  const lex = cueLexicon();
  const tokens = doc.tokens;
  const t = tokens[i]!;
  const ing = t.lower.endsWith('ing');
  // "spoke to reporters", "spoke in a cottage": no statement without what it was about ("spoke of").
  if (lex.topicVerbs.has(verb.lemma) && !topicFollows(doc, i + 1, stop)) return null;
  // "continued to work", "is set to meet": an aspect verb before an infinitive that reports nothing
  // ("continued to insist" stays a cue).
  if (lex.aspectVerbs.has(verb.lemma) && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos === 'VERB'
    && !lex.verbs.has(tokens[i + 2]!.lower)) return null;
  // "Fighting continues in the east": a verb that reports only when speech follows or went before
  // ('he continued: "..."', '"...," she continued.').
  if (lex.speechOnlyVerbs.has(verb.lemma) && !speechFollows(doc, i + 1)) return null;
  // "filed for bankruptcy", "a group known as Fancy Bear": the word after makes the verb no report.
  if (lex.nonReportingNext.get(verb.lemma)?.has(tokens[i + 1]?.lower ?? '')) return null;
  // Walk left past auxiliaries and adverbs ("has also said", "did not immediately respond").
  let j = i - 1;
  let passive = false;
  // "he's sought", "who's called for": a contracted "'s" is "has" unless a "by" agent follows.
  let contracted = false;
  let hedged = verb.hedged;
  while (j >= first && i - j <= 12) {
    const l = tokens[j]!;
    if (lex.hedgeAdverbs.has(l.lower)) hedged = true;
    // "Rep. Gwen Moore (D-Wis.) said": step over a parenthesis.
    if (l.text === ')') {
      let k = j - 1;
      while (k > first && j - k < 10 && tokens[k]!.text !== '(') k--;
      if (tokens[k]?.text === '(') { j = k - 1; continue; }
      break;
    }
    if (l.pos === 'ADV' && !BE.has(l.lower)) { j--; continue; }
    // "Sanders on Tuesday said", "who in 2010 said" (but "Theresa May said": a month as a surname).
    if ((lex.timeWords.has(l.lower) && !monthAsName(doc, j)) || (l.pos === 'NUM' && /^\d{4}$/.test(l.text))) {
      let k = j - 1;
      while (k >= first && (lex.timeWords.has(tokens[k]!.lower) || tokens[k]!.pos === 'NUM' || tokens[k]!.text === ','
        || (tokens[k]!.pos === 'DET' && k < j))) k--;
      if (k >= first && tokens[k]!.pos === 'ADP') { j = k - 1; continue; }
      // "a report released last year found": the participle and its time belong to the subject.
      if (k > first && tokens[k]!.pos === 'VERB' && /(?:ed|wn|en)$/.test(tokens[k]!.lower) && isHead(tokens[k - 1]!)) { j = k - 1; continue; }
      if (l.pos === 'PROPN' && k >= first && isHead(tokens[k]!)) { j = k; continue; }
      // "Wells Fargo just this month announced", "the Supreme Court this month rejected".
      // "A CNN poll last month showed": after a head, a time phrase of time words only.
      if (k >= first && (tokens[k]!.pos === 'ADV' || isHead(tokens[k]!))
        && (tokens[k + 1]?.pos === 'DET' || lex.timeWords.has(tokens[k + 1]!.lower))) { j = k; continue; }
      break;
    }
    if (BE.has(l.lower) && (l.pos === 'AUX' || l.pos === 'VERB')) { passive = !ing; contracted ||= CONTRACTED_S.has(l.lower); j--; continue; }
    // "it would add", "the state could pressure": not something anyone said.
    if (lex.modals.has(l.lower) && !monthAsName(doc, j)) return null;
    if (l.pos === 'ADV' || (SKIPPABLE_AUX.has(l.lower) && !monthAsName(doc, j)) || (l.pos === 'AUX' && !BE.has(l.lower))) { j--; continue; }
    break;
  }
  const left = j >= first ? tokens[j]! : undefined;
  const base = { hedged, object: null as TokenRange | null };
  // "Having announced that ..., Judge Berman proceeded": a perfect participle opening the sentence speaks
  // for the subject after its clause.
  if (left?.lower === 'having' && (j === first || isQuote(tokens[j - 1]))) {
    const src = subjectAfterOpening(doc, i + 1, stop);
    return src && (!verb.weak || sourceLike(doc, src, verb))
      ? { ...base, rule: 'attribution/participle', cue: { start: i, end: i + 1 }, source: src, side: 'after' } : null;
  }
  // "did not immediately respond to requests for comment": a refusal to speak reports nothing.
  if (lex.silentWhenNegated.has(verb.lemma) && tokens.slice(j + 1, i).some((x) => NEGATIONS.has(x.lower))) return null;
  if (left?.lower === 'to') return controlled(doc, i, j, first, stop, verb, base, lastSource);
  // "the said agreement" (but "some believe", "each touting": a quantifier stands as the subject).
  if (left?.pos === 'DET' && !QUANTIFIER_SUBJECTS.has(left.lower) && !WH_RELATIVES.has(left.lower)) return null;

  // "reported by TASS", and the reduced relative "the 9 casualties disclosed by Kim Jong-un"
  // (not "Trump responded by saying": a name or pronoun before the verb is its subject).
  const reducedRelative = !passive && !verb.weak && /ed$|wn$|en$/.test(t.lower) && tokens[i + 1]?.lower === 'by'
    && !!left && left.pos === 'NOUN';
  if (passive || reducedRelative) {
    const src = passive ? agentAfter(doc, i, stop) : phraseStartingAt(doc, i + 2, stop);
    if (src) return { ...base, rule: 'attribution/passive', cue: { start: i, end: i + 1 }, source: src, side: 'sentence' };
    if (passive && !contracted) return null;
  }

  // "all the experts I interviewed said": a contact clause (a noun, a pronoun and its verb) inside the subject.
  if (left?.pos === 'VERB' && /ed$/.test(left.lower) && j - 2 >= first && ['i', 'we', 'you', 'they', 'he', 'she'].includes(tokens[j - 1]!.lower)
    && tokens[j - 2]!.pos === 'NOUN') {
    const near = phraseEndingAt(doc, j - 2, first);
    // "all the experts": a quantifier before the determiner belongs to the phrase.
    const head = near && near.start - 1 >= first && QUANTIFIER_SUBJECTS.has(tokens[near.start - 1]!.lower) ? { start: near.start - 1, end: near.end } : near;
    if (head && opensClause(doc, head.start, first) && (!verb.weak || sourceLike(doc, head, verb))) {
      return { ...base, rule: 'attribution/speech-verb', cue: { start: i, end: i + 1 }, source: { start: head.start, end: j + 1 }, side: sideAfterSubject(doc, i, stop) };
    }
  }

  // "Ivana Trump's brief said", "No one expected", "the mother of three replied", "independent analyses
  // agree": wink tags the subject's last word as an adjective, a number or a verb.
  const mistagged = left && !verb.weak && !ing && !isHeadLike(left) ? mistaggedSubject(doc, j, first) : null;
  if (mistagged) {
    return { ...base, rule: 'attribution/speech-verb', cue: { start: i, end: i + 1 }, source: mistagged, side: sideAfterSubject(doc, i, stop) };
  }

  if (left && isHeadLike(left)) {
    if (left.pos === 'PRON' && RELATIVE_PRONOUNS.has(left.lower) && left.lower !== 'who' && j - 1 >= first && tokens[j - 1]!.pos === 'ADP') return null;
    const found = phraseEndingAt(doc, j, first);
    if (!found) return null;
    const near = floatingQuantifier(doc, found, first) ?? found;
    // "with no follow-up visits announced": a participle in an absolute phrase, not a verb with its subject.
    if (j === i - 1 && /ed$/.test(t.lower) && absolute(doc, near.start, first)) return null;
    // "Officials speaking on condition of anonymity said": an -ing form right after its noun, with no
    // auxiliary, modifies the noun; the verb comes later.
    if (j === i - 1 && ing && !absolute(doc, near.start, first) && laterVerb(doc, i + 1, stop)) return null;
    const src = fullSubject(doc, near, first);
    if (verb.weak && !sourceLike(doc, src, verb)) return null;
    // "the loopholes he cited", "what they call": a pronoun after a noun or "what" opens a relative clause
    // whose object is that noun; the cue describes it, it does not report a statement.
    const opener = tokens[src.start - 1];
    if (SUBJECT_PRONOUNS.has(left.lower) && src.end - src.start === 1 && opener && src.start - 1 >= first
      && (opener.pos === 'NOUN' || OBJECT_RELATIVES.has(opener.lower))) return null;
    // "the share of voters expect" hangs off a preposition; "after she attacked" opens a clause.
    if (verb.weak && src.start > first && tokens[src.start - 1]!.pos === 'ADP' && !SUBORDINATORS.has(tokens[src.start - 1]!.lower)) return null;
    const object = verb.relay ? phraseStartingAt(doc, i + 1, stop) : null;
    return { ...base, object, rule: 'attribution/speech-verb', cue: { start: i, end: i + 1 }, source: src, side: sideAfterSubject(doc, i, stop) };
  }

  // "X VERBed and said": the subject of the verb just before the conjunction speaks ("I laughed and said").
  if (left && (left.lower === 'and' || left.lower === 'but') && !ing) {
    const src = conjunctSubject(doc, j, first);
    if (src && (!verb.weak || sourceLike(doc, src, verb))) {
      return { ...base, rule: 'attribution/coordinated', cue: { start: i, end: i + 1 }, source: src, side: 'after' };
    }
  }

  // "Claiming the criticism is unfair, Trump told Fox", "In defending himself, Trump offered": an opening
  // participle speaks for the subject after its clause.
  if (ing && (!left || isQuote(left) || (left.pos === 'ADP' && j === first)) && !lex.circumstantialParticiples.has(t.lower)) {
    const src = subjectAfterOpening(doc, i + 1, stop);
    if (src && (!verb.weak || sourceLike(doc, src, verb))) {
      return { ...base, rule: 'attribution/participle', cue: { start: i, end: i + 1 }, source: src, side: 'after' };
    }
  }

  // "responded by saying": the main clause's source.
  if (ing && left && BY_ING.has(left.lower) && lex.participial.has(t.lower)) {
    const src = lastSource() ?? sentenceSubject(doc, first, stop);
    return src ? { ...base, rule: 'attribution/participle', cue: { start: i, end: i + 1 }, source: src, side: 'after' } : null;
  }
  const atBoundary = !left || left.text === ',' || isQuote(left) || left.text === ':' || isDash(doc, j);
  if (!atBoundary) {
    if (left.lower === 'and' || left.lower === 'but' || left.lower === 'yet') {
      // A weak verb ("... and called for", "... and expects") only finite and after a subject that names a
      // source: "by weaponizing winter and putting" is a gerund.
      if (ing) return null;
      const src = lastSource() ?? sentenceSubject(doc, first, stop);
      if (src && verb.weak && !sourceLike(doc, src, verb)) return null;
      return src ? { ...base, rule: 'attribution/coordinated', cue: { start: i, end: i + 1 }, source: src, side: 'after' } : null;
    }
    return null;
  }

  // "..., adding": the main clause's source. After a cue of the sentence ('she said, referencing',
  // '"...," Trump said, going on to say') any strong cue verb will do; else only the participial list.
  // "Rubio, speaking in Miami, is criticizing": after an auxiliary the -ing form is the finite verb.
  const progressive = tokens.slice(j + 1, i).some((x) => x.pos === 'AUX' || BE.has(x.lower));
  const afterComma = !progressive && (left?.text === ',' || (isQuote(left) && tokens[j - 1]?.text === ','));
  const main = ing && afterComma ? lastSource() : null;
  if (ing && afterComma && (lex.participial.has(t.lower) || (main && !verb.weak))) {
    // "Witkoff, writing on X, said": an aside before the main verb is not a cue of its own.
    const subject = sentenceSubject(doc, first, stop);
    // "Dean, a former chairman, poked at Trump, tweeting": past the aside, a finite verb came first.
    const finiteBefore = !!subject && tokens.slice(subject.end, i).some((x) => x.pos === 'VERB' && !/ing$/.test(x.lower));
    const src = main ?? (subject && (tokens[subject.end]?.text !== ',' || finiteBefore) ? subject : null);
    return src ? { ...base, rule: 'attribution/participle', cue: { start: i, end: i + 1 }, source: src, side: 'after' } : null;
  }

  // Appositive: "Schiff, 56, who has served on the committee, told ...", "Kall -- co-editor of X -- said".
  // The leftmost subject that opens the sentence or a clause wins over nearer noun phrases.
  if (left && (left.text === ',' || isDash(doc, j))) {
    let found: TokenRange | null = null;
    for (let k = j - 1; k > first && j - k < 40; k--) {
      // "ICU – a Kyiv-based bank - has downgraded": the two dashes of an aside need not be the same mark.
      if (tokens[k]!.text !== left.text && !(isDash(doc, j) && isDash(doc, k))) continue;
      const src = phraseEndingAt(doc, skipParenthesis(doc, k - 1, first), first);
      if (!src) continue;
      const before = tokens[src.start - 1];
      if (src.start === first || !before || OPENS_CLAUSE.has(before.pos) || before.lower === 'as') {
        const opensSentence = src.start === first || isQuote(before) || before?.pos === 'CCONJ' || before?.pos === 'SCONJ';
        if (!found || opensSentence) found = src;
        if (opensSentence) break;
      }
    }
    // A weak verb ("Minyon Moore, an adviser, called ...") only after a subject that names a source.
    if (found && verb.weak && !sourceLike(doc, found, verb)) found = null;
    if (found) {
      // "Russia's envoy, Kirill Dmitriev, said": the name in the appositive names the source best.
      const name = properNameBetween(doc, found.end + 1, nextDelimiter(doc, found.end + 1, j, left.text));
      const src = name && tokens[found.end - 1]!.pos !== 'PROPN' ? name : found;
      return { ...base, rule: 'attribution/speech-verb', cue: { start: i, end: i + 1 }, source: src, side: 'after' };
    }
  }

  // Inverted: '..., said Caddell.' / '"...," said the ministry on Friday.'
  if (!verb.weak || INVERTIBLE_WEAK.has(verb.lemma)) {
    const src = phraseStartingAt(doc, i + 1, stop);
    const after = src ? tokens[src.end] : undefined;
    if (src && (!after || after.pos === 'PUNCT' || lex.timeWords.has(after.lower) || after.lower === 'that'
      || (after.pos === 'ADP' && (timeFollows(doc, src.end + 1) || closingPhrase(doc, src.end + 1, stop))))) {
      return { ...base, rule: 'attribution/speech-verb', cue: { start: i, end: i + 1 }, source: src, side: 'before' };
    }
  }

  if (left && (left.text === ',' || isDash(doc, j)) && !verb.weak) {
    // "one of the family's attorneys, Justin Bamberg, said": the name in the appositive will do.
    const src = phraseEndingAt(doc, skipParenthesis(doc, j - 1, first), first);
    if (src && sourceLike(doc, src, verb) && tokens[src.start]!.pos !== 'PRON') {
      return { ...base, rule: 'attribution/speech-verb', cue: { start: i, end: i + 1 }, source: src, side: 'after' };
    }
  }
  return null;
}

const FLOATING = new Set(['both', 'all', 'each']);

/** "Bolton and Gorka both denounced", "the senators will all support": the phrase a quantifier floats after. */
function floatingQuantifier(doc: Doc, r: TokenRange, first: number): TokenRange | null {
  const tokens = doc.tokens;
  if (r.end - r.start !== 1 || !FLOATING.has(tokens[r.start]!.lower)) return null;
  let k = r.start - 1;
  while (k > first && (tokens[k]!.pos === 'AUX' || SKIPPABLE_AUX.has(tokens[k]!.lower))) k--;
  return k >= first && isHead(tokens[k]!) ? phraseEndingAt(doc, k, first) : null;
}

// A verb that governs an infinitive but is no cue itself: its subject speaks through the infinitive.
const CONTROL_STUB: CueVerb = { lemma: '', hedged: false, weak: false, relay: false, evidential: true };
const CONTROL_PARTICLES = new Set(['on', 'yet']);

/**
 * A cue in an infinitive: "Caddell went on to discuss", "he appeared to suggest", "was able to tout" take
 * the subject of the raising or control word before "to" (lexicon `controlWords`; "go on", "have yet" need
 * their particle). Not "tried to push", "failed to note", "it is easy to see": an attempt, a negation or an
 * impersonal phrase states nothing; not "sticking to opposing": "to" before an -ing form is a preposition.
 */
function controlled(
  doc: Doc, i: number, to: number, first: number, stop: number, verb: CueVerb,
  base: { hedged: boolean; object: TokenRange | null }, lastSource: () => TokenRange | null,
): Omit<Candidate, 'sentence'> | null {
  const lex = cueLexicon();
  const tokens = doc.tokens;
  if (tokens[i]!.lower.endsWith('ing')) return null;
  let k = to - 1;
  const particle = CONTROL_PARTICLES.has(tokens[k]?.lower ?? '') ? tokens[k--]!.lower : '';
  while (k > first && to - k <= 3 && (tokens[k]!.pos === 'ADV' || lex.timeWords.has(tokens[k]!.lower))) k--;
  const g = tokens[k];
  if (!g || k < first) return null;
  const control = lex.controlWords.get(g.lower);
  if (control === undefined || (control !== '' && control !== particle)) return null;
  // "is set to", "was able to": read the subject from the auxiliary, as a passive would find none.
  const from = BE.has(tokens[k - 1]?.lower ?? '') && k - 1 >= first ? k - 1 : k;
  if (g.pos === 'ADJ' && from === k) return null;
  const c = verbCandidate(doc, from, first, stop, CONTROL_STUB, lastSource);
  if (!c || c.rule === 'attribution/passive' || c.side === 'before') return null;
  if (verb.weak && !sourceLike(doc, c.source, verb)) return null;
  return { ...base, rule: 'attribution/control', cue: { start: i, end: i + 1 }, source: c.source, side: 'after' };
}
