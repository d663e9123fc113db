// Says whose figure a claim is: the nationality of who is counted, the country where it happened,
// and whether one unit or mission is meant. Reconciliation groups on these; parts taken from the
// article as a whole (its most named nationality and country) are marked implied.
import type { Doc } from '../nlp/doc.js';
import type { Mentions, PlaceMention } from '../types.js';
import type { Refiner } from './draft.js';
import { loadLexicon } from '../lexicon/load.js';

const lex = loadLexicon<{ unitNouns: string[]; narrowing: string[] }>('scopes');
// "during this mission", "the 528th Engineer Corps", "one regiment": a narrowing word or an ordinal,
// up to three words, then a unit noun.
const SCOPE = new RegExp(
  `\\b(?:(?:${lex.narrowing.join('|')})|\\d+(?:st|nd|rd|th))\\s+(?:[\\p{L}\\d’'-]+\\s+){0,3}?(?:${lex.unitNouns.join('|')})\\b`, 'iu');

const isDemonym = (p: PlaceMention) => p.rules.includes('place/demonym');

/**
 * The country the article is plainly about: named in at least half of the mentions of its kind.
 * A round-up of many wars has none, and its figures get no implied population.
 */
function dominant(places: readonly PlaceMention[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  let best: string | null = null, bestCount = 0;
  for (const [country, n] of counts) if (n > bestCount) { best = country; bestCount = n; }
  return bestCount * 2 >= places.length ? best : null;
}

function articleContext(mentions: Mentions) {
  // Places inside a source's name ("Russia's defence ministry") say who speaks, not where or whose.
  const places = mentions.places.filter((p) => !mentions.attributions.some((a) => a.source.start <= p.span.start && p.span.end <= a.source.end));
  return {
    nationality: dominant(places.filter(isDemonym)),
    theatre: dominant(places.filter((p) => !isDemonym(p))),
  };
}

export const attachPopulation: Refiner = (drafts, doc: Doc, mentions) => {
  const context = articleContext(mentions);
  return drafts.map((d) => {
    if (d.value.unit !== 'count') return d;
    const phrase = d.countedPhrase?.phrase;
    const own = phrase ? mentions.places.find((p) => isDemonym(p) && p.span.start >= phrase.start && p.span.end <= phrase.end) : undefined;
    const sentence = doc.sentences[d.sentence];
    const scope = sentence ? SCOPE.exec(doc.text.slice(sentence.start, sentence.end))?.[0] ?? null : null;
    return {
      ...d,
      population: {
        nationality: own?.country ?? context.nationality,
        nationalityImplied: !own,
        theatre: d.place?.country ?? context.theatre,
        theatreImplied: !d.place,
        scope,
      },
      rules: [...d.rules, own ? 'population/counted-demonym' : 'population/article-demonym'],
    };
  });
};
