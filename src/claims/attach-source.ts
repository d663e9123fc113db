// Ties each claim to who asserts it: the innermost attribution whose content holds the number.
import type { AttributionMention } from '../types.js';
import type { Refiner } from './draft.js';
import { loadLexicon } from '../lexicon/load.js';

const nonAsserting = new Set(loadLexicon<{ nonAsserting: string[] }>('claim-sources').nonAsserting);
/** "agreed", "wants": a stance, not a statement of the figure (lexicon/en/claim-sources.json). */
const asserts = (a: AttributionMention) => !nonAsserting.has(a.cue.text.toLowerCase().split(/\s+/).pop() ?? '');

const holds = (a: AttributionMention, start: number, end: number) => a.content.start <= start && end <= a.content.end;

export const attachSource: Refiner = (drafts, _doc, mentions) =>
  drafts.map((d) => {
    const { start, end } = d.valueSpan;
    let best: AttributionMention | null = null;
    for (const a of mentions.attributions) {
      // A number inside the source phrase ("sources from 3 countries") is not asserted by it.
      if (!holds(a, start, end) || (a.source.start <= start && end <= a.source.end)) continue;
      // The innermost attribution that asserts wins; a stance ("Putin agreed") only when none asserts.
      const better = !best || (asserts(a) && !asserts(best))
        || (asserts(a) === asserts(best) && a.content.end - a.content.start < best.content.end - best.content.start);
      if (better) best = a;
    }
    if (!best) return { ...d, rules: [...d.rules, 'source/outlet'] };
    const name = best.source.resolved ?? best.source.text;
    return {
      ...d,
      sources: [{ name, type: best.source.type }],
      via: best.via,
      cue: best.cue.text,
      hedged: d.hedged || best.hedged,
      rules: [...d.rules, ...best.rules.map((r) => r.replace(/^attribution\//, 'source/')), ...(best.carried ? ['source/carried'] : [])],
    };
  });
