// `crosscheck groups`: the figures that count the same thing, side by side, with low/best/high;
// `--csv` is a UCDP-like export (one row per group).
import { parseCommandArgs } from './parse-args.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { loadGroups } from './reconcile-input.js';
import { STORE_OPTION_HELP, parseMeasure } from './store-options.js';
import { groupLabel } from '../reconcile/describe-group.js';
import { ucdpRows, UCDP_COLUMNS } from '../reconcile/ucdp-export.js';
import { toCsv } from '../output/csv.js';
import { formatFigure } from '../output/format-figure.js';
import { UsageError } from '../errors.js';
import type { Group } from '../reconcile/build-groups.js';
import { groupJson, round } from '../reconcile/group-json.js';

export const GROUPS_SUMMARY = 'the same figure across sources and articles, side by side';
export const GROUPS_HELP = `Usage:
  crosscheck groups [--measure M] [--about TEXT] [--db FILE|URL] [--json|--csv]

Lines up stored claims that count the same thing (the same measure family and population) and shows
every source's figure, the low / best / high of the group, and how many independent sources it has.

  --measure M          only groups holding this measure (killed, wounded, casualties, deployed...)
  --about TEXT         only groups whose claims, sources or countries mention TEXT ("North Korea")
${STORE_OPTION_HELP}
  --json               print the groups as JSON
  --csv                a UCDP-like CSV: one row per group (low, best, high, sources, dates, place)
  -h, --help           show this help

${EXIT_CODES_HELP}
`;

export function renderGroup(g: Group): string {
  const head = `${g.id}  ${groupLabel(g)}  ·  low ${g.low.toLocaleString('en-US')}  best ${round(g.best).toLocaleString('en-US')}  high ${g.high.toLocaleString('en-US')}${g.openEnded ? '+' : ''}  ·  ${g.independentSources} independent source${g.independentSources === 1 ? '' : 's'}`;
  const rows = g.entries.map((e) => {
    const c = e.claim;
    const via = c.via.length ? ` (via ${c.via.map((v) => v.name).join(', ')})` : '';
    const again = e.restatements.length ? ` [restated ${e.restatements.length}×]` : '';
    return `  ${formatFigure(c.value).padEnd(12)} ${c.measure.padEnd(10)} ${e.origin}${via} · ${c.outlet ?? '—'} ${c.published}${again}`;
  });
  return [head, ...rows].join('\n');
}

export async function runGroups(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs('groups', args, {
    measure: { type: 'string' }, about: { type: 'string' }, db: { type: 'string' },
    json: { type: 'boolean' }, csv: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { process.stdout.write(GROUPS_HELP); return EXIT.ok; }
  if (values.json && values.csv) throw new UsageError('choose one of --json and --csv');
  const groups = await loadGroups(values.db, { measure: parseMeasure(values.measure), about: values.about });
  if (values.json) process.stdout.write(`${JSON.stringify(groups.map(groupJson), null, 2)}\n`);
  else if (values.csv) process.stdout.write(toCsv(UCDP_COLUMNS, ucdpRows(groups)));
  else process.stdout.write(groups.length ? `${groups.map(renderGroup).join('\n\n')}\n\n${groups.length} groups\n` : 'no groups\n');
  return EXIT.ok;
}
