// Cuts the article text into runs the view can render as plain text nodes: figures (claims'
// valueSpans, overlapping ones merged so each is one focusable element) and, inside any run,
// the attribution sources to underline. Offsets that fall outside the text are dropped, not
// trusted: the text is rendered whatever the document says about it.
import type { Attribution, Claim } from '../api/types.js';

export interface SourceSpan {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly type: string;
}

/** Characters [start, end) of the text; `source` when they are part of an attribution's source. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  readonly source: SourceSpan | null;
}

export interface FigureRun {
  readonly kind: 'figure';
  /** Position among the article's figures (0-based), for ids and keyboard order. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Indexes into the document's claims: usually one; several when they share characters. */
  readonly claims: readonly number[];
  readonly pieces: readonly Piece[];
}

export interface TextRun {
  readonly kind: 'text';
  readonly start: number;
  readonly end: number;
  readonly pieces: readonly Piece[];
}

export type Run = FigureRun | TextRun;

const inside = (length: number) => (s: { start: number; end: number }) =>
  Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= length;

export function segmentText(text: string, claims: readonly Claim[], attributions: readonly Attribution[]): Run[] {
  const ok = inside(text.length);
  const sources = mergeSources(attributions.map((a) => a.source).filter(ok).map((s) => ({ start: s.start, end: s.end, name: s.text, type: s.type })));
  const figures = mergeFigures(claims.map((c, i) => ({ start: c.valueSpan.start, end: c.valueSpan.end, i })).filter(ok));
  const runs: Run[] = [];
  let pos = 0;
  figures.forEach((f, index) => {
    if (pos < f.start) runs.push({ kind: 'text', start: pos, end: f.start, pieces: piecesOf(pos, f.start, sources) });
    runs.push({ kind: 'figure', index, start: f.start, end: f.end, claims: f.claims, pieces: piecesOf(f.start, f.end, sources) });
    pos = f.end;
  });
  if (pos < text.length) runs.push({ kind: 'text', start: pos, end: text.length, pieces: piecesOf(pos, text.length, sources) });
  return runs;
}

function mergeFigures(spans: { start: number; end: number; i: number }[]) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  const merged: { start: number; end: number; claims: number[] }[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.claims.push(s.i);
    } else merged.push({ start: s.start, end: s.end, claims: [s.i] });
  }
  return merged;
}

function mergeSources(spans: SourceSpan[]): SourceSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: SourceSpan[] = [];
  for (const s of sorted) {
    const last = merged.at(-1);
    if (last && s.start < last.end) merged[merged.length - 1] = { ...last, end: Math.max(last.end, s.end) };
    else merged.push(s);
  }
  return merged;
}

/** Splits [start, end) at the source spans' edges. */
function piecesOf(start: number, end: number, sources: readonly SourceSpan[]): Piece[] {
  const pieces: Piece[] = [];
  let pos = start;
  for (const s of sources) {
    if (s.end <= pos || s.start >= end) continue;
    if (pos < s.start) pieces.push({ start: pos, end: s.start, source: null });
    const to = Math.min(s.end, end);
    pieces.push({ start: Math.max(pos, s.start), end: to, source: s });
    pos = to;
  }
  if (pos < end) pieces.push({ start: pos, end, source: null });
  return pieces;
}
