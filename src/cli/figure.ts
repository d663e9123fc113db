// `crosscheck figure GROUP_ID`: one group, every source, and a small text chart of the ranges.
import { parseCommandArgs } from './parse-args.js';
import { EXIT, EXIT_CODES_HELP } from './exit-codes.js';
import { loadGroups } from './reconcile-input.js';
import { STORE_OPTION_HELP } from './store-options.js';
import { renderGroup } from './groups.js';
import { groupJson } from '../reconcile/group-json.js';
import { renderRangeChart } from '../output/range-chart.js';
import { CrosscheckError, UsageError } from '../errors.js';

export const FIGURE_SUMMARY = 'one group: every source and a text chart of their ranges';
export const FIGURE_HELP = `Usage:
  crosscheck figure GROUP_ID [--db FILE|URL] [--json]

Shows one group (ids come from crosscheck groups or conflicts): every source's figure with its hedge,
date, article and relays, low / best / high with the rule for best, the comparability notes, and a
text chart with one row per figure (● a point, ━ a range, ▶ an open upper bound).

${STORE_OPTION_HELP}
  --json               print the group as JSON
  -h, --help           show this help

${EXIT_CODES_HELP}
`;

export async function runFigure(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('figure', args, {
    db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
  });
  if (values.help) { process.stdout.write(FIGURE_HELP); return EXIT.ok; }
  const id = positionals[0];
  if (!id || positionals.length > 1) throw new UsageError('give one GROUP_ID (see: crosscheck groups)');
  const group = (await loadGroups(values.db)).find((g) => g.id === id || g.id.startsWith(id));
  if (!group) throw new CrosscheckError('E_NOT_FOUND', `no group "${id}" in the store (see: crosscheck groups)`);
  if (values.json) { process.stdout.write(`${JSON.stringify(groupJson(group), null, 2)}\n`); return EXIT.ok; }
  const chart = renderRangeChart(group.entries.map((e) => ({ label: e.origin, value: e.claim.value })), process.stdout.columns ?? 100);
  process.stdout.write([
    renderGroup(group), '', chart, '',
    `best: ${group.bestRule}`,
    ...group.notes.map((n) => `note: ${n}`),
  ].join('\n') + '\n');
  return EXIT.ok;
}
