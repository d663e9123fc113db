// Builds dist/ once before the tests, so the CLI tests spawn the same bin users run.
// Type errors elsewhere do not stop tsc from emitting; only a missing bin fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default function setup(): void {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: root, encoding: 'utf8' });
  if (!existsSync(`${root}dist/cli/main.js`)) {
    throw new Error(`build did not produce dist/cli/main.js:\n${tsc.stdout}${tsc.stderr}`);
  }
  if (tsc.status !== 0) console.warn(`tsc reported errors (dist/ was still emitted):\n${tsc.stdout.slice(0, 2000)}`);
}
