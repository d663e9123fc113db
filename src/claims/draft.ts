// A claim while refiners work on it: the final claim plus what the refiners need to see.
import type { Doc } from '../nlp/doc.js';
import type { Context } from '../context.js';
import type { Claim, Mentions, QuantityMention, Span } from '../types.js';
import { sentenceAt } from '../nlp/doc.js';

export interface CountedPhrase {
  /** The noun phrase after the number, modifiers included ("North Korean prisoners of war"). */
  readonly phrase: Span;
  /** Its head noun run ("prisoners of war"). */
  readonly head: Span;
  readonly headWord: string;
}

export interface Draft extends Claim {
  readonly mention: QuantityMention;
  readonly sentence: number;
  readonly countedPhrase: CountedPhrase | null;
}

export type Refiner = (drafts: readonly Draft[], doc: Doc, mentions: Mentions, ctx: Context) => Draft[];

export function toDraft(doc: Doc, mention: QuantityMention): Draft {
  const sentence = Math.max(0, sentenceAt(doc, mention.valueSpan.start));
  const s = doc.sentences[sentence];
  return {
    kind: 'quantity',
    measure: 'quantity',
    value: { low: mention.low, high: mention.high, qualifier: mention.qualifier, unit: mention.unit },
    counted: null,
    subject: null,
    sources: [],
    via: [],
    cue: null,
    hedged: false,
    time: null,
    place: null,
    population: { nationality: null, nationalityImplied: false, theatre: null, theatreImplied: false, scope: null },
    span: s ? { start: s.start, end: s.end } : mention.span,
    valueSpan: mention.valueSpan,
    rules: mention.rules,
    mention,
    sentence,
    countedPhrase: null,
  };
}

export function finish(draft: Draft): Claim {
  const { mention: _m, sentence: _s, countedPhrase: _c, ...claim } = draft;
  return claim;
}
