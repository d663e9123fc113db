// Tests on the tokens around a gazetteer match that tell a place from a person, a dish or a
// shouted headline. Each answers for one match; none looks further than one token either side.
import type { Doc } from '../../nlp/doc.js';
import { isCapitalised } from './name-key.js';

/** Tokens a and a+1 belong together: same sentence, only spaces or tabs between them. */
export function adjacent(doc: Doc, a: number): boolean {
  const left = doc.tokens[a], right = doc.tokens[a + 1];
  if (!left || !right || left.sentence !== right.sentence) return false;
  for (let k = left.end; k < right.start; k++) {
    const c = doc.text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}

/** A capitalised word that reads as part of a personal or other proper name. */
function isNameWord(doc: Doc, index: number): boolean {
  const t = doc.tokens[index];
  return !!t && t.type === 'word' && t.pos === 'PROPN' && isCapitalised(t.text);
}

/** Tokens [start, end) follow a capitalised name ("Michael Jordan"); a place just before does not count. */
export function nameBefore(doc: Doc, start: number, placeEndsAt: number): boolean {
  return start > 0 && placeEndsAt !== start && adjacent(doc, start - 1) && isNameWord(doc, start - 1);
}

/** Tokens [start, end) precede a capitalised name ("Jordan Peterson") that is not a title. */
export function nameAfter(doc: Doc, end: number, titles: ReadonlySet<string>): boolean {
  return adjacent(doc, end - 1) && isNameWord(doc, end) && !titles.has(doc.tokens[end]!.text);
}

/** The word after tokens [start, end), lower-cased, when it sits right there ("Turkey dinner"). */
export function nextWord(doc: Doc, end: number): string | null {
  return adjacent(doc, end - 1) ? doc.tokens[end]!.lower : null;
}

/**
 * Whether a sentence is set in capitals (a headline or a shouted line), where "US" may be "us".
 * Callers cache the answer per sentence.
 */
export function isAllCaps(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  if (!s) return false;
  let words = 0, caps = 0;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = doc.tokens[i]!;
    if (t.type !== 'word' || !/[A-Za-z]/.test(t.text)) continue;
    words++;
    if (t.text === t.text.toUpperCase()) caps++;
  }
  return words >= 3 && caps / words >= 0.8;
}
