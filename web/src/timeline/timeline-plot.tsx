// A group's figures over time: when each was published, how big, and by whom (colour and symbol,
// so it reads without colour). Shows whether a toll grew from report to report or whether sources
// disagree on the same day. The date a figure is about ("last year") is in its tooltip: placing
// figures by it would scatter one week's reporting over years.
import * as Plot from '@observablehq/plot';
import type { GroupFigure, GroupDetail } from '../api/types.js';
import { logDomain, shapeOf, statedNumbers } from '../crosscheck/figure-shape.js';
import { formatFigure } from '../shared/format.js';
import { PlotFigure } from '../shared/plot-figure.js';
import { truncate } from '../shared/truncate.js';

const DAY = 86_400_000;

interface Point {
  readonly date: Date;
  readonly origin: string;
  readonly y: number;
  readonly y2: number;
  readonly kind: string;
  readonly label: string;
  readonly title: string;
}


export function TimelinePlot({ group }: { group: GroupDetail }) {
  const figures = group.figures.filter((f) => f.value.low > 0);
  const domain = logDomain(figures.flatMap((f) => statedNumbers(f.value)));
  if (!domain || !figures.length) return <p className="status">No positive figures to put on a timeline.</p>;
  return (
    <figure className="timeline-plot">
      <PlotFigure drawKey={`${group.id}:${figures.length}`} draw={(width) => drawTimeline(group, figures, domain, width)} />
      <figcaption className="plot-caption">
        Each figure at the date its article was published. A vertical bar is a range; an arrow an open bound.
      </figcaption>
    </figure>
  );
}

function drawTimeline(group: GroupDetail, figures: readonly GroupFigure[], domain: [number, number], width: number): Element {
  const points = figures.map((f): Point => {
    const s = shapeOf(f.value);
    const base = { date: new Date(`${f.published}T00:00:00Z`), title: titleOf(f), origin: truncate(f.origin, 40), label: formatFigure(f.value), kind: s.kind };
    switch (s.kind) {
      case 'point': return { ...base, y: s.at, y2: s.at };
      case 'range': return { ...base, y: s.from, y2: s.to };
      case 'above': return { ...base, y: s.from, y2: domain[1] };
      case 'below': return { ...base, y: s.to, y2: domain[0] };
    }
  });
  const times = points.map((p) => p.date.getTime());
  const first = Math.min(...times), last = Math.max(...times);
  const spanDays = (last - first) / DAY;
  return Plot.plot({
    className: 'cc-plot',
    width,
    height: 300,
    marginLeft: 56,
    marginRight: 24,
    ariaLabel: `Timeline: ${group.label}`,
    // A day either side, so one date alone still has an axis and no dot sits on the edge; a week of
    // reporting is labelled by day, not by hour.
    x: {
      type: 'utc', label: 'published', domain: [new Date(first - DAY), new Date(last + DAY)],
      ...(spanDays <= 21 ? { ticks: 'day', tickFormat: '%b %-d' } : {}),
    },
    y: { type: 'log', domain, label: `${group.measures.join(' / ')} (log scale)`, grid: true, tickFormat: '~s' },
    symbol: { legend: true },
    marks: [
      Plot.link(points.filter((p) => p.kind === 'range'), { x: 'date', y1: 'y', y2: 'y2', stroke: 'origin', strokeWidth: 4, strokeOpacity: 0.7 }),
      Plot.arrow(points.filter((p) => p.kind === 'above' || p.kind === 'below'), { x: 'date', y1: 'y', y2: 'y2', stroke: 'origin', strokeWidth: 2.5, headLength: 10 }),
      Plot.dot(points, { x: 'date', y: 'y', fill: 'origin', symbol: 'origin', r: 6, title: 'title' }),
      Plot.text(points, { x: 'date', y: 'y', text: 'label', dx: 10, textAnchor: 'start', fontSize: 11, fill: '#222' }),
    ],
  });
}

const titleOf = (f: GroupFigure) =>
  `${f.origin}: ${formatFigure(f.value)} (${f.outlet ?? 'outlet unknown'}, ${f.published})` +
  (f.time ? `\nabout ${f.time.start === f.time.end ? f.time.start : `${f.time.start} – ${f.time.end}`}` : '');

