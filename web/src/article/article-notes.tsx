// What the pipeline says about the article beyond its claims: in-article checks (a conversion or
// share that does not add up) and messages about text it could not read well.
import type { ClaimsDoc } from '../api/types.js';

export function ArticleNotes({ doc }: { doc: ClaimsDoc }) {
  const checks = doc.checks ?? [];
  const messages = doc.messages ?? [];
  if (!checks.length && !messages.length) return null;
  return (
    <section className="article-notes" aria-labelledby="article-notes-title">
      <h2 id="article-notes-title">Checks and notes</h2>
      <ul>
        {checks.map((c, i) => (
          <li key={`c${i}`} className={c.verdict === 'mismatch' ? 'note-mismatch' : undefined}>
            <span className="badge">{c.verdict}</span> {c.note}
          </li>
        ))}
        {messages.map((m, i) => (
          <li key={`m${i}`}><span className="badge">{m.severity}</span> {m.text} <code>{m.ruleId}</code></li>
        ))}
      </ul>
    </section>
  );
}
