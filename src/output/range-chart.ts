// A text chart of figures on one logarithmic axis, one row per source: ● a point value, ━ a range
// or hedge, ▶ an open upper bound, ◀ an upper bound ("up to").
import type { ClaimValue } from '../types.js';
import { intervalOf } from '../reconcile/interval.js';
import { formatFigure } from './format-figure.js';

export interface ChartRow { readonly label: string; readonly value: ClaimValue }

export function renderRangeChart(rows: readonly ChartRow[], columns = 100): string {
  if (!rows.length) return '';
  const labelWidth = Math.min(32, Math.max(...rows.map((r) => r.label.length)));
  const figureWidth = 12;
  const width = Math.max(20, columns - labelWidth - figureWidth - 4);
  const values = rows.flatMap((r) => [r.value.low, r.value.high ?? r.value.low]).filter((v) => v > 0);
  const min = Math.min(...values), max = Math.max(...values);
  // A log axis: 9 and 6,000 must both be readable on one line.
  const lo = Math.log10(min) - 0.1, hi = Math.log10(max) + 0.1;
  const at = (v: number) => Math.round(((Math.log10(Math.max(v, min)) - lo) / (hi - lo)) * (width - 1));
  const lines = rows.map((r) => {
    const cells = Array.from({ length: width }, () => ' ');
    const iv = intervalOf(r.value, 0);
    const open = r.value.high === null;
    const a = at(iv.lo), b = open ? width - 1 : at(Number.isFinite(iv.hi) ? iv.hi : max);
    if (r.value.qualifier === 'exact' || (a === b && !open)) cells[a] = '●';
    else {
      for (let k = a; k <= b; k++) cells[k] = '━';
      if (open) cells[width - 1] = '▶';
      if (['up_to', 'at_most', 'less_than'].includes(r.value.qualifier)) cells[a] = '◀';
    }
    return `${r.label.slice(0, labelWidth).padEnd(labelWidth)}  ${formatFigure(r.value).padStart(figureWidth)}  ${cells.join('')}`;
  });
  const axis = `${' '.repeat(labelWidth + figureWidth + 4)}${min.toLocaleString('en-US')}${' '.repeat(Math.max(1, width - String(min).length - String(max).length - 4))}${max.toLocaleString('en-US')} (log scale)`;
  return [...lines, axis].join('\n');
}
