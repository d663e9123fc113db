// Gives a claim the place its sentence names: the nearest place, a named country or region before
// a demonym ("North Korean soldiers ... in Kursk" is in Kursk), and a region before any country
// ("in Russia's Kursk region" is Kursk Oblast; "fight in Kursk ... war in Ukraine" is Kursk).
import type { Refiner } from './draft.js';
import type { PlaceMention } from '../types.js';

const isDemonym = (p: PlaceMention) => p.rules.includes('place/demonym');

export const attachPlace: Refiner = (drafts, doc, mentions) =>
  drafts.map((d) => {
    const s = doc.sentences[d.sentence];
    if (!s) return d;
    let best: PlaceMention | null = null;
    let bestScore = Infinity;
    // A place inside a source's name ("Kyiv says", "Ukraine's defence ministry") says who, not where.
    const inSource = (p: PlaceMention) => mentions.attributions.some((a) => a.source.start <= p.span.start && p.span.end <= a.source.end);
    const inSentence = mentions.places.filter((p) => p.span.start >= s.start && p.span.end <= s.end && !inSource(p));
    // The most specific place wins: a first-level region named in the sentence over any country.
    const hasRegion = inSentence.some((p) => p.region && !isDemonym(p));
    for (const p of inSentence) {
      if (!p.region && hasRegion) continue;
      const distance = p.span.start >= d.valueSpan.end ? p.span.start - d.valueSpan.end : d.valueSpan.start - p.span.end;
      const score = distance + (isDemonym(p) ? 10_000 : 0);
      if (score < bestScore) { best = p; bestScore = score; }
    }
    if (!best) return d;
    return {
      ...d,
      place: { text: best.text, country: best.country, region: best.region },
      rules: [...d.rules, isDemonym(best) ? 'place/demonym-in-sentence' : 'place/same-sentence'],
    };
  });
