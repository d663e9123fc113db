// Makes an article id into a file name that stays inside the output directory on every OS:
// "../etc/passwd" or "a/b" must not escape or create folders.
import { createHash } from 'node:crypto';

const UNSAFE = /[^A-Za-z0-9._-]/g;
const MAX_LENGTH = 120;

/**
 * Ids that are already safe are kept as they are, so DIR/<id>.json is predictable. Anything
 * changed gets a short hash of the original id, so "a/b" and "a_b" cannot overwrite each other.
 */
export function safeFilename(id: string): string {
  let name = id.replace(UNSAFE, '_').replace(/^[.]+/, '_');
  if (name === id && name.length <= MAX_LENGTH) return name;
  const hash = createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 8);
  name = name.slice(0, MAX_LENGTH);
  return `${name}-${hash}`;
}
