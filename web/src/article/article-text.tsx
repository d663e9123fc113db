// The article as text: every character is a React text node (never parsed as HTML), figures are
// focusable <mark>s coloured and tagged by measure, sources are underlined.
import { Fragment } from 'react';
import type { Claim } from '../api/types.js';
import { MEASURE_LOOK } from '../shared/measures.js';
import type { Piece, Run } from './segment-text.js';

interface Props {
  readonly text: string;
  readonly runs: readonly Run[];
  readonly claims: readonly Claim[];
  readonly idPrefix: string;
  readonly active: number | null;
  readonly onActivate: (index: number) => void;
}

export function ArticleText({ text, runs, claims, idPrefix, active, onActivate }: Props) {
  return (
    <div className="article-text">
      {runs.map((run) => {
        if (run.kind === 'text') return <Pieces key={`t${run.start}`} text={text} pieces={run.pieces} />;
        const first = claims[run.claims[0] ?? -1];
        if (!first) return null;
        const look = MEASURE_LOOK[first.measure];
        const more = run.claims.length > 1 ? ` +${run.claims.length - 1}` : '';
        return (
          <mark
            key={`f${run.start}`}
            id={`${idPrefix}-figure-${run.index}`}
            className={run.index === active ? 'figure figure-active' : 'figure'}
            data-measure={first.measure}
            data-tag={look.tag + more}
            data-start={run.start}
            data-end={run.end}
            tabIndex={0}
            aria-describedby={`${idPrefix}-desc-${run.index}`}
            onFocus={() => onActivate(run.index)}
            onMouseEnter={() => onActivate(run.index)}
            onClick={() => onActivate(run.index)}
          >
            <Pieces text={text} pieces={run.pieces} />
          </mark>
        );
      })}
    </div>
  );
}

function Pieces({ text, pieces }: { text: string; pieces: readonly Piece[] }) {
  return (
    <>
      {pieces.map((p) => p.source
        ? <span key={p.start} className="source" title={`source: ${p.source.name} (${p.source.type.replace(/_/g, ' ')})`}>{text.slice(p.start, p.end)}</span>
        : <Fragment key={p.start}>{text.slice(p.start, p.end)}</Fragment>)}
    </>
  );
}
