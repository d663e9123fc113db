// Page furniture that readability leaves inside the article: bylines, ads, subscription pitches,
// share and "read more" links. Dropped because "50% off" would become a percentage claim and
// "By Jane Doe" a source (STACK.md). Only short blocks are judged: a real paragraph never goes.

import { dateOf } from './date-text.js';

/** Blocks longer than this are article text whatever words they contain. */
const MAX_FURNITURE = 160;

// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by J. Doe | Staff reporter": capitalised
// names, no digits (not "By Friday, 40 had died"), and the first name not a day or month (TIME_WORD).
const BYLINE = /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)\s+([\p{Lu}][\p{L}'’.-]*)(?:\s+(?:and\s+|&\s+)?[\p{Lu}][\p{L}'’.-]*){0,6}\s*(?:[,|·–—-][^\d]{0,60})?$/u;
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|then|now|contrast|comparison|law|far|noon|midnight|dawn)$/i;

const PROMO = new RegExp([
  // Each pattern is a pitch, not news wording: "cut 50% off the budget" and "does not subscribe
  // to the view" stay, "50% off your first year" and "Subscribe now" go.
  String.raw`\b\d+\s?% off (?:your|the first|all|today|now|a |an )`,
  String.raw`\b\d+\s?% off[!.]?$`,
  String.raw`^subscribe\b`,
  String.raw`\bsubscribe (?:now|today|for|to (?:our|the) (?:newsletter|channel|podcast))`,
  String.raw`^sign up\b`,
  String.raw`\b(?:our|free|daily|weekly) newsletter\b`,
  String.raw`\bpromo(?:tion(?:al)?)? code\b`,
  String.raw`\bfree trial\b`,
  String.raw`^advertisement$`,
  String.raw`^(?:sponsored|advertisement|ad)\b\s*[:|-]`,
  String.raw`^(?:read more|read also|also read|related|recommended|more on this|see also|watch)\s*[:|»›-]`,
  String.raw`^(?:share|share this|follow us|click here|tap here)\b`,
  String.raw`^(?:photo|image)\s*:\s*\S+$`,
].join('|'), 'i');

// A date stamp on its own ("13 December 2025", "Updated: Dec 14, 2025 10:00"): the page's metadata
// already gave the date, and a lone year would only feed the time extractor noise.
const STAMP_LABEL = /^(?:(?:first\s+|last\s+)?(?:published|updated|posted|modified)(?:\s+on)?\s*[:\-–—]?\s*)/i;

export interface FurnitureContext {
  /** The page's byline from its metadata ("Jane Doe"): a block that is just this name goes too. */
  readonly byline?: string | null | undefined;
}

/** True when a block of text is page furniture rather than article text. */
export function isFurniture(block: string, context: FurnitureContext = {}): boolean {
  const text = block.trim();
  if (text.length > MAX_FURNITURE) return false;
  if (isByline(text) || PROMO.test(text) || dateOf(text.replace(STAMP_LABEL, ''), true) !== null) return true;
  const byline = context.byline?.trim();
  return byline !== undefined && byline !== '' && (text === byline || text === `By ${byline}`);
}

/** The blocks that are article text. */
export function dropFurniture(blocks: readonly string[], context: FurnitureContext = {}): string[] {
  return blocks.filter((b) => !isFurniture(b, context));
}

function isByline(text: string): boolean {
  const m = BYLINE.exec(text);
  return m !== null && !TIME_WORD.test(m[1]!.replace(/[.,]$/, ''));
}
