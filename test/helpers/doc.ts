// Builds a Doc and a Context for sentence-level tests with a fixed publication date.
import { readDoc, type Doc } from '../../src/nlp/doc.js';
import { createContext, type Context } from '../../src/context.js';

export const PUBLISHED = '2025-12-13'; // a Saturday

export function docOf(text: string, published = PUBLISHED): { doc: Doc; ctx: Context } {
  return { doc: readDoc({ id: 'test', text, published, outlet: null, url: null, title: null }), ctx: createContext(published) };
}

/** The first index of `part` in `text` (the n-th with `nth`), for readable span checks. */
export function at(text: string, part: string, nth = 0): { start: number; end: number } {
  let from = 0, i = -1;
  for (let k = 0; k <= nth; k++) { i = text.indexOf(part, from); from = i + 1; }
  if (i < 0) throw new Error(`"${part}" not in "${text}"`);
  return { start: i, end: i + part.length };
}
