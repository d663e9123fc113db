// Quoted passages: where each direct quote opens and closes in the text, so a cue next to a quote
// can take the whole quote as its content, even when the quote runs over several sentences.
import type { Span } from '../../types.js';

export interface Quote extends Span {
  /** Offset of the opening mark; `start` is just after it. */
  readonly open: number;
  /** Offset of the closing mark (== end), or the paragraph end for a quote left open. */
  readonly close: number;
  /** False when the paragraph ended before a closing mark (a quote continued in the next paragraph). */
  readonly closed: boolean;
}

// Curly and straight double quotes, and the doubled apostrophe some archives use for them.
const QUOTE_MARKS = /[“”"]|''|\n\s*\n|\n/g;

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let openAt = -1;
  let openLen = 0;
  QUOTE_MARKS.lastIndex = 0;
  for (let m = QUOTE_MARKS.exec(text); m; m = QUOTE_MARKS.exec(text)) {
    const mark = m[0];
    const at = m.index;
    if (mark.startsWith('\n')) {
      // A paragraph break ends any quote left open: its speaker's next paragraph reopens it.
      if (openAt >= 0) quotes.push({ open: openAt, start: openAt + openLen, end: at, close: at, closed: false });
      openAt = -1;
      continue;
    }
    const opening = mark === '“' || (mark !== '”' && openAt < 0);
    if (opening) {
      if (openAt >= 0 && mark === '“') quotes.push({ open: openAt, start: openAt + openLen, end: at, close: at, closed: false });
      openAt = at;
      openLen = mark.length;
    } else if (openAt >= 0) {
      quotes.push({ open: openAt, start: openAt + openLen, end: at, close: at, closed: true });
      openAt = -1;
    }
  }
  if (openAt >= 0) quotes.push({ open: openAt, start: openAt + openLen, end: text.length, close: text.length, closed: false });
  return quotes;
}

/** Index of the quote whose marks enclose an offset (open <= offset <= close), or -1. */
export function quoteAround(quotes: readonly Quote[], offset: number): number {
  let lo = 0, hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    if (offset < q.open) hi = mid - 1;
    else if (offset > q.close) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The quote that closes within `slack` characters before an offset ('," said X'), or -1. */
export function quoteEndingBefore(quotes: readonly Quote[], text: string, offset: number, slack = 4): number {
  let lo = 0, hi = quotes.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.close < offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return -1;
  const q = quotes[found]!;
  return q.closed && /^['"”,\s—–-]*$/.test(text.slice(q.close, offset)) && offset - q.close <= slack ? found : -1;
}

/** The quote that opens within `slack` characters after an offset ('he said: "...'), or -1. */
export function quoteStartingAfter(quotes: readonly Quote[], text: string, offset: number, slack = 4): number {
  let lo = 0, hi = quotes.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.open >= offset) { found = mid; hi = mid - 1; } else lo = mid + 1;
  }
  if (found < 0) return -1;
  const q = quotes[found]!;
  return q.open - offset <= slack && /^[\s,:;—–-]*$/.test(text.slice(offset, q.open)) ? found : -1;
}
