// Cross-check: the groups of figures that count the same thing, filtered by measure or by what
// they are about ("North Korea"); each opens its range plot.
import { useState, type FormEvent } from 'react';
import { fetchGroups } from '../api/client.js';
import type { GroupListItem } from '../api/types.js';
import { hrefFor } from '../router/parse-route.js';
import { navigate } from '../router/use-route.js';
import { LoadStatus } from '../shared/load-status.js';
import { MEASURES } from '../shared/measures.js';
import { formatNumber } from '../shared/format.js';
import { useLoad } from '../shared/use-load.js';

export function GroupsView({ params }: { params: URLSearchParams }) {
  const measure = params.get('measure') ?? '';
  const about = params.get('about') ?? '';
  const load = useLoad(`groups:${measure}:${about}`, (signal) => fetchGroups({ measure, about }, signal));
  return (
    <div className="groups-view">
      <header className="view-header">
        <h1 tabIndex={-1} className="view-title">Cross-check</h1>
        <p className="view-meta">Figures from different sources that count the same thing, side by side. Open a group for its range plot.</p>
      </header>
      <GroupFilter key={`${measure}:${about}`} measure={measure} about={about} />
      <LoadStatus load={load}>
        {(groups) => (groups.length ? <GroupList groups={groups} /> : <p className="status">No groups yet: paste a few articles on the same event.</p>)}
      </LoadStatus>
    </div>
  );
}

function GroupFilter({ measure, about }: { measure: string; about: string }) {
  const [m, setM] = useState(measure);
  const [a, setA] = useState(about);
  const submit = (e: FormEvent) => { e.preventDefault(); navigate(hrefFor.groups({ measure: m, about: a })); };
  return (
    <form className="filter-form" onSubmit={submit} aria-label="Filter the groups">
      <label className="field">
        <span>Measure</span>
        <select value={m} onChange={(e) => setM(e.target.value)}>
          <option value="">any</option>
          {MEASURES.map((x) => <option key={x} value={x}>{x}</option>)}
        </select>
      </label>
      <label className="field">
        <span>About</span>
        <input type="search" value={a} onChange={(e) => setA(e.target.value)} placeholder="North Korea" />
      </label>
      <div className="form-actions"><button type="submit">Filter</button></div>
    </form>
  );
}

function GroupList({ groups }: { groups: readonly GroupListItem[] }) {
  return (
    <ul className="group-list">
      {groups.map((g) => (
        <li key={g.id} className="group-item">
          <a href={hrefFor.group(g.id)} className="group-link">{g.label}</a>
          <span className="view-meta">
            {' '}low {formatNumber(g.low)} · best {formatNumber(g.best)} · high {formatNumber(g.high)}{g.openEnded ? '+' : ''}
            {' '}· {g.figures} figure{g.figures === 1 ? '' : 's'} from {g.independentSources} independent source{g.independentSources === 1 ? '' : 's'}
            {g.disagreements ? ` · ${g.disagreements} disagreement${g.disagreements === 1 ? '' : 's'}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
