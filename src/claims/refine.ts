// Builds claims from mentions through refiners in one commented order (chrono's configuration.ts
// is the model): each step reads what the steps before it settled.
import type { Doc } from '../nlp/doc.js';
import type { Context } from '../context.js';
import type { Claim, Mentions } from '../types.js';
import { toDraft, finish, type Refiner } from './draft.js';
import { dropNonClaims, dropPronounOne } from './drop-non-claims.js';
import { attachCounted } from './counted.js';
import { assignMeasure } from './assign-measure.js';
import { shareCoordinatedMeasure } from './share-coordinated-measure.js';
import { attachSource } from './attach-source.js';
import { attachHedge } from './attach-hedge.js';
import { attachTime } from './attach-time.js';
import { attachPlace } from './attach-place.js';
import { attachPopulation } from './attach-population.js';

const REFINERS: readonly Refiner[] = [
  // First drop what is not a claim at all (dates, years, identifiers), so no later step works on it.
  dropNonClaims,
  // What is counted comes before the measure: the counted noun is the measure's strongest evidence.
  attachCounted,
  assignMeasure,
  // Conjoined counts ("nine residents ... and three workers") share a measure only once each has its own.
  shareCoordinatedMeasure,
  // A bare "one" that counts nothing and has no measure is a pronoun ("act like one"): known only now.
  dropPronounOne,
  // Who says it: the attribution whose content holds the number; may mark the claim hedged.
  attachSource,
  // Modal hedges in the sentence ("could receive") after the source, which may have hedged already.
  attachHedge,
  // When and where: the nearest time and place in the sentence.
  attachTime,
  attachPlace,
  // Whose figure it is: needs the counted phrase and the place.
  attachPopulation,
];

export function refineClaims(doc: Doc, mentions: Mentions, ctx: Context): Claim[] {
  let drafts = mentions.quantities.map((m) => toDraft(doc, m));
  for (const refine of REFINERS) drafts = refine(drafts, doc, mentions, ctx);
  return drafts.map(finish);
}
