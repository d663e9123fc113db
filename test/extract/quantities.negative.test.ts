// What the quantity extractor must not read as a number at all.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { docOf } from '../helpers/doc.js';

const values = (text: string) => {
  const { doc, ctx } = docOf(text);
  return extractQuantities(doc, ctx).map((q) => text.slice(q.valueSpan.start, q.valueSpan.end));
};

describe('not quantities', () => {
  it.each([
    ['the 155th Brigade held the line'],
    ['a first such exchange'],
    ['the war enters a fifth year'],
    ['there were hundreds of them'],
    ['several dozen'],
    ['Someone said it'],
    ['Ground Zero was closed'],
    ['a zero-sum game'],
    ['the 155mm shells ran short'],
    ['hundred thousand'],
  ])('%s', (text) => {
    expect(values(text)).toEqual([]);
  });
});

describe('not what they seem', () => {
  const read = (text: string) => {
    const { doc, ctx } = docOf(text);
    return extractQuantities(doc, ctx).map((q) => ({ low: q.low, unit: q.unit, text: text.slice(q.valueSpan.start, q.valueSpan.end) }));
  };
  it('a 500-pound bomb weighs; it is no money', () => {
    expect(read('a 500-pound bomb fell')).toEqual([{ low: 500, unit: 'count', text: '500' }]);
  });
  it('"On May 5 300 soldiers" is a day and a count, not 5300', () => {
    expect(read('On May 5 300 soldiers left').map((q) => q.low)).toEqual([5, 300]);
  });
  it('a hyphen between two numbers is a range, not a minus', () => {
    expect(read('20-25 soldiers').map((q) => q.low)).toEqual([20]);
  });
  it('"at one point" is no decimal', () => {
    expect(read('At one point two soldiers fled.').map((q) => q.low)).toEqual([1, 2]);
  });
  it('URL escapes are no percentages', () => {
    expect(read('see https://example.org/q=30%25%2020').filter((q) => q.unit === 'percent')).toEqual([]);
  });
  it('"a fifth year" and a slash date are no shares', () => {
    expect(read('the war enters a fifth year on 3/4').filter((q) => q.unit === 'percent')).toEqual([]);
  });
  it('"Apple\'s $5 billion" is dollars, not Singapore dollars', () => {
    expect(read("Apple's $5 billion deal")[0]).toMatchObject({ unit: 'USD' });
  });
});
