// Every figure in a group, as text: the range plot's accessible twin, and where its sentences are.
import type { GroupDetail } from '../api/types.js';
import { hrefFor } from '../router/parse-route.js';
import { MeasureBadge } from '../shared/measure-badge.js';
import { formatFigure, sourceNames } from '../shared/format.js';

export function GroupFiguresTable({ group }: { group: GroupDetail }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Figures in this group">
      <table className="data-table">
        <thead>
          <tr><th scope="col">source</th><th scope="col">value</th><th scope="col">measure</th><th scope="col">outlet, date</th><th scope="col">sentence</th></tr>
        </thead>
        <tbody>
          {group.figures.map((f) => (
            <tr key={f.claimId}>
              <th scope="row">{f.origin}{f.via?.length ? <span className="via"> via {sourceNames(f.via)}</span> : null}</th>
              <td className="num">
                {formatFigure(f.value)}{f.hedged ? <span className="badge badge-hedged">hedged</span> : null}
                {f.restatements.length ? <span className="via"> restated {f.restatements.length}×</span> : null}
              </td>
              <td><MeasureBadge measure={f.measure} /></td>
              <td className="nowrap">{f.outlet ?? '—'}, {f.published}</td>
              <td className="sentence"><a href={hrefFor.article(f.articleId)}>{f.sentence}</a></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
