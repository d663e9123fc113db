// Attributions: who says what, through which cue. Candidates come from one pass over the tokens
// (attribution/find-cues.ts); this file adds content spans, source kinds, relays and coreference.
import type { Doc } from '../nlp/doc.js';
import type { Context } from '../context.js';
import type { AttributionMention, SourceRef, SourceType } from '../types.js';
import { findCandidates, type Candidate } from './attribution/find-cues.js';
import { contentOf, extendOverContinuingQuotes } from './attribution/content.js';
import { findQuotes } from './attribution/quotes.js';
import { sourceKind } from './attribution/source-kind.js';
import { resolveSources, type SourceDraft } from './attribution/coreference.js';
import { rangeText } from './attribution/source-phrase.js';

const RELAY_KINDS: ReadonlySet<SourceType> = new Set(['media', 'wire_agency', 'state_media']);

export function extractAttributions(doc: Doc, _ctx: Context): AttributionMention[] {
  const quotes = findQuotes(doc.text);
  const candidates = findCandidates(doc, quotes);
  if (!candidates.length) return [];
  const cueStarts = candidates.map((c) => doc.tokens[c.cue.start]!.start).sort((a, b) => a - b);
  const claimed = (start: number, end: number): boolean => {
    // The first cue at or after `start`, by binary search.
    let lo = 0, hi = cueStarts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cueStarts[mid]! < start) lo = mid + 1; else hi = mid; }
    return lo < cueStarts.length && cueStarts[lo]! < end;
  };

  const drafts: SourceDraft[] = candidates.map((c) => {
    const s = rangeText(doc, c.source);
    return { ...s, token: c.source.start, sentence: c.sentence, type: sourceKind(s.text), trailing: c.side === 'before' };
  });
  const resolutions = resolveSources(doc, drafts);

  const mentions: AttributionMention[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    const draft = drafts[k]!;
    const r = resolutions[k] ?? null;
    const cue = rangeText(doc, c.cue);
    let content = contentOf(doc, c, quotes);
    if (c.side !== 'sentence') content = extendOverContinuingQuotes(doc, content, quotes, claimed);
    // "the architect who said": the source reaches back over the antecedent, which names who speaks.
    const from = r?.antecedentStart ?? draft.start;
    mentions.push({
      kind: 'attribution',
      source: r
        ? { text: doc.text.slice(from, draft.end), start: from, end: draft.end, type: r.type, resolved: r.resolved }
        : { text: draft.text, start: draft.start, end: draft.end, type: draft.type },
      cue,
      content: { text: doc.text.slice(content.start, content.end), start: content.start, end: content.end },
      via: relaysFor(doc, c, candidates, drafts),
      hedged: c.hedged,
      carried: content.carried,
      rules: [c.rule],
    });
  }
  return mentions;
}

/** Relays: "according to KCNA" beside another cue in the sentence, and a news outlet told ("told Reuters"). */
function relaysFor(doc: Doc, c: Candidate, all: readonly Candidate[], drafts: readonly SourceDraft[]): SourceRef[] {
  const via: SourceRef[] = [];
  if (c.object) {
    const o = rangeText(doc, c.object);
    const type = sourceKind(o.text);
    if (RELAY_KINDS.has(type)) via.push({ name: o.text, type });
  }
  if (c.rule !== 'attribution/according-to') {
    for (let k = 0; k < all.length; k++) {
      const other = all[k]!;
      if (other.sentence !== c.sentence || other.rule !== 'attribution/according-to') continue;
      const d = drafts[k]!;
      if (d.text !== rangeText(doc, c.source).text) via.push({ name: d.text, type: d.type });
    }
  }
  return via;
}
