// Dates as pages and feeds write them → the publication day, taken as written (no UTC shift).
import { describe, expect, it } from 'vitest';
import { dateOf } from '../../src/ingest/sources/date-text.js';

describe('dateOf', () => {
  it.each([
    ['2025-12-13', '2025-12-13'],
    ['2025-12-13T23:30:00-05:00', '2025-12-13'],
    ['2025-12-13T01:00:00+09:00', '2025-12-13'],
    ['Sat, 13 Dec 2025 08:30:00 +0200', '2025-12-13'],
    ['13 December 2025', '2025-12-13'],
    ['December 13, 2025', '2025-12-13'],
    ['Dec. 13, 2025', '2025-12-13'],
    ['Sept 3, 2025', '2025-09-03'],
    ['Saturday, December 13th, 2025', '2025-12-13'],
  ])('%j → %s', (value, day) => {
    expect(dateOf(value)).toBe(day);
  });

  it.each(['', 'yesterday', 'Dec 13', '13/12/2025', '2025-02-30', '2025-13-01', '31 April 2025'])('%j → null', (value) => {
    expect(dateOf(value)).toBeNull();
  });

  it('whole: only a date and a time, not a sentence that starts with one', () => {
    expect(dateOf('13 December 2025 10:00 GMT', true)).toBe('2025-12-13');
    expect(dateOf('13 December 2025: strike kills 12', true)).toBeNull();
  });
});
