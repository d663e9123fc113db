// Conjoined counts of people share a measure: "Among the dead were nine residents ... and three
// workers" (the second takes the first's), "18,592 children and about 12,400 women had been killed"
// (the first takes the second's cue). Only a count with no evidence of its own takes one.
import type { Doc } from '../nlp/doc.js';
import type { Draft, Refiner } from './draft.js';

const OWN_EVIDENCE = /^measure\/(counted-noun|cue-|toll|unit)/;
const AGENT = /(?:er|or|ist|ian|ee)s$/;
const hasOwnEvidence = (d: Draft) => d.rules.some((r) => OWN_EVIDENCE.test(r));

function conjoined(doc: Doc, first: Draft, second: Draft): boolean {
  if (first.sentence !== second.sentence || first.value.unit !== 'count' || second.value.unit !== 'count') return false;
  const gap = doc.text.slice(first.countedPhrase?.phrase.end ?? first.mention.span.end, second.mention.span.start);
  // The gap may hold the first count's own modifiers ("of an apartment block near the centre").
  return /(?:,|\band)\s*$/.test(gap) && gap.length <= 120 && !/[.;:]/.test(gap);
}

const shared = (d: Draft, from: Draft): Draft =>
  ({ ...d, measure: from.measure, rules: [...d.rules, `measure/coordinated:${from.measure}`] });

export const shareCoordinatedMeasure: Refiner = (drafts, doc) => {
  const out = [...drafts];
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    // A plural agent noun ("drivers", "technicians") joined to a count of people counts people too.
    const agent = d.measure === 'quantity' && AGENT.test(d.countedPhrase?.headWord ?? '');
    if ((d.measure !== 'affected' && !agent) || hasOwnEvidence(d)) continue;
    const prev = out[i - 1], next = out[i + 1];
    if (prev && prev.measure !== 'affected' && prev.measure !== 'quantity' && hasOwnEvidence(prev) && conjoined(doc, prev, d)) {
      out[i] = shared(d, prev);
    } else if (next && next.measure !== 'affected' && next.measure !== 'quantity'
      && next.rules.some((r) => r.startsWith('measure/cue-after')) && conjoined(doc, d, next)) {
      out[i] = shared(d, next);
    }
  }
  return out;
};
