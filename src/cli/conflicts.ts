// `crosscheck conflicts`: where sources disagree, contradictions first, biggest first, each with
// both sides and the notes that say when the figures may not contradict each other.
import { parseCommandArgs } from './parse-args.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { loadGroups } from './reconcile-input.js';
import { STORE_OPTION_HELP, parseMeasure } from './store-options.js';
import { conflictsOf, type Disagreement } from '../reconcile/build-groups.js';
import { disagreementJson } from '../reconcile/group-json.js';
import { formatFigure } from '../output/format-figure.js';
import { UsageError } from '../errors.js';

export const CONFLICTS_SUMMARY = 'where sources disagree on a figure, biggest first';
export const CONFLICTS_HELP = `Usage:
  crosscheck conflicts [--measure M] [--about TEXT] [--limit N] [--db FILE|URL] [--json]

Lists pairs of sources whose figures for the same thing do not overlap (hedges and a 10% tolerance
allowed for): contradictions first, then gaps that the comparability notes may explain (deaths vs
casualties, one unit vs the whole force, different time windows, different places).

  --measure M          only groups holding this measure
  --about TEXT         only groups mentioning TEXT
  --limit N            at most N pairs (default 50)
${STORE_OPTION_HELP}
  --json               print the disagreements as JSON
  -h, --help           show this help

${EXIT_CODES_HELP}
`;

export function renderDisagreement(d: Disagreement): string {
  const line = (c: Disagreement['a'], origin: string) =>
    `    ${formatFigure(c.value).padEnd(12)} ${c.measure.padEnd(10)} ${origin} · ${c.outlet ?? '—'} ${c.published}`;
  return [
    `${d.kind === 'contradiction' ? 'CONTRADICTION' : 'apparent'}  ×${d.ratio >= 100 ? Math.round(d.ratio) : d.ratio.toFixed(1)}  group ${d.groupId}`,
    line(d.a, d.aOrigin),
    line(d.b, d.bOrigin),
    ...d.notes.map((n) => `    note: ${n}`),
  ].join('\n');
}

export async function runConflicts(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs('conflicts', args, {
    measure: { type: 'string' }, about: { type: 'string' }, limit: { type: 'string' }, db: { type: 'string' },
    json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { process.stdout.write(CONFLICTS_HELP); return EXIT.ok; }
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number ≥ 1, not "${values.limit}"`);
  const groups = await loadGroups(values.db, { measure: parseMeasure(values.measure), about: values.about });
  const conflicts = conflictsOf(groups).slice(0, limit);
  if (values.json) process.stdout.write(`${JSON.stringify(conflicts.map(disagreementJson), null, 2)}\n`);
  else process.stdout.write(conflicts.length ? `${conflicts.map(renderDisagreement).join('\n\n')}\n` : 'no disagreements\n');
  return EXIT.ok;
}
