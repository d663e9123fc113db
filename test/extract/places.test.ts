// Sentence-level cases for the place extractor: span, text, country, region and the rule that spoke.
import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../src/extract/places.js';
import { docOf, at } from '../helpers/doc.js';

function places(text: string) {
  const { doc, ctx } = docOf(text);
  return extractPlaces(doc, ctx).map((p) => ({
    start: p.span.start, end: p.span.end, text: p.text, country: p.country, region: p.region, name: p.name, rules: p.rules,
  }));
}

/** The expected mention for `part` of `text` (its nth occurrence). */
function place(text: string, part: string, country: string, region: string | null = null, nth = 0) {
  const { start, end } = at(text, part, nth);
  return { start, end, text: part, country, region };
}

describe('countries', () => {
  it('reads package names and keeps the possessive out of the span', () => {
    const text = "Russia's war in Ukraine reached Syria and Iran.";
    expect(places(text)).toMatchObject([
      place(text, 'Russia', 'RU'), place(text, 'Ukraine', 'UA'), place(text, 'Syria', 'SY'), place(text, 'Iran', 'IR'),
    ]);
    expect(places(text)[0]).toMatchObject({ name: 'Russia', rules: ['place/country'] });
  });
  it('reads multi-word names longest first', () => {
    const text = 'Officials in South Korea and North Korea met envoys from Bosnia and Herzegovina and Guinea-Bissau.';
    expect(places(text)).toMatchObject([
      place(text, 'South Korea', 'KR'), place(text, 'North Korea', 'KP'),
      place(text, 'Bosnia and Herzegovina', 'BA'), place(text, 'Guinea-Bissau', 'GW'),
    ]);
  });
  it('reads aliases the package lacks, without the article', () => {
    const text = 'The U.S. and the UK joined US, United States and Britain forces.';
    const found = places(text);
    expect(found).toMatchObject([
      place(text, 'U.S.', 'US'), place(text, 'UK', 'GB'), place(text, 'US', 'US'),
      place(text, 'United States', 'US'), place(text, 'Britain', 'GB'),
    ]);
    expect(found[0]!.rules).toEqual(['place/country', 'place/alias']);
    expect(found[3]!.rules).toEqual(['place/country']);
  });
  it('maps Gaza, the Gaza Strip and the West Bank to PS', () => {
    const text = 'Strikes hit Gaza, the Gaza Strip and the West Bank.';
    expect(places(text)).toMatchObject([
      place(text, 'Gaza', 'PS'), place(text, 'Gaza Strip', 'PS'), place(text, 'West Bank', 'PS'),
    ]);
    expect(places(text)[0]!.name).toBe('Palestine');
  });
  it('folds accents and curly apostrophes', () => {
    const text = 'Troops left Côte d’Ivoire and Cote d\'Ivoire.';
    expect(places(text)).toMatchObject([place(text, 'Côte d’Ivoire', 'CI'), place(text, "Cote d'Ivoire", 'CI')]);
  });
  it('reads names in an all-capitals dateline', () => {
    const text = 'KYIV, Feb 5 (Reuters) - UKRAINE said.';
    expect(places(text)).toMatchObject([place(text, 'KYIV', 'UA', '30'), place(text, 'UKRAINE', 'UA')]);
  });
  it('prefers the country Georgia to the US state', () => {
    const text = 'Protesters rallied in Georgia.';
    expect(places(text)).toMatchObject([place(text, 'Georgia', 'GE')]);
  });
  it('takes Jordan as the country when no name stands beside it', () => {
    const text = 'King Abdullah of Jordan met refugees in Jordan.';
    expect(places(text)).toMatchObject([place(text, 'Jordan', 'JO'), place(text, 'Jordan', 'JO', null, 1)]);
  });
});

describe('demonyms', () => {
  it('marks demonyms with their own rule', () => {
    const text = 'North Korean troops joined Russian units against Ukrainian lines.';
    const found = places(text);
    expect(found).toMatchObject([
      place(text, 'North Korean', 'KP'), place(text, 'Russian', 'RU'), place(text, 'Ukrainian', 'UA'),
    ]);
    expect(found.every((p) => p.rules.includes('place/demonym'))).toBe(true);
    expect(found[0]!.name).toBe('North Korea');
  });
  it('reads plurals and hyphenated compounds', () => {
    const text = 'Israelis and Lebanese met Ukrainian-born Palestinians.';
    expect(places(text)).toMatchObject([
      place(text, 'Israelis', 'IL'), place(text, 'Lebanese', 'LB'), place(text, 'Ukrainian', 'UA'), place(text, 'Palestinians', 'PS'),
    ]);
  });
  it('still yields the place inside an organisation name', () => {
    const text = 'The Russian Defence Ministry said.';
    expect(places(text)).toMatchObject([place(text, 'Russian', 'RU')]);
  });
  it('reads "Russian Federation" as the country, not the demonym', () => {
    const text = 'The Russian Federation objected.';
    expect(places(text)).toMatchObject([{ ...place(text, 'Russian Federation', 'RU'), rules: ['place/country', 'place/alias'] }]);
  });
});

describe('regions', () => {
  it('reads "the Kursk region", "Kursk Oblast" and bare "Kursk" as Kursk Oblast', () => {
    const text = 'Fighting in the Kursk region spread across Kursk Oblast; Kursk was shelled.';
    const found = places(text);
    expect(found).toMatchObject([
      place(text, 'Kursk region', 'RU', 'KRS'), place(text, 'Kursk Oblast', 'RU', 'KRS'), place(text, 'Kursk', 'RU', 'KRS', 2),
    ]);
    expect(found.map((p) => p.name)).toEqual(['Kursk Oblast', 'Kursk Oblast', 'Kursk Oblast']);
    expect(found[0]!.rules).toEqual(['place/region', 'place/alias', 'place/region-suffix']);
  });
  it('reads English names of Ukrainian oblasts', () => {
    const text = 'Shelling hit the Donetsk region, Zaporizhzhia and Kherson Oblast.';
    expect(places(text)).toMatchObject([
      { ...place(text, 'Donetsk region', 'UA', '14'), name: 'Donetsk Oblast' },
      place(text, 'Zaporizhzhia', 'UA', '23'),
      place(text, 'Kherson Oblast', 'UA', '65'),
    ]);
  });
  it('tells Kyiv the city from the Kyiv region', () => {
    const text = 'Drones hit Kyiv and the Kyiv region.';
    expect(places(text)).toMatchObject([place(text, 'Kyiv', 'UA', '30'), place(text, 'Kyiv region', 'UA', '32')]);
  });
  it('reads a package region with its suffix', () => {
    const text = 'The drill took place in Gyeonggi Province and the Saratov region.';
    expect(places(text)).toMatchObject([
      { ...place(text, 'Gyeonggi Province', 'KR', '41'), rules: ['place/region'] },
      { ...place(text, 'Saratov region', 'RU', 'SAR'), rules: ['place/region', 'place/region-suffix'] },
    ]);
  });
  it('takes a plural suffix ("the Donetsk and Luhansk regions")', () => {
    const text = 'Russia claims the Donetsk and Luhansk regions.';
    expect(places(text)).toMatchObject([
      place(text, 'Russia', 'RU'), place(text, 'Donetsk', 'UA', '14'), place(text, 'Luhansk regions', 'UA', '09'),
    ]);
  });
  it('keeps a bare package region when the text names its country', () => {
    const text = 'Syrian forces shelled Idlib and Aleppo.';
    expect(places(text)).toMatchObject([
      place(text, 'Syrian', 'SY'),
      { ...place(text, 'Idlib', 'SY', 'ID'), rules: ['place/region', 'place/region-context'] },
      place(text, 'Aleppo', 'SY', 'HL'),
    ]);
  });
  it('puts Sevastopol in Ukraine, as ISO 3166-2 does', () => {
    const text = 'Sevastopol was hit.';
    expect(places(text)).toMatchObject([place(text, 'Sevastopol', 'UA', '40')]);
  });
});
