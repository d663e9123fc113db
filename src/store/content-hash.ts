// The identity of an article's text: the full SHA-256 of its UTF-8 bytes, hex. The store knows an
// article by it, so callers (ingest) compute it the same way before deciding to analyse.
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
