// Says in words why a claim came out as it did: each rule id in its provenance, read back as the
// evidence it stands for ("measure/cue-after:killed" → the cue word after the number).
import type { Claim, ClaimsDoc } from '../types.js';
import { formatFigure } from './format-figure.js';

const RULES: readonly [RegExp, (m: RegExpExecArray) => string][] = [
  [/^extract\/number$/, () => 'a number written in digits'],
  [/^extract\/number-words$/, () => 'a number written in words'],
  [/^extract\/fraction$/, () => 'a fraction of a whole, read as a percentage'],
  [/^extract\/range$/, () => 'two numbers read as one range'],
  [/^extract\/a-period$/, () => '"a week", "a month": one period'],
  [/^unit\/(.+)$/, (m) => `its unit from a ${m[1]!.replace(/-/g, ' ')}`],
  [/^hedge\/modal:(.+)$/, (m) => `hedged: the sentence says "${m[1]}"`],
  [/^hedge\/(.+)$/, (m) => `qualifier ${m[1]} from the hedge word before or after it`],
  [/^measure\/counted-noun:(.+)$/, (m) => `measure ${m[1]}: the noun it counts names it`],
  [/^measure\/cue-after:(.+)$/, (m) => `measure ${m[1]}: a cue word after the number`],
  [/^measure\/cue-before:(.+)$/, (m) => `measure ${m[1]}: a cue word before the number`],
  [/^measure\/toll:(.+)$/, (m) => `measure ${m[1]}: the sentence is about a toll`],
  [/^measure\/coordinated:(.+)$/, (m) => `measure ${m[1]}: shared with the count it is joined to by "and"`],
  [/^measure\/unit:(.+)$/, (m) => `measure from its unit (${m[1]})`],
  [/^measure\/people$/, () => 'measure affected: it counts people, with no cue naming what happened to them'],
  [/^measure\/default$/, () => 'measure quantity: no cue and no people counted'],
  [/^source\/outlet$/, () => 'no attribution holds it: the outlet states it on its own authority'],
  [/^source\/carried$/, () => 'the attribution carries over from an earlier sentence'],
  [/^source\/(.+)$/, (m) => `source from an attribution (${m[1]!.replace(/-/g, ' ')})`],
  [/^time\/same-sentence$/, () => 'time: the nearest time expression in its sentence'],
  [/^place\/same-sentence$/, () => 'place: the nearest place named in its sentence'],
  [/^place\/demonym-in-sentence$/, () => 'place: from a nationality word in its sentence'],
  [/^population\/counted-demonym$/, () => 'population: the nationality in the counted phrase'],
  [/^population\/article-demonym$/, () => 'population: implied from the article as a whole'],
];

export function explainRule(rule: string): string {
  for (const [re, say] of RULES) {
    const m = re.exec(rule);
    if (m) return say(m);
  }
  return rule;
}

export function explainClaim(doc: ClaimsDoc, claim: Claim, text: string): string {
  const who = claim.sources.length ? claim.sources.map((s) => `${s.name} (${s.type})`).join(', ') : 'the outlet itself';
  const lines = [
    `"${text.slice(claim.valueSpan.start, claim.valueSpan.end)}" at ${claim.valueSpan.start}–${claim.valueSpan.end}: ${formatFigure(claim.value)} ${claim.measure}`,
    `  counted: ${claim.counted ?? '—'}   subject: ${claim.subject ?? '—'}`,
    `  who says it: ${who}${claim.via.length ? ` via ${claim.via.map((v) => v.name).join(', ')}` : ''}${claim.cue ? ` (cue "${claim.cue}")` : ''}${claim.hedged ? ', hedged' : ''}`,
    `  when: ${claim.time ? `${claim.time.start}..${claim.time.end} from "${claim.time.text}"${claim.time.implied ? ' (partly implied)' : ''}` : '—'}`,
    `  where: ${claim.place ? `${claim.place.text} (${claim.place.country}${claim.place.region ? `-${claim.place.region}` : ''})` : '—'}`,
    `  sentence: ${text.slice(claim.span.start, claim.span.end)}`,
    `  why (pipeline ${doc.pipeline.version}):`,
    ...claim.rules.map((r) => `    ${r.padEnd(34)} ${explainRule(r)}`),
  ];
  return lines.join('\n');
}
