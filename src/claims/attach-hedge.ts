// Marks a claim hedged when a modal or epistemic word governs its sentence ("could receive",
// "reportedly", "believed to be dead"). Lexicon: lexicon/en/hedges.json (modal).
import type { Refiner } from './draft.js';
import { hedges } from '../extract/quantity/lexicon.js';

const modal = new Set(hedges.modal);

export const attachHedge: Refiner = (drafts, doc) =>
  drafts.map((d) => {
    const s = doc.sentences[d.sentence];
    if (!s || d.hedged) return d;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (modal.has(doc.tokens[i]!.lower)) return { ...d, hedged: true, rules: [...d.rules, `hedge/modal:${doc.tokens[i]!.lower}`] };
    }
    return d;
  });
