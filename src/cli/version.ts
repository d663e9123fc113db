// The version the CLI reports: the package's, read from package.json beside dist/ (or src/), plus
// the pipeline version that claims documents carry.
import { readFileSync } from 'node:fs';
import { PIPELINE_VERSION } from '../version.js';

export function versionText(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return `crosscheck ${pkg.version ?? 'unknown'} (pipeline ${PIPELINE_VERSION}, node ${process.versions.node})`;
}
