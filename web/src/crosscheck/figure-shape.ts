// How a figure is drawn on a log axis: a point, a range, or a bound with one open end. A bound
// runs to the edge of the chart with an arrowhead, so "over 6,000" does not look like 6,000.
import type { ClaimValue } from '../api/types.js';

export type Shape =
  | { readonly kind: 'point'; readonly at: number }
  | { readonly kind: 'range'; readonly from: number; readonly to: number }
  | { readonly kind: 'above'; readonly from: number }
  | { readonly kind: 'below'; readonly to: number };

const UPPER_BOUNDS = new Set(['up_to', 'at_most', 'less_than', 'nearly']);

export function shapeOf(v: ClaimValue): Shape {
  if (v.high === null) return { kind: 'above', from: v.low };
  if (v.high !== v.low) return { kind: 'range', from: v.low, to: v.high };
  if (UPPER_BOUNDS.has(v.qualifier)) return { kind: 'below', to: v.high };
  return { kind: 'point', at: v.low };
}

/** The numbers a figure states, for the axis domain. */
export const statedNumbers = (v: ClaimValue) => (v.high === null ? [v.low] : [v.low, v.high]);

/** A log axis wide enough for every stated number, with room for open ends to point past them. */
export function logDomain(values: readonly number[]): [number, number] | null {
  const positive = values.filter((n) => n > 0 && Number.isFinite(n));
  if (!positive.length) return null;
  const lo = Math.min(...positive), hi = Math.max(...positive);
  const pad = lo === hi ? 10 : 2.5;
  return [lo / pad, hi * pad];
}
