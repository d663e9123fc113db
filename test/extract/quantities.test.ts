// Sentence-level cases for the quantity extractor: value, bounds, qualifier, unit and spans.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { docOf, at } from '../helpers/doc.js';

function quantities(text: string) {
  const { doc, ctx } = docOf(text);
  return extractQuantities(doc, ctx).map((q) => ({
    value: text.slice(q.valueSpan.start, q.valueSpan.end), phrase: text.slice(q.span.start, q.span.end),
    low: q.low, high: q.high, qualifier: q.qualifier, unit: q.unit, adjectival: q.adjectival,
    valueSpan: q.valueSpan,
  }));
}

describe('numbers in digits', () => {
  it('reads a bare count with its span', () => {
    const text = 'The governor said 12 people were hurt.';
    expect(quantities(text)).toEqual([
      { value: '12', phrase: '12', low: 12, high: 12, qualifier: 'exact', unit: 'count', adjectival: false, valueSpan: at(text, '12') },
    ]);
  });
  it('reads thousands separators and decimals', () => {
    const [a, b] = quantities('About 14,500 troops crossed; output fell 2.75 percent.');
    expect(a).toMatchObject({ low: 14500, high: 14500, qualifier: 'approximately', unit: 'count', phrase: 'About 14,500' });
    expect(b).toMatchObject({ low: 2.75, unit: 'percent', phrase: '2.75 percent' });
  });
  it('applies scale words', () => {
    expect(quantities('Some 3.4 million people fled.')[0]).toMatchObject({ low: 3_400_000, qualifier: 'approximately', value: '3.4 million' });
  });
});

describe('numbers in words', () => {
  it.each([
    ['Nine soldiers died.', 9],
    ['A dozen villages were shelled.', 12],
    ['twenty-five trucks arrived', 25],
    ['one hundred and fifty prisoners were freed', 150],
    ['over twelve thousand injured', 12000],
  ])('%s → %d', (text, value) => {
    expect(quantities(text)[0]?.low).toBe(value);
  });
});

describe('money', () => {
  it('reads a symbol with a scale word', () => {
    expect(quantities('The fund holds $7.5 billion.')[0]).toMatchObject({ low: 7_500_000_000, unit: 'USD', value: '$7.5 billion' });
  });
  it('reads an abbreviated scale only with money ("$3bn")', () => {
    expect(quantities('a $3bn loan')[0]).toMatchObject({ low: 3_000_000_000, unit: 'USD' });
    expect(quantities('a 150m tower')[0]).toMatchObject({ low: 150 });
  });
  it('reads currency names after the number', () => {
    expect(quantities('each recruit gets around 4 million South Korean won a month')[0])
      .toMatchObject({ low: 4_000_000, unit: 'KRW', qualifier: 'approximately', phrase: 'around 4 million South Korean won' });
    expect(quantities('fines of 2 billion roubles')[0]).toMatchObject({ low: 2e9, unit: 'RUB' });
    expect(quantities('a bill of 80 billion euros')[0]).toMatchObject({ low: 8e10, unit: 'EUR' });
  });
  it('reads a currency code before the number', () => {
    expect(quantities('a budget of KRW 5 million')[0]).toMatchObject({ low: 5_000_000, unit: 'KRW' });
  });
  it('does not take the verb "won" for a currency', () => {
    expect(quantities('The party won 12 seats.')[0]).toMatchObject({ low: 12, unit: 'count' });
  });
});

describe('bounds and hedges', () => {
  it.each([
    ['over 6,000 casualties', 6000, null, 'more_than'],
    ['more than 400 drones', 400, null, 'more_than'],
    ['at least nine people', 9, null, 'at_least'],
    ['up to 40% of homes', 40, 40, 'up_to'],
    ['nearly 2,000 detainees', 2000, 2000, 'nearly'],
    ['fewer than 30 boats', 30, 30, 'less_than'],
    ['no more than 50 days', 50, 50, 'at_most'],
    ['an estimated 7,000 residents', 7000, 7000, 'approximately'],
    ['500 or more volunteers', 500, null, 'at_least'],
  ])('%s', (text, low, high, qualifier) => {
    expect(quantities(text)[0]).toMatchObject({ low, high, qualifier });
  });
  it('does not read a phrasal verb particle as a hedge ("hand over 90")', () => {
    expect(quantities('The sides agreed to hand over 90 captives.')[0]).toMatchObject({ low: 90, qualifier: 'exact' });
  });
});

describe('ranges', () => {
  it.each([
    ['between 600 and 700 people', 600, 700, 'count'],
    ['600 to 700 people', 600, 700, 'count'],
    ['about 20-25% of the grid', 20, 25, 'percent'],
    ['two or three brigades', 2, 3, 'count'],
    ['between 5 and 6 million tonnes', 5e6, 6e6, 't'],
  ])('%s', (text, low, high, unit) => {
    expect(quantities(text)[0]).toMatchObject({ low, high, qualifier: 'range', unit });
  });
  it('reads "from 2% to 1.8%" as two figures', () => {
    expect(quantities('cut its forecast from 2% to 1.8%').map((q) => q.low)).toEqual([2, 1.8]);
  });
});

describe('durations and units', () => {
  it('reads adjectival durations', () => {
    expect(quantities('a 90-day truce')[0]).toMatchObject({ low: 90, unit: 'day', adjectival: true });
    expect(quantities('its nearly three-year-long siege')[0]).toMatchObject({ low: 3, unit: 'year', qualifier: 'nearly', adjectival: true });
  });
  it('reads "for a week" as one week', () => {
    expect(quantities('The talks paused for a week.')[0]).toMatchObject({ low: 1, unit: 'week', value: 'a week' });
  });
  it('reads measure units', () => {
    expect(quantities('a 1,200-km front')[0]).toMatchObject({ low: 1200, unit: 'km', adjectival: true });
    expect(quantities('about 300 miles away')[0]).toMatchObject({ low: 300, unit: 'mi', qualifier: 'approximately' });
    expect(quantities('capacity of 11.2 gigawatts')[0]).toMatchObject({ low: 11.2, unit: 'GW' });
  });
});

describe('fractions as shares', () => {
  it.each([
    ['nearly a third of the plants', 33.3, 'nearly'],
    ['two-thirds of the voters', 66.7, 'approximately'],
    ['three in four residents', 75, 'approximately'],
    ['half the remaining crews', 50, 'approximately'],
    ['over a fifth of the population', 20, 'more_than'],
  ])('%s', (text, low, qualifier) => {
    expect(quantities(text)[0]).toMatchObject({ low, unit: 'percent', qualifier });
  });
});

describe('numbers in words: decimals, scales and several numbers in a run', () => {
  it.each([
    ['The ceasefire line moved two point five kilometres.', 2.5, 'km'],
    ['Officials counted nine point zero four tonnes of aid.', 9.04, 't'],
    ['Relief covered three dozen villages.', 36, 'count'],
    ['The scheme reached 12 lakh households.', 1_200_000, 'count'],
    ['A budget of two lakh crore rupees was approved.', 2e12, 'INR'],
  ])('%s', (text, low, unit) => {
    expect(quantities(text)[0]).toMatchObject({ low, unit });
  });
  it('splits "five and six" inside "between" into a range, not eleven', () => {
    expect(quantities('between five and six shelters were hit')[0]).toMatchObject({ low: 5, high: 6, qualifier: 'range' });
  });
});

describe('mixed numbers and fractions of a scale', () => {
  it.each([
    ['The blockade lasted two and a half years.', 2.5, 'year'],
    ['Some one and a half million people fled the region.', 1_500_000, 'count'],
    ['Half a million refugees crossed the border.', 500_000, 'count'],
    ['A quarter million homes lost power.', 250_000, 'count'],
    ['The fund stood at 3 million and a half.', 3_500_000, 'count'],
  ])('%s', (text, low, unit) => {
    expect(quantities(text)[0]).toMatchObject({ low, unit });
  });
});

describe('fractions as shares: more denominators and forms', () => {
  it.each([
    ['three quarters of the grid was down', 75],
    ['five eighths of the shelters', 62.5],
    ['the army lost one-tenth of its tanks', 10],
    ['3/4 of the city is without water', 75],
  ])('%s', (text, low) => {
    expect(quantities(text)[0]).toMatchObject({ low, unit: 'percent' });
  });
  it('reads a hedged bare "half" ("more than half voted")', () => {
    expect(quantities('More than half voted against the deal.')[0]).toMatchObject({ low: 50, high: null, qualifier: 'more_than', unit: 'percent' });
  });
});

describe('digits: signs, spaced thousands, abbreviations', () => {
  it.each([
    ['Night temperatures fell to -12 in the trenches.', -12],
    ['The index stood at minus 3.5 points.', -3.5],
    ['About 40 000 troops massed near the border.', 40_000],
    ['A population of 1 414 021 100 was cited.', 1_414_021_100],
    ['The state recorded 12,34,567 voters.', 1_234_567],
    ['Drones flew 1.5k sorties.', 1_500],
    ['Donors pledged 10M in aid.', 10_000_000],
    ['Exports reached 10 bln rubles.', 10_000_000_000],
  ])('%s', (text, low) => {
    expect(quantities(text)[0]).toMatchObject({ low });
  });
  it('reads a leading-point decimal (".50 calibre")', () => {
    const text = 'a .50 calibre gun';
    expect(quantities(text)[0]).toMatchObject({ low: 0.5, valueSpan: at(text, '.50') });
  });
});

describe('money: prefixes, symbols after, subunits, cents', () => {
  it.each([
    ['The deal was worth C$ 16.4 million.', 16_400_000, 'CAD'],
    ['Exports fell to hk $ 10.05 billion.', 10_050_000_000, 'HKD'],
    ['The loan of us $ 150 million was signed.', 150_000_000, 'USD'],
    ['A permit costs 100 ₾ in Tbilisi.', 100, 'GEL'],
    ['Fuel rose 50 cents a litre.', 0.5, 'USD'],
    ['Shares closed at 197 pence.', 1.97, 'GBP'],
    ['The bread cost 3 dollars 50 cents.', 3.5, 'USD'],
    ['Madrid paid 6.65 billion pesetas.', 6_650_000_000, 'ESP'],
    ['A 12-cent rise in bread prices.', 0.12, 'USD'],
  ])('%s', (text, low, unit) => {
    expect(quantities(text)[0]).toMatchObject({ low, unit });
  });
});

describe('bounds: comparative hedges', () => {
  it.each([
    ['losses exceeded 3,000 vehicles', 3000, null, 'more_than'],
    ['a share greater than 40%', 40, null, 'more_than'],
    ['turnout lower than 30%', 30, 30, 'less_than'],
    ['up to 700 contract workers', 700, 700, 'up_to'],
    ['100 or greater', 100, null, 'at_least'],
  ])('%s', (text, low, high, qualifier) => {
    expect(quantities(text)[0]).toMatchObject({ low, high, qualifier });
  });
  it('keeps "from -3 to 5" as two figures', () => {
    expect(quantities('temperatures rose from -3 to 5').map((q) => q.low)).toEqual([-3, 5]);
  });
});
