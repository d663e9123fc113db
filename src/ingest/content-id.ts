// The default article id: a short hash of the text, so the same article gets the same id on
// every run and from every input path.
import { createHash } from 'node:crypto';

export function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
