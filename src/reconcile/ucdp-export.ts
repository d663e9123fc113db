// A UCDP GED-like table of groups: one row per group with low / best / high, the number of
// sources, their names, and the date and place with their precision (UCDP's date_prec/where_prec idea).
import type { Group } from './build-groups.js';
import { groupLabel } from './describe-group.js';

export const UCDP_COLUMNS = [
  'group_id', 'label', 'measures', 'low', 'best', 'high', 'open_ended', 'number_of_sources', 'sources',
  'date_start', 'date_end', 'date_prec', 'country', 'region', 'where_prec', 'articles',
] as const;

type Row = Record<(typeof UCDP_COLUMNS)[number], string | number | boolean>;

/** How exactly the figures are dated: 1 = a day, 2 = within a week, 3 = a month, 4 = a year, 5 = longer or unknown. */
function datePrecision(start: string, end: string): number {
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
  return days < 1 ? 1 : days <= 7 ? 2 : days <= 31 ? 3 : days <= 366 ? 4 : 5;
}

export function ucdpRows(groups: readonly Group[]): Row[] {
  return groups.map((g) => {
    const claims = g.entries.map((e) => e.claim);
    const starts = claims.map((c) => c.time?.start ?? c.published).sort();
    const ends = claims.map((c) => c.time?.end ?? c.published).sort();
    const dated = claims.some((c) => c.time);
    const regions = new Set(claims.map((c) => c.place?.region && `${c.place.country}-${c.place.region}`).filter(Boolean));
    const countries = new Set(claims.map((c) => c.population.theatre).filter(Boolean));
    const start = starts[0] ?? '', end = ends.at(-1) ?? '';
    return {
      group_id: g.id, label: groupLabel(g), measures: g.measures.join(' '),
      low: g.low, best: Math.round(g.best * 10) / 10, high: g.high, open_ended: g.openEnded,
      number_of_sources: g.independentSources, sources: g.origins.join('; '),
      date_start: start, date_end: end, date_prec: dated ? datePrecision(start, end) : 5,
      country: [...countries].join(' '), region: regions.size === 1 ? [...regions][0]! : '',
      // 2 = a first-level region, 4 = a country, 7 = unknown.
      where_prec: regions.size === 1 ? 2 : countries.size === 1 ? 4 : 7,
      articles: [...new Set(claims.map((c) => c.articleId))].join(' '),
    };
  });
}
