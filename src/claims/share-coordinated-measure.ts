// "Among the dead were nine residents ... and three night-shift workers": a count of people joined
// by "and" to the count before it, with no cue of its own, shares that count's measure.
import type { Refiner } from './draft.js';

const OWN_EVIDENCE = /^measure\/(counted-noun|cue-|toll|unit)/;

export const shareCoordinatedMeasure: Refiner = (drafts, doc) =>
  drafts.map((d, i) => {
    const prev = drafts[i - 1];
    if (!prev || prev.sentence !== d.sentence || d.rules.some((r) => OWN_EVIDENCE.test(r))) return d;
    if (d.value.unit !== 'count' || prev.value.unit !== 'count' || prev.measure === 'quantity' || prev.measure === 'affected') return d;
    if (d.measure !== 'affected') return d;
    const gap = doc.text.slice(prev.countedPhrase?.phrase.end ?? prev.mention.span.end, d.mention.span.start);
    // The gap may hold the first count's own modifiers ("of an apartment block near the centre").
    if (!/(?:,|\band)\s*$/.test(gap) || gap.length > 120 || /[.;:]/.test(gap)) return d;
    return { ...d, measure: prev.measure, rules: [...d.rules, `measure/coordinated:${prev.measure}`] };
  });
