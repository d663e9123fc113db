// One group: its headline numbers, the range plot, the comparability notes, the timeline, the
// figures themselves, and the pairs of sources in it that disagree.
import { fetchGroup } from '../api/client.js';
import { LoadStatus } from '../shared/load-status.js';
import { useLoad } from '../shared/use-load.js';
import { TimelinePlot } from '../timeline/timeline-plot.js';
import { ComparabilityNotes } from './comparability-notes.js';
import { ConflictList } from './conflict-list.js';
import { GroupFiguresTable } from './group-figures-table.js';
import { GroupSummary } from './group-summary.js';
import { RangePlot } from './range-plot.js';

export function GroupView({ id }: { id: string }) {
  const load = useLoad(`group:${id}`, (signal) => fetchGroup(id, signal));
  return (
    <LoadStatus load={load}>
      {(group) => (
        <div className="group-view">
          <header className="view-header">
            <h1 tabIndex={-1} className="view-title">{group.label}</h1>
            <p className="view-meta">Group <code>{group.id}</code> · {group.measures.join(', ')} · {group.figures.length} figures</p>
          </header>
          <GroupSummary group={group} />
          <section aria-labelledby="range-title">
            <h2 id="range-title">Range plot</h2>
            <RangePlot group={group} />
          </section>
          <ComparabilityNotes notes={group.notes} />
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">Timeline</h2>
            <TimelinePlot group={group} />
          </section>
          <section aria-labelledby="figures-title">
            <h2 id="figures-title">Figures</h2>
            <GroupFiguresTable group={group} />
          </section>
          <section aria-labelledby="group-conflicts-title">
            <h2 id="group-conflicts-title">Disagreements in this group</h2>
            <ConflictList conflicts={group.disagreements} showGroup={false} />
          </section>
        </div>
      )}
    </LoadStatus>
  );
}
