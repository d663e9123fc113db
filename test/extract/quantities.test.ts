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
