// What the readers of files, folders, pages and feeds yield: one article or one error, each with
// where it came from, so a batch can report a bad input and go on with the rest.
import type { CrosscheckError } from '../../errors.js';
import type { Article } from '../../types.js';

export type InputItem =
  | { readonly kind: 'article'; readonly article: Article; readonly origin: string; readonly bytes: number }
  | { readonly kind: 'error'; readonly error: CrosscheckError; readonly origin: string; readonly bytes: number };
// `origin` is FILE, FILE:LINE (JSONL) or FILE#ITEM (feeds). `bytes` is the share of the input this
// item accounts for, so a progress bar can measure input consumed; the shares of a file add up to its size.

export interface ReadOptions {
  /** Publication date (YYYY-MM-DD) for inputs that do not state their own. */
  readonly published?: string | undefined;
  /** Outlet for inputs that do not name their own. */
  readonly outlet?: string | undefined;
}
