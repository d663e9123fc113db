// The readable table: figures written as a reader would, aligned columns, sentences cut to the
// width, and the narrow layout that keeps "who says it" whole.
import { describe, expect, it } from 'vitest';
import { formatFigure } from '../../src/output/format-figure.js';
import { renderTable, summary } from '../../src/output/table.js';
import type { Claim, ClaimsDoc, ClaimValue } from '../../src/types.js';

describe('formatFigure', () => {
  const v = (low: number, high: number | null, qualifier: ClaimValue['qualifier'], unit = 'count'): ClaimValue => ({ low, high, qualifier, unit });
  it.each<[ClaimValue, string]>([
    [v(14000, 14000, 'approximately'), '≈14,000'],
    [v(6000, null, 'more_than'), '> 6,000'],
    [v(600, 700, 'range'), '600–700'],
    [v(40, 40, 'up_to', 'percent'), '≤ 40%'],
    [v(10, 20, 'range', 'percent'), '10–20%'],
    [v(9, 9, 'exact'), '9'],
    [v(12, null, 'at_least'), '≥ 12'],
    [v(5_000_000, 5_000_000, 'exact', 'KRW'), '5,000,000 KRW'],
    [v(3.7e9, 3.7e9, 'nearly', 'USD'), '≲ $3,700,000,000'],
    [v(120, 120, 'exact', 'day'), '120 days'],
    [v(1, 1, 'exact', 'year'), '1 year'],
    [v(1.5, 1.5, 'exact', 'km2'), '1.5 km2'],
  ])('%j → %s', (value, expected) => {
    expect(formatFigure(value)).toBe(expected);
  });
});

const TEXT = 'Kim Jong-un revealed that about 14,000 soldiers were sent to the Kursk region, KCNA said.\nOver 6,000 casualties were reported.';

function claim(over: Partial<Claim>): Claim {
  return {
    kind: 'quantity', measure: 'deployed', value: { low: 14000, high: 14000, qualifier: 'approximately', unit: 'count' },
    counted: 'soldiers', subject: null, sources: [], via: [], cue: null, hedged: false, time: null, place: null,
    span: { start: 0, end: 89 }, valueSpan: { start: 32, end: 38 }, rules: [], ...over,
  };
}

const DOC: ClaimsDoc = {
  schema: 'crosscheck.claims/v1',
  pipeline: { name: 'crosscheck', version: 'test' },
  article: { id: 'seed', published: '2025-12-13', outlet: 'Korea Herald', url: null, title: null },
  claims: [
    claim({
      sources: [{ name: 'Kim Jong-un', type: 'person' }], via: [{ name: 'KCNA', type: 'state_media' }],
      time: { text: 'on Friday', start: '2025-12-12', end: '2025-12-12', implied: false },
      place: { text: 'Kursk region', country: 'RU', region: 'KRS' },
    }),
    claim({
      measure: 'casualties', value: { low: 6000, high: null, qualifier: 'more_than', unit: 'count' }, hedged: true,
      time: { text: 'last month', start: '2025-11-01', end: '2025-11-30', implied: false },
      span: { start: 90, end: 126 }, valueSpan: { start: 95, end: 100 },
    }),
  ],
  attributions: [],
  messages: [],
};

describe('renderTable', () => {
  it('aligns one row per claim and cuts sentences to the width', () => {
    const out = renderTable(DOC, TEXT, { width: 150, color: false });
    const lines = out.split('\n');
    expect(lines[0]).toBe('seed · published 2025-12-13 · Korea Herald');
    const header = lines[2]!;
    const first = lines[3]!;
    const second = lines[4]!;
    expect(first).toContain('≈14,000');
    expect(first).toContain('Kim Jong-un (via KCNA)');
    expect(first).toContain('2025-12-12');
    expect(first).toContain('Kursk region, RU');
    expect(second).toContain('> 6,000');
    expect(second).toContain('(the outlet)');
    expect(second).toContain('2025-11-01..2025-11-30');
    expect(second).toContain('yes');
    // Columns line up: each value starts where its header does.
    expect(first.indexOf('Kim Jong-un (via')).toBe(header.indexOf('who says it'));
    expect(second.indexOf('2025-11-01')).toBe(header.indexOf('when'));
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(150);
    expect(first.endsWith('…')).toBe(true);
    expect(out.trimEnd().split('\n').at(-1)).toBe('2 claims, 0 attributions');
    expect(out).not.toContain('\x1b[');
  });

  it('on a narrow terminal puts who-says-it and the sentence on their own line', () => {
    const out = renderTable(DOC, TEXT, { width: 80, color: false });
    expect(out).toContain('    Kim Jong-un (via KCNA): Kim Jong-un revealed');
    for (const line of out.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('colours only the header, and only when asked', () => {
    expect(renderTable(DOC, TEXT, { width: 150, color: true })).toContain('\x1b[1m');
  });

  it('with no claims prints only the heading and the summary', () => {
    expect(renderTable({ ...DOC, claims: [] }, TEXT, { width: 80, color: false })).toBe('seed · published 2025-12-13 · Korea Herald\n0 claims, 0 attributions\n');
    expect(summary({ ...DOC, messages: [{ ruleId: 'x', span: null, severity: 'info', text: 't' }] })).toBe('2 claims, 0 attributions, 1 message');
  });
});
