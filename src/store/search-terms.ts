// What a user typed, reduced to plain words: neither FTS5's nor PostgreSQL's query syntax is ever
// fed raw user text, so a stray quote, "-" or "OR" cannot turn into a syntax error or an operator.
const WORD = /[\p{L}\p{N}]+/gu;

export function searchTerms(text: string): string[] {
  return [...new Set((text.normalize('NFC').match(WORD) ?? []).map((w) => w.toLowerCase()))];
}
