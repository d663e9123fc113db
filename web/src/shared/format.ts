// Words and numbers as the page prints them. Figures reuse the CLI's formatter so the page and
// the terminal write "≈14,000" and "> 6,000" the same way.
import { formatFigure } from '../../../src/output/format-figure.js';
import type { ClaimValue, Qualifier } from '../../../src/types.js';
import type { SourceRef } from '../api/types.js';

export { formatFigure };

const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  exact: 'exactly',
  approximately: 'about',
  at_least: 'at least',
  more_than: 'more than',
  at_most: 'at most',
  less_than: 'less than',
  up_to: 'up to',
  nearly: 'nearly',
  range: 'between',
};

export const qualifierWords = (v: ClaimValue) => QUALIFIER_WORDS[v.qualifier];

export const sourceNames = (sources: readonly SourceRef[]) =>
  sources.length ? sources.map((s) => s.name).join(', ') : 'the outlet itself';

export const sourceList = (sources: readonly SourceRef[]) =>
  sources.map((s) => `${s.name} (${s.type.replace(/_/g, ' ')})`).join(', ');

/** "2025-12-12", or "2025-12-01 – 2025-12-31" for a span of days. */
export const dayRange = (start: string, end: string) => (start === end ? start : `${start} – ${end}`);

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
export const formatNumber = (n: number) => count.format(n);
