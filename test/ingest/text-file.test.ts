// Plain-text articles: kept exactly as read; title from a short first line; the date from a
// "Published:" line or --published, never guessed; the outlet from a wire dateline.
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/sources/text-file.js';

const BODY = 'The governor said on Sunday that 14 people had died.\n';

describe('readText', () => {
  it('reads title, date line and dateline outlet, and keeps the text byte for byte', () => {
    const text = `Governor raises toll to 14\nPublished: 14 December 2025\n\nBELGOROD, Dec 14 (Borderland Courier) - ${BODY}`;
    expect(readText(text, 'a.txt', {})).toMatchObject({ text, title: 'Governor raises toll to 14', published: '2025-12-14', outlet: 'Borderland Courier', url: null });
  });

  it.each([
    ['Date: 2025-12-14', '2025-12-14'],
    ['Posted on December 14, 2025', '2025-12-14'],
    ['*Published 14 Dec 2025 08:30 GMT*', '2025-12-14'],
    ['2025-12-14', '2025-12-14'],
  ])('date line %j', (line, date) => {
    expect(readText(`Toll rises\n${line}\n\n${BODY}`, 'a.txt', {}).published).toBe(date);
  });

  it('a date inside a sentence is not the publication date', () => {
    expect(() => readText(`Toll rises\n\nOn 14 December 2025 a strike hit the depot.\n`, 'a.txt', {})).toThrow(/no publication date in the file .*pass --published YYYY-MM-DD/);
  });

  it('--published and --outlet fill in what the file does not say; the file\'s own date wins', () => {
    expect(readText(`Toll rises\n\n${BODY}`, 'a.txt', { published: '2025-12-20', outlet: 'Given' })).toMatchObject({ published: '2025-12-20', outlet: 'Given' });
    expect(readText(`Toll rises\nPublished: 2025-12-14\n\n${BODY}`, 'a.txt', { published: '2025-12-20' }).published).toBe('2025-12-14');
  });

  it('a first line that is a sentence is no title; a Markdown heading is', () => {
    expect(readText(BODY, 'a.txt', { published: '2025-12-14' }).title).toBeNull();
    expect(readText(`# Toll rises to 14\n\n${BODY}`, 'a.md', { published: '2025-12-14' }).title).toBe('Toll rises to 14');
  });
});
