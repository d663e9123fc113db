// Furniture filter: what goes (bylines, pitches, share links, date stamps) and, as important, the
// news sentences that look like furniture but stay.
import { describe, expect, it } from 'vitest';
import { isFurniture } from '../../src/ingest/sources/boilerplate.js';

describe('isFurniture', () => {
  it.each([
    'By Jane Doe',
    'By Jane Doe and John Roe, Reuters',
    'BY JANE DOE',
    'Written by J. Doe | Staff reporter',
    'Subscribe now: 50% off your first year!',
    'Get 50% off.',
    'Sign up for our daily newsletter',
    'Advertisement',
    'Read more: Five things to know about the border war',
    'Share this article',
    '13 December 2025',
    'Updated: Dec 14, 2025 10:00 GMT',
    'Published 2025-12-13T08:30:00Z',
  ])('drops %j', (block) => {
    expect(isFurniture(block)).toBe(true);
  });

  it.each([
    'By Friday, 40 people had died.',
    'By Monday Kyiv said the toll had reached 40',
    'The ministry said the strike cut 50% off the depot\'s capacity.',
    'Moscow does not subscribe to the figure of 40 dead.',
    'Officials said 12 people were killed on 13 December 2025.',
    'By contrast, monitors counted 31 dead.',
  ])('keeps %j', (block) => {
    expect(isFurniture(block)).toBe(false);
  });

  it('drops a block that is just the page\'s byline', () => {
    expect(isFurniture('Jane Doe', { byline: 'Jane Doe' })).toBe(true);
    expect(isFurniture('Jane Doe said 12 died.', { byline: 'Jane Doe' })).toBe(false);
  });

  it('never judges a long paragraph', () => {
    expect(isFurniture(`Subscribe now: 50% off! ${'The toll rose to 14 on Sunday. '.repeat(8)}`)).toBe(false);
  });
});
