// The claims on this page as a table, sorted by any column (within the page: the server pages
// in its own order). Each value links to the figure in its article.
import type { StoredClaim } from '../api/types.js';
import { hrefFor } from '../router/parse-route.js';
import { MeasureBadge } from '../shared/measure-badge.js';
import { formatFigure, sourceNames } from '../shared/format.js';
import { COLUMNS, claimDate, claimPlace, compareBy, type Column } from './claim-rows.js';

export type Sort = { readonly column: Column; readonly dir: 1 | -1 } | null;

/** The rows in the order shown: the table and the CSV export share it. */
export const sortedRows = (claims: readonly StoredClaim[], sort: Sort) =>
  sort ? [...claims].sort(compareBy(sort.column, sort.dir)) : [...claims];

export const nextSort = (sort: Sort, column: Column): Sort =>
  sort?.column === column ? { column, dir: sort.dir === 1 ? -1 : 1 } : { column, dir: 1 };

export function ClaimsTable({ rows, sort, onSort }: { rows: readonly StoredClaim[]; sort: Sort; onSort: (column: Column) => void }) {
  const toggle = onSort;

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Figures">
      <table className="data-table">
        <thead>
          <tr>
            {COLUMNS.map((col) => (
              <th key={col} scope="col" aria-sort={sort?.column === col ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="sort-button" onClick={() => toggle(col)}>
                  {col}
                  <span aria-hidden="true" className="sort-mark">{sort?.column === col ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td><MeasureBadge measure={c.measure} /></td>
              <td className="num">
                <a href={hrefFor.article(c.articleId, c.valueSpan.start)} title={c.sentence}>{formatFigure(c.value)}</a>
                {c.hedged ? <span className="badge badge-hedged">hedged</span> : null}
              </td>
              <td>{sourceNames(c.sources)}{c.via.length ? <span className="via"> via {sourceNames(c.via)}</span> : null}</td>
              <td className="nowrap">{claimDate(c)}</td>
              <td>{claimPlace(c)}</td>
              <td>{c.outlet ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
