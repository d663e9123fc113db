// A measure's name in its colour and line style: the same key as the article highlights.
import type { Measure } from '../api/types.js';
import { MEASURE_LOOK } from './measures.js';

export function MeasureBadge({ measure }: { measure: Measure }) {
  return <span className="measure-badge" data-measure={measure}>{MEASURE_LOOK[measure].label}</span>;
}
