// Paste an article: text, date and outlet go to POST /articles; the answer opens in the article
// view straight away. The token field is only needed when the server asks for one.
import { useState, type FormEvent } from 'react';
import { postArticle } from '../api/client.js';
import { ApiError } from '../api/api-error.js';
import { rememberArticle } from '../article/article-cache.js';
import { hrefFor } from '../router/parse-route.js';
import { navigate } from '../router/use-route.js';
import { EXAMPLES } from './examples.js';
import { readToken, saveToken } from '../api/token-store.js';

const today = () => new Date().toISOString().slice(0, 10);

export function PasteView() {
  const [text, setText] = useState('');
  const [published, setPublished] = useState(today);
  const [outlet, setOutlet] = useState('');
  const [token, setToken] = useState(readToken);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const article = await postArticle({ text, published, outlet: outlet.trim(), token: token.trim() });
      rememberArticle(article);
      navigate(hrefFor.article(article.doc.article.id));
    } catch (err) {
      setError(messageFor(err));
    } finally {
      setBusy(false);
    }
  };

  const loadExample = (slug: string) => {
    const ex = EXAMPLES.find((x) => x.slug === slug);
    if (!ex) return;
    setText(ex.text);
    setPublished(ex.published);
    setOutlet(ex.outlet);
  };

  return (
    <div className="paste-view">
      <header className="view-header">
        <h1 tabIndex={-1} className="view-title">Paste an article</h1>
        <p className="view-meta">Every figure in it is found, with who says it, when and where. The publication date resolves “on Friday” and “last month”.</p>
      </header>
      <form className="paste-form" onSubmit={submit}>
        <label className="field">
          <span>Start from an example (optional)</span>
          <select value="" onChange={(e) => loadExample(e.target.value)}>
            <option value="">choose an example…</option>
            {EXAMPLES.map((x) => <option key={x.slug} value={x.slug}>{x.outlet}, {x.published}</option>)}
          </select>
        </label>
        <label className="field field-wide">
          <span>Article text</span>
          <textarea name="text" required rows={14} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
        </label>
        <label className="field">
          <span>Published</span>
          <input name="published" type="date" required value={published} onChange={(e) => setPublished(e.target.value)} />
        </label>
        <label className="field">
          <span>Outlet</span>
          <input name="outlet" type="text" value={outlet} onChange={(e) => setOutlet(e.target.value)} placeholder="e.g. Korea Herald" />
        </label>
        <label className="field">
          <span>Write token</span>
          <input
            name="token" type="password" autoComplete="off" value={token}
            onChange={(e) => { setToken(e.target.value); saveToken(e.target.value.trim()); }}
            aria-describedby="token-help"
          />
          <small id="token-help">Kept in this tab only (sessionStorage). Ask whoever runs the server.</small>
        </label>
        <div className="form-actions">
          <button type="submit" disabled={busy || !text.trim()}>{busy ? 'Reading…' : 'Find the figures'}</button>
        </div>
        {error ? <p className="status status-error" role="alert">{error}</p> : null}
      </form>
    </div>
  );
}

function messageFor(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401 || err.status === 403) return `The server needs a valid write token: ${err.message} (${err.code})`;
    if (err.status === 413) return `The article is too long for the server: ${err.message}`;
    return `${err.message} (${err.code})`;
  }
  return err instanceof Error ? `Could not reach the server: ${err.message}` : 'Could not reach the server';
}
