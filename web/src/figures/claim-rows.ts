// A stored claim as one table row: the columns shown, the values sorted on, and the CSV cells.
import type { StoredClaim } from '../api/types.js';
import { formatFigure, sourceNames } from '../shared/format.js';

export const COLUMNS = ['measure', 'value', 'source', 'date', 'place', 'outlet'] as const;
export type Column = (typeof COLUMNS)[number];

/** The date a figure is about: its own time when it has one, else the day it was published. */
export const claimDate = (c: StoredClaim) => c.time?.start ?? c.published;
export const claimPlace = (c: StoredClaim) => (c.place ? `${c.place.text} (${c.place.country})` : '');

export function sortKey(c: StoredClaim, column: Column): string | number {
  switch (column) {
    case 'measure': return c.measure;
    case 'value': return c.value.low;
    case 'source': return sourceNames(c.sources).toLowerCase();
    case 'date': return claimDate(c);
    case 'place': return claimPlace(c).toLowerCase();
    case 'outlet': return (c.outlet ?? '').toLowerCase();
  }
}

export function compareBy(column: Column, dir: 1 | -1) {
  return (a: StoredClaim, b: StoredClaim) => {
    const x = sortKey(a, column), y = sortKey(b, column);
    return (x < y ? -1 : x > y ? 1 : 0) * dir;
  };
}

export const CSV_HEADER = ['measure', 'value', 'low', 'high', 'qualifier', 'unit', 'hedged', 'sources', 'via', 'date', 'place', 'country', 'outlet', 'published', 'article', 'claim', 'sentence'];

export const csvRow = (c: StoredClaim): string[] => [
  c.measure, formatFigure(c.value), String(c.value.low), c.value.high === null ? '' : String(c.value.high), c.value.qualifier,
  c.value.unit, String(c.hedged), c.sources.map((s) => s.name).join('; '), c.via.map((s) => s.name).join('; '),
  claimDate(c), c.place?.text ?? '', c.place?.country ?? '', c.outlet ?? '', c.published, c.articleId, c.id, c.sentence,
];
