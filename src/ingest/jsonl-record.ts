// One JSONL line → one Article: UTF-8, JSON, the record shape (zod), then the same rules as a
// single file. Every failure is an InputError placed at FILE:LINE so a batch can skip the line.
import { z } from 'zod';
import { InputError, type Place } from '../errors.js';
import type { Article } from '../types.js';
import { toArticle } from './article-input.js';
import { firstInvalidUtf8 } from './utf8-locate.js';
import { MAX_LINE_BYTES, type ByteLine } from './jsonl-lines.js';

// Metadata may be null as well as absent: the shared data files write `"url": null`.
const optionalText = z.string().nullish();

export const ArticleRecord = z.object({
  // Numeric ids are common in exported data; they name files just as well as strings.
  id: z.union([z.string(), z.number().int().nonnegative().transform(String)]).nullish(),
  text: z.string(),
  published: z.string(),
  outlet: optionalText,
  url: optionalText,
  title: optionalText,
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** A line from readLines: an oversize line (its bytes dropped unread) fails as too large. */
export function parseLine(line: ByteLine, place: Place): Article {
  if (line.oversize) {
    throw new InputError('E_FILE_TOO_LARGE', `a line of ${(line.size / 1024 / 1024).toFixed(0)} MB (one JSONL line is one article; the limit is ${MAX_LINE_BYTES / 1024 / 1024} MB)`, place);
  }
  return parseRecord(line.bytes, place);
}

export function parseRecord(bytes: Uint8Array, place: Place): Article {
  try {
    const record = parseShape(parseJson(decodeLine(bytes)));
    return toArticle(record.text, record, '"published"');
  } catch (err) {
    throw err instanceof InputError ? err.at(place) : err;
  }
}

function decodeLine(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const byte = bytes[bad]?.toString(16).padStart(2, '0') ?? '??';
    throw new InputError('E_UTF8_INVALID', `byte 0x${byte} at column ${bad + 1}`);
  }
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch (err) {
    // V8's message names the position ("Unexpected token } in JSON at position 12").
    throw new InputError('E_JSONL_LINE', `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function parseShape(value: unknown): ArticleRecord {
  const result = ArticleRecord.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue || issue.path.length === 0) {
    throw new InputError('E_JSONL_LINE', 'expected an object { id, text, published, outlet?, url?, title? }');
  }
  const field = String(issue.path[0]);
  const given = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[field] : undefined;
  const present = given !== undefined && given !== null;
  // A missing date gets the same code as a missing --published; everything else is a bad line.
  if (field === 'published' && !present) throw new InputError('E_PUBLISHED_MISSING', '"published"');
  throw new InputError('E_JSONL_LINE', present ? `"${field}": ${issue.message}` : `missing "${field}"`);
}
