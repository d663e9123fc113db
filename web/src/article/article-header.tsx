// Which article this is: title, outlet, date, id, and how many figures the pipeline found.
import type { ClaimsDoc } from '../api/types.js';

export function ArticleHeader({ doc, figures }: { doc: ClaimsDoc; figures: number }) {
  const { article } = doc;
  const n = doc.claims.length;
  return (
    <header className="view-header">
      <h1 tabIndex={-1} className="view-title">{article.title ?? `Article ${article.id}`}</h1>
      <p className="view-meta">
        {article.outlet ?? 'outlet unknown'} · published {article.published} · id <code>{article.id}</code>
        {article.url ? <> · <span className="url">{article.url}</span></> : null}
      </p>
      <p className="view-meta">{n} claim{n === 1 ? '' : 's'} in {figures} highlighted figure{figures === 1 ? '' : 's'}</p>
    </header>
  );
}
