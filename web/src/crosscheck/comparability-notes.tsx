// Why figures in one group may not contradict each other (deaths vs casualties, one unit vs the
// whole force, different windows or places): shown before the reader concludes anything.
export function ComparabilityNotes({ notes }: { notes: readonly string[] }) {
  if (!notes.length) return <p className="view-meta">No comparability notes: the figures count the same thing.</p>;
  return (
    <section aria-labelledby="notes-title" className="notes">
      <h2 id="notes-title">Comparability notes</h2>
      <ul>{notes.map((n, i) => <li key={i}>{n}</li>)}</ul>
    </section>
  );
}
