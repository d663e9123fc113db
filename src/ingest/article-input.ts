// The edge where raw input becomes an Article: one text plus its metadata, checked here so that
// the pipeline never sees an impossible date, an empty text or a missing id.
import { InputError, type Place } from '../errors.js';
import type { Article } from '../types.js';
import { checkArticleSize, maxArticleBytes } from '../limits.js';
import { checkPublished } from './published-date.js';
import { contentId } from './content-id.js';
import { decodeText } from './decode-text.js';
import { readBytes } from './read-bytes.js';

/** Metadata as it arrives from flags or a JSONL record: anything may be absent. */
export interface ArticleFields {
  readonly id?: string | null | undefined;
  readonly published?: string | null | undefined;
  readonly outlet?: string | null | undefined;
  readonly url?: string | null | undefined;
  readonly title?: string | null | undefined;
}

/**
 * Validates already-decoded text and its fields. `publishedName` is how the user spells the
 * date field (`--published` on the command line, `"published"` in JSONL) for the message.
 */
export function toArticle(text: string, fields: ArticleFields, publishedName = '--published'): Article {
  const published = checkPublished(fields.published, publishedName);
  if (text.trim() === '') throw new InputError('E_FILE_EMPTY', 'text is empty');
  if (text.includes('\0')) throw new InputError('E_FILE_BINARY', 'text contains NUL characters');
  // Every reader (files, JSONL, pages, feeds, the server) makes its Article here: one limit for all.
  checkArticleSize(text);
  return {
    id: orNull(fields.id) ?? contentId(text),
    text,
    published,
    outlet: orNull(fields.outlet),
    url: orNull(fields.url),
    title: orNull(fields.title),
  };
}

/**
 * Reads FILE (or '-' for stdin) and validates it into an Article; every error names the file.
 * The date is checked before reading, so a forgotten --published fails without waiting on stdin.
 */
export async function readArticle(file: string, fields: ArticleFields, stdin?: NodeJS.ReadableStream): Promise<Article> {
  checkPublished(fields.published, '--published');
  const place: Place = { file };
  // The text limit in bytes, plus a BOM: a larger file cannot hold an article, so it is not read whole.
  const bytes = await readBytes(file, stdin, maxArticleBytes() + 3);
  try {
    return toArticle(decodeText(bytes), fields);
  } catch (err) {
    throw err instanceof InputError ? err.at(place) : err;
  }
}

// Blank metadata means "not given": an empty --outlet is no outlet, an empty id gets a hash.
function orNull(value: string | null | undefined): string | null {
  return value === undefined || value === null || value.trim() === '' ? null : value;
}
