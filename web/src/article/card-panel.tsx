// Where the claim card of the hovered or focused figure appears: beside the text on a wide
// screen, a sheet at the bottom on a phone (styles/article.css). It follows the last figure
// touched, so the reader can move the mouse onto the card and read it.
import type { Claim } from '../api/types.js';
import { ClaimCard } from './claim-card.js';
import type { FigureRun } from './segment-text.js';

interface Props {
  readonly run: FigureRun | null;
  readonly text: string;
  readonly claims: readonly Claim[];
  readonly outlet: string | null;
  readonly onClose: () => void;
}

export function CardPanel({ run, text, claims, outlet, onClose }: Props) {
  const shown = run ? run.claims.map((i) => claims[i]).filter((c): c is Claim => !!c) : [];
  return (
    <aside className={run ? 'card-panel card-panel-open' : 'card-panel'} aria-label="Claim card">
      {run ? (
        <>
          <button type="button" className="card-panel-close" onClick={onClose} aria-label="Close the claim card">×</button>
          {shown.map((c, k) => (
            <ClaimCard key={k} claim={c} outlet={outlet} sentence={sliceOrNull(text, c.span.start, c.span.end)} />
          ))}
        </>
      ) : (
        <p className="card-panel-hint">Point at a figure, or move to it with <kbd>Tab</kbd>, to see who says it, when, where and why it was read that way.</p>
      )}
    </aside>
  );
}

const sliceOrNull = (text: string, start: number, end: number) =>
  Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length ? text.slice(start, end) : null;
