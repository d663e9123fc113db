// The publication date must be a real calendar day: relative times are resolved against it.
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { checkPublished } from '../../src/ingest/published-date.js';

describe('checkPublished', () => {
  it.each(['2025-12-13', '2024-02-29', '2000-02-29', '1999-12-31', '2025-01-01'])('accepts %s', (date) => {
    expect(checkPublished(date, '--published')).toBe(date);
  });

  it.each([
    ['2025-02-30', '2025-02 has 28 days'],
    ['2025-02-29', '2025-02 has 28 days'],
    ['1900-02-29', '1900-02 has 28 days'],
    ['2025-04-31', '2025-04 has 30 days'],
    ['2025-12-00', '2025-12 has 31 days'],
    ['2025-13-01', 'there is no month 13'],
    ['2025-00-10', 'there is no month 00'],
    ['2025-1-5', 'expected YYYY-MM-DD'],
    ['2025-12-13T10:00:00Z', 'expected YYYY-MM-DD'],
    [' 2025-12-13', 'expected YYYY-MM-DD'],
    ['13/12/2025', 'expected YYYY-MM-DD'],
  ])('rejects %s (%s)', (date, reason) => {
    try {
      checkPublished(date, '--published');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).code).toBe('E_PUBLISHED_INVALID');
      expect((err as InputError).message).toBe(`invalid published date ${JSON.stringify(date)}: ${reason}`);
    }
  });

  it.each([undefined, null, '', '  '])('a missing date (%j) names the field', (value) => {
    expect(() => checkPublished(value, '"published"')).toThrow(/^"published" is required/);
    try { checkPublished(value, '--published'); } catch (err) { expect((err as InputError).code).toBe('E_PUBLISHED_MISSING'); }
  });
});
