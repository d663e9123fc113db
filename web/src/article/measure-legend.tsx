// The key to the highlights: each measure in the article with its colour, tag and count.
import type { Claim, Measure } from '../api/types.js';
import { MEASURE_LOOK, MEASURES } from '../shared/measures.js';

export function MeasureLegend({ claims }: { claims: readonly Claim[] }) {
  const counts = new Map<Measure, number>();
  for (const c of claims) counts.set(c.measure, (counts.get(c.measure) ?? 0) + 1);
  const present = MEASURES.filter((m) => counts.has(m));
  if (!present.length) return null;
  return (
    <section className="legend" aria-label="Key to the highlights">
      <h2 className="legend-title">Key</h2>
      <ul className="legend-list">
        {present.map((m) => (
          <li key={m}>
            <span className="legend-swatch" data-measure={m} data-tag={MEASURE_LOOK[m].tag}>{counts.get(m)}</span>
            {' '}{MEASURE_LOOK[m].label}
            <span className="visually-hidden">: {MEASURE_LOOK[m].description}</span>
          </li>
        ))}
        <li><span className="source">Name</span> a source</li>
      </ul>
    </section>
  );
}
