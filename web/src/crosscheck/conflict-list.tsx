// Pairs of sources whose figures do not overlap, biggest gap first: both sides, and the notes
// that may explain the gap ("apparent") or their absence ("contradiction").
import type { Disagreement, DisagreementSide } from '../api/types.js';
import { hrefFor } from '../router/parse-route.js';
import { MeasureBadge } from '../shared/measure-badge.js';
import { formatFigure } from '../shared/format.js';

export const biggestFirst = (a: Disagreement, b: Disagreement) => b.ratio - a.ratio;

export function ConflictList({ conflicts, showGroup }: { conflicts: readonly Disagreement[]; showGroup: boolean }) {
  if (!conflicts.length) return <p className="status">No disagreements.</p>;
  return (
    <ol className="conflict-list">
      {[...conflicts].sort(biggestFirst).map((d) => (
        <li key={`${d.a.claimId}:${d.b.claimId}`} className={`conflict conflict-${d.kind}`}>
          <p className="conflict-head">
            <span className="badge">{d.kind === 'contradiction' ? 'contradiction' : 'apparent'}</span>{' '}
            <strong>×{d.ratio >= 100 ? Math.round(d.ratio) : d.ratio.toFixed(1)}</strong> apart
            {showGroup ? <> · <a href={hrefFor.group(d.groupId)}>group {d.groupId}</a></> : null}
          </p>
          <div className="conflict-sides">
            <Side side={d.a} />
            <Side side={d.b} />
          </div>
          {d.notes.length ? <ul className="conflict-notes">{d.notes.map((n, i) => <li key={i}>{n}</li>)}</ul> : null}
        </li>
      ))}
    </ol>
  );
}

function Side({ side }: { side: DisagreementSide }) {
  return (
    <div className="conflict-side">
      <p><strong className="figure-value">{formatFigure(side.value)}</strong> <MeasureBadge measure={side.measure} /></p>
      <p>{side.origin} · {side.outlet ?? '—'}, {side.published}</p>
      <p className="sentence"><a href={hrefFor.article(side.articleId)}>{side.sentence}</a></p>
    </div>
  );
}
