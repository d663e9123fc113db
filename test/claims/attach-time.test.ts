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
  it('takes a year that opens its clause as the subject ("2024 was the deadliest year")', () => {
    expect(times('According to the monitors, 2024 was the deadliest year for the valley, with 310 people killed.'))
      .toEqual([['310', '2024-01-01', '2024-12-31']]);
    expect(times('Resolution 2231 was adopted with 15 votes.')).toEqual([['15', null, null]]);
  });
  it('leaves the time a superlative is measured from ("the highest since 2019")', () => {
    expect(times('The toll of 41 dead was the highest since 2019.')).toEqual([['41', null, null]]);
    expect(times('Since 2022, 900 homes have been destroyed.')).toEqual([['900', '2022-01-01', PUBLISHED]]);
  });
  it('prefers a time outside an aside about something else', () => {
    expect(times('Kyiv will spend $2 billion rebuilding Izium, the town shelled on Tuesday, the minister said on Friday.'))
      .toEqual([['$2 billion', '2025-12-12', '2025-12-12']]);
    expect(times('The strike, on Tuesday, killed 7 people.')).toEqual([['7', '2025-12-09', '2025-12-09']]);
  });
  it('gives no time where the sentence has none', () => {
    expect(times('The fund holds $2 billion.')).toEqual([['$2 billion', null, null]]);
  });
});
