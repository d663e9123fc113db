// A group's headline numbers — low, best, high, independent sources — and the rule behind best.
import type { GroupDetail as Group } from '../api/types.js';
import { formatNumber } from '../shared/format.js';

export function GroupSummary({ group }: { group: Group }) {
  return (
    <>
      <dl className="stat-row">
        <div><dt>low</dt><dd>{formatNumber(group.low)}</dd></div>
        <div><dt>best</dt><dd>{formatNumber(group.best)}</dd></div>
        <div><dt>high</dt><dd>{formatNumber(group.high)}{group.openEnded ? '+' : ''}</dd></div>
        <div><dt>independent sources</dt><dd>{group.independentSources}</dd></div>
        <div><dt>disagreements</dt><dd>{group.disagreements.length}</dd></div>
      </dl>
      <details className="best-rule">
        <summary>How low, best and high are chosen</summary>
        <p>{group.bestRule}</p>
      </details>
    </>
  );
}
