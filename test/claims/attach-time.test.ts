// Claims take the nearest time of their sentence, resolved against the publication date.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { PUBLISHED } from '../helpers/doc.js';

const times = (text: string) =>
  analyse({ id: 't', text, published: PUBLISHED, outlet: null, url: null, title: null })
    .claims.map((c) => [text.slice(c.valueSpan.start, c.valueSpan.end), c.time?.start ?? null, c.time?.end ?? null]);

describe('claim times', () => {
  it('resolves a weekday to the one before publication', () => {
    expect(times('The governor said on Friday that 9 people died.')).toEqual([['9', '2025-12-12', '2025-12-12']]);
  });
  it('resolves last year to the whole year', () => {
    expect(times('About 14,000 troops were sent last year.')).toEqual([['14,000', '2024-01-01', '2024-12-31']]);
  });
  it('joins two times into one period', () => {
    expect(times('Demand exceeded supply by 30% in January and February.')).toEqual([['30%'.slice(0, 2), '2025-01-01', '2025-02-28']]);
  });
  it('gives no time where the sentence has none', () => {
    expect(times('The fund holds $2 billion.')).toEqual([['$2 billion', null, null]]);
  });
});
