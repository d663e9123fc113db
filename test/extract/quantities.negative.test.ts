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
  ])('%s', (text) => {
    expect(values(text)).toEqual([]);
  });
});
