// A plain-text or Markdown article → one Article. The text is kept exactly as read (claim offsets
// index the file, as with `extract`); title, date and outlet are read from its first lines.
import { InputError } from '../../errors.js';
import type { Article } from '../../types.js';
import { toArticle } from '../article-input.js';
import { dateOf } from './date-text.js';
import type { ReadOptions } from './input-item.js';

/** Lines read for a title, a date line or a dateline: front matter sits at the top. */
const FRONT_LINES = 6;
const MAX_TITLE = 200;

// "Published: 2025-12-13", "Date: December 13, 2025", "Posted on 13 Dec 2025", or a line that is just a date.
const DATE_LINE = /^(?:(?:first\s+)?(?:published|posted|date|dated)(?:\s+on)?\s*[:\-–—]?\s*)?(.+?)\s*$/i;
// A wire dateline names the outlet: "KYIV, Dec 11 (Meridian Wire) - ..." (its date has no year, so
// it is not used as one: guessing the year would shift every relative time).
const DATELINE_OUTLET = /^[\p{Lu}][\p{Lu}\p{L} .'-]{1,40}, [\p{Lu}][a-z]{2,8}\.? \d{1,2} \(([^()]{2,60})\) [-–—]/u;

/**
 * A date line in the file wins over `--published`, as a page's metadata does: the flag fills in for
 * files that state none. Without either the article fails with E_PUBLISHED_NOT_FOUND: a guessed
 * date (the file's mtime) would silently resolve "on Friday" against the wrong week.
 */
export function readText(text: string, file: string, options: ReadOptions): Article {
  const front = text.split('\n', 40).map((l) => l.trim()).filter((l) => l !== '').slice(0, FRONT_LINES);
  const published = front.map(frontDate).find((d) => d !== null) ?? options.published;
  if (published === undefined) {
    throw new InputError('E_PUBLISHED_NOT_FOUND', 'the file (no "Published: YYYY-MM-DD" line at the top)');
  }
  const outlet = front.map((l) => DATELINE_OUTLET.exec(l)?.[1]).find((o) => o !== undefined) ?? options.outlet;
  return toArticle(text, { published, outlet, title: titleOf(front[0], file) });
}

function frontDate(line: string): string | null {
  const value = DATE_LINE.exec(line.replace(/^[*_#>\s]+|[*_\s]+$/g, ''))?.[1];
  // Only a line that is a date as a whole: "On 13 December 2025 a strike hit..." is article text.
  return value === undefined ? null : dateOf(value, true);
}

/** The first line when it reads as a headline: short, and not a sentence running on. */
function titleOf(first: string | undefined, file: string): string | null {
  if (first === undefined) return null;
  const title = file.toLowerCase().endsWith('.md') ? first.replace(/^#+\s*/, '') : first;
  if (title.length > MAX_TITLE || /[.:;,]$/.test(title) || frontDate(title) !== null) return null;
  return title;
}
