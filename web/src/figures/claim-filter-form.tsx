// The filters of the figures table, kept in the address (#/figures?measure=killed&place=RU) so a
// filtered view can be bookmarked and shared. Applies on submit, not on every keystroke.
import { useEffect, useState, type FormEvent } from 'react';
import { fetchSources } from '../api/client.js';
import type { ClaimFilters } from '../api/types.js';
import { hrefFor } from '../router/parse-route.js';
import { navigate } from '../router/use-route.js';
import { MEASURES } from '../shared/measures.js';

export const FILTER_KEYS = ['measure', 'source', 'place', 'from', 'to', 'q'] as const;

export function filtersFrom(params: URLSearchParams): ClaimFilters {
  const f: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k)?.trim();
    if (v) f[k] = v;
  }
  return f;
}

/** Give it `key` = the address's query: a new address starts a fresh draft. */
export function ClaimFilterForm({ filters }: { filters: ClaimFilters }) {
  const [draft, setDraft] = useState<Record<string, string>>({ ...filters });
  const [sources, setSources] = useState<string[]>([]);
  // Source names for the field's suggestions; the table works without them.
  useEffect(() => {
    const controller = new AbortController();
    fetchSources(controller.signal).then((s) => setSources(s.map((x) => x.name)), () => undefined);
    return () => controller.abort();
  }, []);

  const set = (k: string) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [k]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(hrefFor.figures(draft));
  };
  return (
    <form className="filter-form" onSubmit={submit} aria-label="Filter the figures">
      <label className="field">
        <span>Measure</span>
        <select value={draft['measure'] ?? ''} onChange={set('measure')}>
          <option value="">any</option>
          {MEASURES.map((m) => <option key={m} value={m}>{m}</option>)}
        </select>
      </label>
      <label className="field">
        <span>Source</span>
        <input type="search" list="source-names" value={draft['source'] ?? ''} onChange={set('source')} placeholder="KCNA" />
        <datalist id="source-names">{sources.map((s) => <option key={s} value={s} />)}</datalist>
      </label>
      <label className="field">
        <span>Place (country code)</span>
        <input type="search" value={draft['place'] ?? ''} onChange={set('place')} placeholder="RU or RU-KRS" />
      </label>
      <label className="field">
        <span>From</span>
        <input type="date" value={draft['from'] ?? ''} onChange={set('from')} />
      </label>
      <label className="field">
        <span>To</span>
        <input type="date" value={draft['to'] ?? ''} onChange={set('to')} />
      </label>
      <label className="field">
        <span>Words in the sentence</span>
        <input type="search" value={draft['q'] ?? ''} onChange={set('q')} placeholder="mine-clearing" />
      </label>
      <div className="form-actions">
        <button type="submit">Filter</button>
        <a className="button-secondary" href={hrefFor.figures()}>Clear</a>
      </div>
    </form>
  );
}
