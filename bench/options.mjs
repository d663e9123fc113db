// The benches' command lines, read with node's util.parseArgs. An option is a whole number ≥ 1
// ("int"), a comma-separated list of them ("ints", as in --sizes 10000,100000), a string or a
// flag; a "--no-X" option sets a field to a fixed value (--no-pg: no PostgreSQL side).
import { parseArgs } from 'node:util';

/**
 * Reads process.argv into `opt` (the defaults, changed in place, and returned). `kinds` maps each
 * option to its kind, under the field of `opt` of the same name; `off` maps a "--no-X" option to
 * [field, value]. `usage(problem)` prints the usage and exits: 0 for --help, 2 with a problem.
 */
export function readOptions(opt, kinds, usage, off = {}) {
  const options = { help: { type: 'boolean', short: 'h' } };
  for (const [name, kind] of Object.entries(kinds)) options[name] = { type: kind === 'flag' ? 'boolean' : 'string' };
  for (const name of Object.keys(off)) options[name] = { type: 'boolean' };
  let values = {};
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), options, strict: true, allowPositionals: false }));
  } catch (err) {
    usage(err.message);
  }
  if (values.help) usage();
  for (const [name, kind] of Object.entries(kinds)) {
    const v = values[name];
    if (v === undefined) continue;
    if (kind === 'int') opt[name] = wholeNumber(name, v, usage);
    else if (kind === 'ints') opt[name] = v.split(',').map((x) => wholeNumber(name, x, usage));
    else opt[name] = v;
  }
  for (const [name, [field, value]] of Object.entries(off)) if (values[name]) opt[field] = value;
  return opt;
}

function wholeNumber(name, text, usage) {
  const v = Number(text);
  if (!Number.isInteger(v) || v < 1) usage(`--${name} takes whole numbers ≥ 1, not "${text}"`);
  return v;
}
