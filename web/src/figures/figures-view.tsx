// Figures: every stored claim, filtered through GET /claims, a page at a time (the server's
// cursor), sortable, and the rows on screen downloadable as CSV.
import { useState } from 'react';
import { fetchClaims } from '../api/client.js';
import { LoadStatus } from '../shared/load-status.js';
import { useLoad } from '../shared/use-load.js';
import { ClaimFilterForm, filtersFrom } from './claim-filter-form.js';
import { CSV_HEADER, csvRow } from './claim-rows.js';
import { ClaimsTable, nextSort, sortedRows, type Sort } from './claims-table.js';
import { downloadFile } from './download-file.js';
import { toCsv } from './to-csv.js';

const PAGE_SIZES = [25, 50, 100, 200] as const;

export function FiguresView({ params }: { params: URLSearchParams }) {
  const query = params.toString();
  const filters = filtersFrom(params);
  const [limit, setLimit] = useState<number>(50);
  // Cursors of the pages before this one, so "Previous" can go back; reset when the filters change.
  const [trail, setTrail] = useState<{ query: string; cursors: (string | null)[] }>({ query, cursors: [null] });
  const cursors = trail.query === query ? trail.cursors : [null];
  const cursor = cursors.at(-1) ?? null;
  const [sort, setSort] = useState<Sort>(null);

  const load = useLoad(`claims:${query}:${limit}:${cursor ?? ''}`, (signal) => fetchClaims(filters, cursor, limit, signal));

  return (
    <div className="figures-view">
      <header className="view-header">
        <h1 tabIndex={-1} className="view-title">Figures</h1>
        <p className="view-meta">Every figure stored, with who says it. Filter, sort by a column, export what you see.</p>
      </header>
      <ClaimFilterForm key={query} filters={filters} />
      <LoadStatus load={load}>
        {(page) => {
          const rows = sortedRows(page.claims, sort);
          return (
            <>
              <div className="table-tools">
                <p className="view-meta" role="status">
                  Page {cursors.length}: {rows.length} figure{rows.length === 1 ? '' : 's'}{page.nextCursor ? ', more after' : ''}
                </p>
                <label className="field field-inline">
                  <span>Per page</span>
                  <select value={limit} onChange={(e) => { setLimit(Number(e.target.value)); setTrail({ query, cursors: [null] }); }}>
                    {PAGE_SIZES.map((n) => <option key={n} value={n}>{n}</option>)}
                  </select>
                </label>
                <button type="button" disabled={!rows.length} onClick={() => downloadFile('crosscheck-figures.csv', toCsv(CSV_HEADER, rows.map(csvRow)), 'text/csv;charset=utf-8')}>
                  Download CSV
                </button>
              </div>
              {rows.length
                ? <ClaimsTable rows={rows} sort={sort} onSort={(col) => setSort((s) => nextSort(s, col))} />
                : <p className="status">No figures match. Paste an article, or clear the filters.</p>}
              <nav className="pager" aria-label="Pages">
                <button type="button" disabled={cursors.length < 2} onClick={() => setTrail({ query, cursors: cursors.slice(0, -1) })}>Previous</button>
                <button type="button" disabled={!page.nextCursor} onClick={() => setTrail({ query, cursors: [...cursors, page.nextCursor] })}>Next</button>
              </nav>
            </>
          );
        }}
      </LoadStatus>
    </div>
  );
}
