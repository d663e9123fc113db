// An in-article check: a figure the article states against what its other figures imply.
export interface Check {
  readonly kind: 'conversion' | 'share';
  /** Indexes into the document's claims. */
  readonly claims: readonly number[];
  /** The figure the article states (a converted amount, a percentage); null when it states none. */
  readonly stated: number | null;
  /** What the reference data or the article's other figures give. */
  readonly expected: number;
  /** (stated − expected) / expected; null when nothing is stated. */
  readonly gap: number | null;
  /** pass: within tolerance; mismatch: outside it; info: a derived figure the article does not state. */
  readonly verdict: 'pass' | 'mismatch' | 'info';
  readonly note: string;
}
