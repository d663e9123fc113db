// The invariants every claims document must keep, for any text, as one function the property
// tests, the regression tests and scripts share: spans inside the text, start ≤ end, and each
// claim's value readable back from its valueSpan.
import { extractQuantities } from '../../src/extract/quantities.js';
import { createContext } from '../../src/context.js';
import { readDoc } from '../../src/nlp/doc.js';
import type { ClaimsDoc, Span } from '../../src/types.js';

export const PUBLISHED = '2025-12-13';

export function articleOf(text: string) {
  return { id: 'prop', text, published: PUBLISHED, outlet: null, url: null, title: null } as const;
}

/** What is wrong with a span: outside [0, length] or reversed; null when it is fine. */
export function spanProblem(span: Span | null | undefined, length: number): string | null {
  if (span === null || span === undefined) return null;
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `non-integer span ${start}..${end}`;
  if (start < 0 || end > length) return `span ${start}..${end} outside 0..${length}`;
  if (start > end) return `reversed span ${start}..${end}`;
  return null;
}

/**
 * Every span in the document. Attribution spans carry their text too: it must be the text at the
 * offsets, or a reader highlighting the span would show different words.
 */
export function spanViolations(text: string, doc: ClaimsDoc): string[] {
  const out: string[] = [];
  const check = (what: string, span: Span | null | undefined) => {
    const problem = spanProblem(span, text.length);
    if (problem) out.push(`${what}: ${problem}`);
  };
  doc.claims.forEach((c, i) => {
    check(`claims[${i}].span`, c.span);
    check(`claims[${i}].valueSpan`, c.valueSpan);
    // JSON writes NaN and Infinity as null: a value must survive the document's own format.
    if (!Number.isFinite(c.value.low) || (c.value.high !== null && !Number.isFinite(c.value.high))) {
      out.push(`claims[${i}].value ${c.value.low}..${c.value.high} is not finite`);
    }
  });
  doc.messages.forEach((m, i) => check(`messages[${i}].span`, m.span));
  doc.checks.forEach((c, i) => {
    for (const k of c.claims) if (!Number.isInteger(k) || k < 0 || k >= doc.claims.length) out.push(`checks[${i}] names claim ${k}`);
  });
  return out;
}

/** Attribution spans apart, since another part of the code owns them (ATTRIBUTION-BUGS.md). */
export function attributionViolations(text: string, doc: ClaimsDoc): string[] {
  const out: string[] = [];
  doc.attributions.forEach((a, i) => {
    for (const part of ['source', 'cue', 'content'] as const) {
      const span = a[part];
      const problem = spanProblem(span, text.length);
      if (problem) out.push(`attributions[${i}].${part}: ${problem}`);
      else if (text.slice(span.start, span.end) !== span.text) {
        out.push(`attributions[${i}].${part}: text ${JSON.stringify(span.text)} is not the text at ${span.start}..${span.end}`);
      }
    }
  });
  return out;
}

/** Left context: the window the hedge and range readers look back over (24 characters). */
const LEFT = 24;
/** Right context: the window the unit readers look ahead over (40, and 48 for "and 50 cents"). */
const RIGHT = 48;

/**
 * "Parses back", exactly: let V be the claim's valueSpan text. Run the quantity extractor on
 * L + V + R, where L is the 24 characters before V and R the 48 after it, each widened to the
 * nearest space so no word or number is cut in two (the extractor reads no further: before V
 * hedges, "between"/"from" that make or unmake a range, a currency symbol; after V the units). The result must hold a mention whose
 * valueSpan is exactly V's place in L + V + R, with the claim's low, and its high unless the claim's
 * high is null (an open bound from a hedge, "more than 6,000", which lies outside V).
 *
 * The context sets the unit, the qualifier, and two value changes by words after V that the
 * spec puts outside the number: a subunit ("50 cents" = 0.50 USD) and cents after a currency
 * name ("3 dollars 50 cents"). What it may not do is supply the number: digits or a scale word
 * outside V make the re-read valueSpan differ from V, and the check fails.
 */
export function valueViolations(text: string, doc: ClaimsDoc): string[] {
  const out: string[] = [];
  doc.claims.forEach((c, i) => {
    const { start, end } = c.valueSpan;
    if (spanProblem(c.valueSpan, text.length)) return;
    const v = text.slice(start, end);
    if (v.trim() === '') { out.push(`claims[${i}].valueSpan is blank`); return; }
    const left = text.slice(wordEdge(text, Math.max(0, start - LEFT), -1), start);
    const right = text.slice(end, wordEdge(text, Math.min(text.length, end + RIGHT), 1));
    const window = left + v + right;
    const reread = extractQuantities(readDoc(articleOf(window)), createContext(PUBLISHED));
    const same = reread.find((q) => q.valueSpan.start === left.length && q.valueSpan.end === left.length + v.length);
    if (!same) {
      out.push(`claims[${i}] value ${JSON.stringify(v)} (${c.value.low}..${c.value.high}) does not re-read as a number in ${JSON.stringify(window)}: ${JSON.stringify(reread.map((q) => [window.slice(q.valueSpan.start, q.valueSpan.end), q.low, q.high]))}`);
      return;
    }
    if (!sameNumber(same.low, c.value.low) || (c.value.high !== null && !sameNumber(same.high, c.value.high))) {
      out.push(`claims[${i}] value ${JSON.stringify(v)} re-reads as ${same.low}..${same.high}, the claim says ${c.value.low}..${c.value.high}`);
    }
  });
  return out;
}

/** Moves `at` outward (`step` -1 left, +1 right) to a space, at most 40 characters, so a cut never splits a word. */
function wordEdge(text: string, at: number, step: -1 | 1): number {
  let i = at;
  for (let k = 0; k < 40 && i > 0 && i < text.length && !/\s/.test(step < 0 ? text[i - 1]! : text[i]!); k++) i += step;
  return i;
}

const sameNumber = (a: number | null, b: number) => a !== null && (a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));
