// Finds what a number counts: the noun phrase that follows it ("approximately 14,000 [soldiers]",
// "two [North Korean prisoners of war]", "two [of us]"), from wink's part-of-speech tags.
import type { Doc, Token } from '../nlp/doc.js';
import type { Draft, Refiner, CountedPhrase } from './draft.js';
import { tokenAt } from '../nlp/doc.js';

const MODIFIER_POS = new Set(['ADJ', 'PROPN', 'NUM', 'ADV']);
const NOUN_POS = new Set(['NOUN', 'PROPN']);
// Words wink sometimes tags as verbs or adjectives that are plainly counted nouns here.
const NOUNISH = /^(?:[a-z]+s|people|children|men|women|police|staff|personnel|crew|dead|wounded|injured|missing|displaced)$/;

function isNounLike(t: Token, next: Token | undefined): boolean {
  if (NOUN_POS.has(t.pos)) return true;
  // "drones", "troops" tagged VERB: a plural-looking word followed by a verb, a stop or a preposition.
  return t.pos === 'VERB' && /^[a-z]+s$/.test(t.lower) && (!next || ['ADP', 'PUNCT', 'AUX', 'VERB', 'CCONJ', 'PART'].includes(next.pos));
}

export function countedAfter(doc: Doc, draft: Draft): CountedPhrase | null {
  const { tokens } = doc;
  const sentence = doc.sentences[draft.sentence];
  if (!sentence) return null;
  let i = tokenAt(doc, draft.mention.span.end);
  const end = sentence.tokenEnd;
  const phraseStart = i;
  // "two of us", "2,000 of them", "five of the hostages".
  if (tokens[i]?.lower === 'of' && tokens[i + 1]) {
    i++;
    if (['the', 'them', 'us', 'those', 'these', 'their', 'its', 'his', 'her', 'our', 'whom'].includes(tokens[i]!.lower)
      && ['the', 'those', 'these', 'their', 'its', 'his', 'her', 'our'].includes(tokens[i]!.lower)) i++;
  }
  // Skip modifiers: "additional", "North Korean", "more", "other", hyphenated adjectives.
  let guard = 0;
  while (i < end && guard++ < 6) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    // A hyphenated compound ("night-shift workers", "T-shirt") is one modifier.
    const after = tokens[i + 2];
    if (next?.text === '-' && after && t.end === next.start && next.end === after.start) { i += 2; continue; }
    const modifier = MODIFIER_POS.has(t.pos) && (t.pos !== 'ADV' || next?.pos === 'ADJ');
    if (modifier && next && (isNounLike(next, tokens[i + 2]) || ['ADJ', 'PROPN'].includes(next.pos) || next.text === '-')) { i++; continue; }
    break;
  }
  const headStart = i;
  while (i < end && (isNounLike(tokens[i]!, tokens[i + 1]) || (i === headStart && NOUNISH.test(tokens[i]!.lower) && tokens[i]!.pos !== 'VERB'))) {
    i++;
    // "prisoners of war", "members of parliament": a short of-phrase completes the head.
    if (tokens[i]?.lower === 'of' && tokens[i + 1] && NOUN_POS.has(tokens[i + 1]!.pos) && tokens[i + 1]!.pos === 'NOUN'
      && !['the', 'a'].includes(tokens[i + 1]!.lower) && (i + 2 >= end || !NOUN_POS.has(tokens[i + 2]!.pos))) {
      i += 2;
      break;
    }
  }
  if (i === headStart) {
    // "us", "them" after "of".
    const t = tokens[headStart];
    if (t && t.pos === 'PRON' && headStart > phraseStart && tokens[headStart - 1]?.lower === 'of') {
      return { phrase: { start: t.start, end: t.end }, head: { start: t.start, end: t.end }, headWord: t.lower };
    }
    return null;
  }
  const first = tokens[phraseStart]!, last = tokens[i - 1]!;
  const headFirst = tokens[headStart]!;
  const headWordToken = tokens.slice(headStart, i).find((t, k, all) => all[k + 1]?.lower === 'of') ?? last;
  return {
    phrase: { start: first.start, end: last.end },
    head: { start: headFirst.start, end: last.end },
    headWord: headWordToken.lower,
  };
}

export const attachCounted: Refiner = (drafts, doc) =>
  drafts.map((d) => {
    if (d.value.unit !== 'count') return d;
    const countedPhrase = countedAfter(doc, d);
    if (!countedPhrase) return d;
    return {
      ...d,
      countedPhrase,
      counted: doc.text.slice(countedPhrase.head.start, countedPhrase.head.end),
      subject: doc.text.slice(countedPhrase.phrase.start, countedPhrase.phrase.end),
    };
  });
