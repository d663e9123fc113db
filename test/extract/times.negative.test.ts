// What must not become a time, or must not resolve: durations, identifiers, counts, times of day,
// the publication weekday, vague periods and offsets from other events (published Saturday 2025-12-13).
import { describe, expect, it } from 'vitest';
import { extractTimes } from '../../src/extract/times.js';
import { at, docOf } from '../helpers/doc.js';

function times(text: string, published?: string) {
  const { doc, ctx } = docOf(text, published);
  return { mentions: extractTimes(doc, ctx), messages: ctx.messages };
}

describe('extractTimes: not times at all', () => {
  it.each([
    ['durations', 'The engineers returned after a 120-day deployment.'],
    ['a duration with "for"', 'The troops cleared mines for 120 days.'],
    ['a long duration adjective', 'The nearly four-year-long war goes on.'],
    ['a forward offset', 'Kyiv must answer within 24 hours.'],
    ['"in two weeks" as an offset', 'The mission ends in two weeks, officials said.'],
    ['an ordinal unit', 'Soldiers of the 528th Engineer Corps returned.'],
    ['a resolution number', 'Resolution 2231 was adopted by the council.'],
    ['an aircraft type', 'A Tu-95 bomber was hit at Engels.'],
    ['a count with a thousands comma', 'About 14,000 soldiers were sent.'],
    ['a year-like count', 'The shelling hit 2000 homes in the region.'],
    ['a year-like count after a preposition', 'Aid went to the families in 2000 villages.'],
    ['a year used as an adjective', 'Ukraine pushed back the 2022 invasion force.'],
    ['a time of day alone', 'The sirens sounded at 3 p.m. across the city.'],
    ['"now"', 'Russia now controls the town.'],
    ['a verb that is also a month', 'The columns will march on the capital.'],
    ['an abbreviated weekday alone', 'The Sun reported the losses.'],
    ['a ratio with a slash', 'Units are on duty 24/7 along the front.'],
    ['a fraction with a slash', 'Around 2/3 of the brigade was lost.'],
    ['a year bound', 'NATO wants the plan in place by 2030.'],
  ])('%s: %s', (_why, text) => {
    expect(times(text).mentions).toEqual([]);
  });
});

describe('extractTimes: seen but left unresolved, with a message', () => {
  it.each([
    ['earlier this month', 'The strikes began earlier this month.', 'earlier this month'],
    ['recently', 'The regiment was recently withdrawn.', 'recently'],
    ['this fall', 'Inspectors visited seven times this fall.', 'this fall'],
    ['a vague start', 'Prices rose 1.5% since early 2024.', 'since early 2024'],
    ['the end of a year alone', 'The toll reached 18,592 by the end of 2025.', 'the end of 2025'],
    ['an offset from another event', 'A second convoy arrived a day earlier.', 'a day earlier'],
    ['the following week', 'The brigade attacked again the following week.', 'the following week'],
  ])('%s', (_why, text, expression) => {
    const { mentions, messages } = times(text);
    expect(mentions).toEqual([]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'time/unresolved', severity: 'info' });
    expect(messages[0]!.text.startsWith(`"${expression}"`)).toBe(true);
    const span = messages[0]!.span!;
    expect(text.slice(span.start, span.end)).toBe(expression);
  });

  it('never throws on odd input', () => {
    for (const text of ['', ' ', '\n\n', '2025', 'on', 'Friday Friday Friday', 'between and', '31/02/2025']) {
      expect(() => times(text)).not.toThrow();
    }
  });
});
