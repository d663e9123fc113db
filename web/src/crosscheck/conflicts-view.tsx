// Conflicts: every disagreement in the store, biggest first, with a switch to hide the gaps the
// comparability notes may explain.
import { useState } from 'react';
import { fetchConflicts } from '../api/client.js';
import { LoadStatus } from '../shared/load-status.js';
import { useLoad } from '../shared/use-load.js';
import { ConflictList } from './conflict-list.js';

export function ConflictsView() {
  const load = useLoad('conflicts', (signal) => fetchConflicts(signal));
  const [onlyContradictions, setOnly] = useState(false);
  return (
    <div className="conflicts-view">
      <header className="view-header">
        <h1 tabIndex={-1} className="view-title">Conflicts</h1>
        <p className="view-meta">Sources whose figures for the same thing do not overlap, the biggest gap first.</p>
      </header>
      <label className="field field-inline">
        <input type="checkbox" checked={onlyContradictions} onChange={(e) => setOnly(e.target.checked)} />
        <span>Only contradictions (no note explains the gap)</span>
      </label>
      <LoadStatus load={load}>
        {(all) => <ConflictList conflicts={onlyContradictions ? all.filter((d) => d.kind === 'contradiction') : all} showGroup />}
      </LoadStatus>
    </div>
  );
}
