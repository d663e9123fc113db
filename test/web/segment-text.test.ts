// The article view's cutting of text into figures and sources: every character once, in order,
// overlapping figures merged, offsets outside the text ignored rather than trusted.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentText, type Run } from '../../web/src/article/segment-text.js';
import type { Attribution, Claim } from '../../src/types.js';

const claim = (start: number, end: number, measure: Claim['measure'] = 'killed'): Claim => ({
  kind: 'quantity', measure, value: { low: 1, high: 1, qualifier: 'exact', unit: 'count' }, counted: null, subject: null,
  sources: [], via: [], cue: null, hedged: false, time: null, place: null,
  population: { nationality: null, nationalityImplied: false, theatre: null, theatreImplied: false, scope: null },
  span: { start, end }, valueSpan: { start, end }, rules: [],
});
const source = (text: string, start: number): Attribution => ({
  source: { text, start, end: start + text.length, type: 'person' },
  cue: { text: 'said', start: 0, end: 0 }, content: { text: '', start: 0, end: 0 },
});
const joined = (text: string, runs: Run[]) => runs.flatMap((r) => r.pieces.map((p) => text.slice(p.start, p.end))).join('');

describe('segmentText', () => {
  const text = 'Belov said 12 died and 27 were hurt.';

  it('marks each figure and underlines each source, keeping every character', () => {
    const runs = segmentText(text, [claim(11, 13), claim(23, 25, 'wounded')], [source('Belov', 0)]);
    expect(runs.map((r) => [r.kind, text.slice(r.start, r.end)])).toEqual([
      ['text', 'Belov said '], ['figure', '12'], ['text', ' died and '], ['figure', '27'], ['text', ' were hurt.'],
    ]);
    expect(runs[0]!.pieces.map((p) => [text.slice(p.start, p.end), p.source?.name ?? null])).toEqual([['Belov', 'Belov'], [' said ', null]]);
    expect(joined(text, runs)).toBe(text);
  });

  it('merges figures that share characters into one mark listing both claims', () => {
    const runs = segmentText(text, [claim(11, 13), claim(11, 13, 'casualties'), claim(12, 14)], []);
    const figures = runs.filter((r) => r.kind === 'figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ start: 11, end: 14, claims: [0, 1, 2] });
  });

  it('ignores spans outside the text, empty or reversed', () => {
    const runs = segmentText(text, [claim(-1, 3), claim(30, 99), claim(5, 5), claim(9, 4)], [source('x', 200)]);
    expect(runs).toEqual([{ kind: 'text', start: 0, end: text.length, pieces: [{ start: 0, end: text.length, source: null }] }]);
  });

  it('splits a source that crosses a figure at the figure\'s edges', () => {
    const t = 'The 528th Corps said 9 died.';
    const runs = segmentText(t, [claim(4, 7)], [source('The 528th Corps', 0)]);
    expect(joined(t, runs)).toBe(t);
    const figure = runs.find((r) => r.kind === 'figure')!;
    expect(figure.pieces.every((p) => p.source !== null)).toBe(true);
  });

  it('keeps every character of any text, whatever the spans', () => {
    const span = fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }));
    fc.assert(fc.property(fc.string({ maxLength: 50 }), fc.array(span, { maxLength: 8 }), fc.array(span, { maxLength: 4 }), (t, figs, srcs) => {
      const runs = segmentText(t, figs.map(([a, b]) => claim(a, b)), srcs.map(([a, b]) => ({ ...source('', 0), source: { text: '', start: a, end: b, type: 'person' } })));
      expect(joined(t, runs)).toBe(t);
      for (const r of runs) expect(r.start).toBeLessThan(r.end);
    }));
  });
});
