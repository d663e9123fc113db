// One short sentence per highlighted figure, referenced by its aria-describedby: a screen reader
// hears the claim without opening the card. Hidden from sight, not from assistive technology.
import type { Claim } from '../api/types.js';
import { formatFigure, sourceNames } from '../shared/format.js';
import type { FigureRun } from './segment-text.js';

export function FigureDescriptions({ runs, claims, idPrefix }: { runs: readonly FigureRun[]; claims: readonly Claim[]; idPrefix: string }) {
  return (
    <div className="visually-hidden">
      {runs.map((run) => (
        <span key={run.index} id={`${idPrefix}-desc-${run.index}`}>
          {run.claims.map((i) => claims[i]).filter((c): c is Claim => !!c).map(describe).join('; ')}
        </span>
      ))}
    </div>
  );
}

const describe = (c: Claim) =>
  `${c.measure} ${formatFigure(c.value)}${c.hedged ? ', hedged' : ''}, according to ${sourceNames(c.sources)}` +
  `${c.via.length ? ` via ${sourceNames(c.via)}` : ''}${c.time ? `, ${c.time.start}` : ''}${c.place ? `, ${c.place.text}` : ''}`;
