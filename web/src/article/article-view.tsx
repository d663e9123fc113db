// The article view: the text with its figures and sources marked, the key, and the claim card of
// the figure in hand. Loads the article from the server unless this tab has just posted it.
import { useEffect, useId, useMemo, useState } from 'react';
import { fetchArticle } from '../api/client.js';
import type { ArticleWithText } from '../api/types.js';
import { LoadStatus } from '../shared/load-status.js';
import { useLoad } from '../shared/use-load.js';
import { recalledArticle } from './article-cache.js';
import { ArticleHeader } from './article-header.js';
import { ArticleNotes } from './article-notes.js';
import { ArticleText } from './article-text.js';
import { CardPanel } from './card-panel.js';
import { FigureDescriptions } from './figure-descriptions.js';
import { MeasureLegend } from './measure-legend.js';
import { segmentText, type FigureRun } from './segment-text.js';

export function ArticleView({ id, figure }: { id: string; figure: number | null }) {
  const load = useLoad(`article:${id}`, async (signal) => recalledArticle(id) ?? fetchArticle(id, signal));
  return <LoadStatus load={load}>{(a) => <LoadedArticle article={a} focusAt={figure} />}</LoadStatus>;
}

function LoadedArticle({ article, focusAt }: { article: ArticleWithText; focusAt: number | null }) {
  const { text, doc } = article;
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const runs = useMemo(() => segmentText(text, doc.claims, doc.attributions), [text, doc]);
  const figures = useMemo(() => runs.filter((r): r is FigureRun => r.kind === 'figure'), [runs]);
  const [active, setActive] = useState<number | null>(null);

  // A link from the figures table names a figure by its offset: bring it into view and focus.
  useEffect(() => {
    if (focusAt === null) return;
    const run = figures.find((f) => f.start <= focusAt && focusAt < f.end) ?? figures.find((f) => f.start >= focusAt);
    if (!run) return;
    const el = document.getElementById(`${idPrefix}-figure-${run.index}`);
    el?.focus();
    el?.scrollIntoView({ block: 'center' });
  }, [focusAt, figures, idPrefix]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') setActive(null); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="article-view">
      <ArticleHeader doc={doc} figures={figures.length} />
      <MeasureLegend claims={doc.claims} />
      <div className="article-layout">
        <ArticleText text={text} runs={runs} claims={doc.claims} idPrefix={idPrefix} active={active} onActivate={setActive} />
        <CardPanel run={active === null ? null : figures[active] ?? null} text={text} claims={doc.claims} outlet={doc.article.outlet} onClose={() => setActive(null)} />
      </div>
      <FigureDescriptions runs={figures} claims={doc.claims} idPrefix={idPrefix} />
      <ArticleNotes doc={doc} />
    </div>
  );
}
