// The JSON shapes of groups and disagreements that the CLI (--json) and the HTTP API both return.
import type { Disagreement, Group } from './build-groups.js';
import { groupLabel } from './describe-group.js';

export const round = (n: number) => (Number.isInteger(n) ? n : Math.round(n * 10) / 10);

export function groupJson(g: Group) {
  return {
    id: g.id, label: groupLabel(g), key: g.key, measures: g.measures,
    low: g.low, best: round(g.best), high: g.high, openEnded: g.openEnded, bestRule: g.bestRule,
    independentSources: g.independentSources, origins: g.origins, notes: g.notes,
    figures: g.entries.map((e) => ({
      claimId: e.claim.id, articleId: e.claim.articleId, outlet: e.claim.outlet, published: e.claim.published,
      origin: e.origin, measure: e.claim.measure, value: e.claim.value, hedged: e.claim.hedged,
      sources: e.claim.sources, via: e.claim.via, time: e.claim.time, place: e.claim.place, sentence: e.claim.sentence,
      restatements: e.restatements,
    })),
    disagreements: g.disagreements.length,
  };
}

const side = (c: Disagreement['a'], origin: string) =>
  ({ claimId: c.id, articleId: c.articleId, outlet: c.outlet, published: c.published, origin, measure: c.measure, value: c.value, sentence: c.sentence });

export const disagreementJson = (d: Disagreement) =>
  ({ groupId: d.groupId, kind: d.kind, ratio: Math.round(d.ratio * 100) / 100, notes: d.notes, a: side(d.a, d.aOrigin), b: side(d.b, d.bOrigin) });

