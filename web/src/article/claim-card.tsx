// One claim in words a reader checks it by: the value and its hedge, who says it and through
// whom, when, where, and the rules that produced it. Every string goes in as a text node.
import type { Claim } from '../api/types.js';
import { MeasureBadge } from '../shared/measure-badge.js';
import { dayRange, formatFigure, formatNumber, qualifierWords, sourceList } from '../shared/format.js';

interface Props {
  readonly claim: Claim;
  /** The sentence the claim came from, when the text is at hand. */
  readonly sentence: string | null;
  readonly outlet: string | null;
}

export function ClaimCard({ claim, sentence, outlet }: Props) {
  const { value } = claim;
  return (
    <article className="claim-card">
      <header className="claim-card-head">
        <span className="claim-card-value">{formatFigure(value)}</span>
        <MeasureBadge measure={claim.measure} />
        {claim.hedged ? <span className="badge badge-hedged">hedged</span> : null}
      </header>
      <dl className="claim-card-facts">
        <dt>Value</dt>
        <dd>{valueWords(claim)}</dd>
        {claim.counted || claim.subject ? (<><dt>Counts</dt><dd>{claim.subject ?? claim.counted}</dd></>) : null}
        <dt>Who says it</dt>
        <dd>
          {claim.sources.length ? sourceList(claim.sources) : `the outlet itself${outlet ? ` (${outlet})` : ''}`}
          {claim.cue ? <> · cue “{claim.cue}”</> : null}
        </dd>
        {claim.via.length ? (<><dt>Via</dt><dd>{sourceList(claim.via)}</dd></>) : null}
        <dt>When</dt>
        <dd>{claim.time ? <>{claim.time.text} ({dayRange(claim.time.start, claim.time.end)}){claim.time.implied ? ', from the article' : ''}</> : 'not said'}</dd>
        <dt>Where</dt>
        <dd>{claim.place ? `${claim.place.text} (${claim.place.country}${claim.place.region ? `-${claim.place.region}` : ''})` : 'not said'}</dd>
        {populationWords(claim) ? (<><dt>Whose</dt><dd>{populationWords(claim)}</dd></>) : null}
        <dt>Rules</dt>
        <dd><ul className="rule-list">{claim.rules.map((r) => <li key={r}><code>{r}</code></li>)}</ul></dd>
      </dl>
      {sentence ? <blockquote className="claim-card-sentence">{sentence}</blockquote> : null}
    </article>
  );
}

function valueWords(claim: Claim): string {
  const { low, high, unit } = claim.value;
  const what = unit === 'count' ? '' : ` (${unit})`;
  const bound = high === null ? `${formatNumber(low)}, no upper end` : low === high ? formatNumber(low) : `${formatNumber(low)} and ${formatNumber(high)}`;
  return `${qualifierWords(claim.value)} ${bound}${what}${claim.hedged ? '; the source hedges it' : ''}`;
}

function populationWords(claim: Claim): string | null {
  const p = claim.population;
  if (!p) return null;
  const parts = [
    p.nationality ? `people of ${p.nationality}${p.nationalityImplied ? ' (from the article)' : ''}` : null,
    p.theatre ? `in ${p.theatre}${p.theatreImplied ? ' (from the article)' : ''}` : null,
    p.scope ? `only ${p.scope}` : null,
  ].filter((x): x is string => x !== null);
  return parts.length ? parts.join(', ') : null;
}
