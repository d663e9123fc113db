// The group's range plot: one row per source, a dot for a point value, a bar for a range, an
// arrow for a bound (open to the right for "over N", to the left for "up to N"), on a log axis
// because tolls that disagree often differ a hundredfold; low, best and high as vertical rules.
import * as Plot from '@observablehq/plot';
import type { GroupFigure, GroupDetail } from '../api/types.js';
import { formatFigure, formatNumber } from '../shared/format.js';
import { measureColourScale } from '../shared/measure-colours.js';
import { PlotFigure } from '../shared/plot-figure.js';
import { logDomain, shapeOf, statedNumbers } from './figure-shape.js';
import { truncate } from '../shared/truncate.js';

interface Row {
  readonly origin: string;
  readonly measure: string;
  readonly label: string;
  readonly x1: number;
  readonly x2: number;
  readonly hedged: boolean;
}

export function RangePlot({ group }: { group: GroupDetail }) {
  const figures = group.figures.filter((f) => f.value.low > 0);
  const domain = logDomain([...figures.flatMap((f) => statedNumbers(f.value)), group.low, group.high]);
  const origins = [...new Set(figures.map((f) => f.origin))];
  if (!domain || !origins.length) return <p className="status">No positive figures to plot on a log axis.</p>;
  const skipped = group.figures.length - figures.length;
  return (
    <figure className="range-plot" data-rows={origins.length}>
      <PlotFigure drawKey={`${group.id}:${figures.length}`} draw={(width) => drawRange(group, figures, origins, domain, width)} />
      <figcaption className="plot-caption">
        One row per source. Dot: a point value (hollow when hedged or approximate); bar: a range; arrow: a bound with one
        open end. Vertical lines: low {formatNumber(group.low)}, best {formatNumber(group.best)}, high {formatNumber(group.high)}{group.openEnded ? '+' : ''}.
        {skipped ? ` ${skipped} figure${skipped === 1 ? '' : 's'} of zero not drawn (log axis).` : ''}
      </figcaption>
    </figure>
  );
}

function drawRange(group: GroupDetail, figures: readonly GroupFigure[], origins: readonly string[], domain: [number, number], width: number): Element {
  const [left, right] = domain;
  const rows = figures.map((f): Row & { kind: string } => {
    const s = shapeOf(f.value);
    const base = { origin: f.origin, measure: f.measure, label: formatFigure(f.value), hedged: f.hedged || f.value.qualifier === 'approximately' };
    switch (s.kind) {
      case 'point': return { ...base, kind: s.kind, x1: s.at, x2: s.at };
      case 'range': return { ...base, kind: s.kind, x1: s.from, x2: s.to };
      case 'above': return { ...base, kind: s.kind, x1: s.from, x2: right };
      case 'below': return { ...base, kind: s.kind, x1: s.to, x2: left };
    }
  });
  const points = rows.filter((r) => r.kind === 'point');
  const bounds = rows.filter((r) => r.kind === 'above' || r.kind === 'below');
  const marginLeft = Math.min(220, Math.round(width * 0.36));
  const labelChars = Math.max(12, Math.floor(marginLeft / 6.2));
  const refs = referenceLines(group);
  return Plot.plot({
    className: 'cc-plot',
    width,
    height: 70 + origins.length * 44,
    marginLeft,
    marginRight: 24,
    marginTop: 34,
    ariaLabel: `Range plot: ${group.label}`,
    ariaDescription: `${origins.length} sources; low ${group.low}, best ${group.best}, high ${group.high}`,
    x: { type: 'log', domain, label: unitLabel(group), grid: true, tickFormat: '~s' },
    y: { type: 'point', domain: [...origins], label: null, padding: 0.6, tickFormat: (d: string) => truncate(d, labelChars) },
    color: measureColourScale(),
    marks: [
      Plot.ruleX(refs, { x: 'x', stroke: '#555', strokeDasharray: '4,3' }),
      Plot.text(refs, { x: 'x', text: 'label', frameAnchor: 'top', dy: -22, fill: '#333', fontSize: 11 }),
      Plot.link(rows.filter((r) => r.kind === 'range'), { x1: 'x1', x2: 'x2', y1: 'origin', y2: 'origin', stroke: 'measure', strokeWidth: 7, strokeLinecap: 'round', strokeOpacity: 0.85 }),
      Plot.arrow(bounds, { x1: 'x1', x2: 'x2', y1: 'origin', y2: 'origin', stroke: 'measure', strokeWidth: 4, headLength: 12, strokeOpacity: 0.85 }),
      Plot.dot(points.filter((r) => !r.hedged), { x: 'x1', y: 'origin', r: 6, fill: 'measure' }),
      Plot.dot(points.filter((r) => r.hedged), { x: 'x1', y: 'origin', r: 6, fill: 'white', stroke: 'measure', strokeWidth: 2.5 }),
      // The number a bound states, where its arrow starts.
      Plot.dot(bounds, { x: 'x1', y: 'origin', r: 4, fill: 'measure' }),
      Plot.text(rows, { x: 'x1', y: 'origin', text: 'label', dy: -14, fill: '#222', fontSize: 11 }),
    ],
  });
}

/** low, best and high as vertical lines; ones at the same value share a line and a label ("low = best"). */
function referenceLines(group: GroupDetail): { x: number; label: string }[] {
  const lines: { x: number; label: string }[] = [];
  for (const [x, name] of [[group.low, 'low'], [group.best, 'best'], [group.high, group.openEnded ? 'high+' : 'high']] as const) {
    if (!(x > 0)) continue;
    const same = lines.find((l) => l.x === x);
    if (same) same.label += ` = ${name}`;
    else lines.push({ x, label: name });
  }
  return lines;
}

function unitLabel(group: GroupDetail): string {
  const units = [...new Set(group.figures.map((f) => f.value.unit))];
  const what = units.length === 1 && units[0] !== 'count' ? units[0] : 'number';
  return `${group.measures.join(' / ')} (${what}, log scale) →`;
}
