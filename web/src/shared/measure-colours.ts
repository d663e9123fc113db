// The measures' colours for charts (SVG attributes). styles/measures.css holds the same values for
// the article highlights: change both together.
import type { Measure } from '../api/types.js';
import { MEASURES } from './measures.js';

export const MEASURE_COLOUR: Readonly<Record<Measure, string>> = {
  killed: '#c0392b',
  wounded: '#d35400',
  casualties: '#8e44ad',
  missing: '#6b7778',
  captured: '#2c3e50',
  arrested: '#6d4c41',
  deployed: '#1f6fb2',
  displaced: '#12806a',
  affected: '#2e7d32',
  money: '#8a6d00',
  duration: '#4f5fb8',
  percentage: '#ad1457',
  quantity: '#455a64',
};

/** Plot's colour scale options for a channel holding measures. */
export const measureColourScale = () => ({
  type: 'ordinal' as const,
  domain: [...MEASURES],
  range: MEASURES.map((m) => MEASURE_COLOUR[m]),
});
