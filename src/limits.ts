// Per-article limits: how much text one article may hold and how long its analysis may take.
// Both are per article, not per input: a 60 MB JSONL file of 3 KB articles is fine; one 60 MB
// "article" (a dump, a log, a pasted database) is not news and would take minutes to analyse.
// Set by environment, so the CLI, its worker threads, the server and library users share them.
import { InputError, UsageError } from './errors.js';

/** 5 MB of UTF-8 text: far past any news article (≈5-50 KB), ≈10 s of analysis. */
export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
/** 60 s: a 5 MB article takes ≈10 s, so only a runaway analysis gets near it. */
export const DEFAULT_ARTICLE_TIMEOUT_MS = 60_000;

export const MAX_ARTICLE_BYTES_ENV = 'CROSSCHECK_MAX_ARTICLE_BYTES';
export const ARTICLE_TIMEOUT_ENV = 'CROSSCHECK_ARTICLE_TIMEOUT_MS';

/** The text limit in UTF-8 bytes: CROSSCHECK_MAX_ARTICLE_BYTES, else 5 MB. */
export function maxArticleBytes(): number {
  return positiveInteger(MAX_ARTICLE_BYTES_ENV, DEFAULT_MAX_ARTICLE_BYTES);
}

/** The analysis time limit per article in batches and ingest: CROSSCHECK_ARTICLE_TIMEOUT_MS, else 60 s. */
export function articleTimeoutMs(): number {
  return positiveInteger(ARTICLE_TIMEOUT_ENV, DEFAULT_ARTICLE_TIMEOUT_MS);
}

/**
 * Throws E_FILE_TOO_LARGE ("too large for one article") when `text` is over the limit. Measured in
 * UTF-8 bytes, as files are; the length check first keeps the common case free of a byte count.
 */
export function checkArticleSize(text: string, limit = maxArticleBytes()): void {
  // A UTF-16 unit is at most 3 UTF-8 bytes: short texts need no count.
  if (text.length * 3 <= limit) return;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= limit) return;
  throw new InputError('E_FILE_TOO_LARGE',
    `${megabytes(bytes)} of text (the limit is ${megabytes(limit)} per article; split it, or raise ${MAX_ARTICLE_BYTES_ENV})`);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) throw new UsageError(`${name} must be a positive whole number, not ${JSON.stringify(raw)}`);
  return value;
}
