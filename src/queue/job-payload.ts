// What a job carries: the article itself (not a path: a worker on another machine cannot read the
// enqueuer's files) and where it came from, for messages. Its id is derived from the text, so the
// same article enqueued twice is one job.
import { createHash } from 'node:crypto';
import { CrosscheckError, InputError } from '../errors.js';
import { toArticle } from '../ingest/article-input.js';
import { ArticleRecord } from '../ingest/jsonl-record.js';
import type { Article } from '../types.js';

export const PAYLOAD_VERSION = 1;
/**
 * The largest job, as JSON. PostgreSQL would take a jsonb of up to 255 MB, but a job is read whole
 * by a worker that holds several at once, and no news article comes near this (1 MB is ~150,000
 * words); bigger inputs are dumps, better ingested straight into the store with --db.
 */
export const MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

export interface JobPayload {
  readonly v: typeof PAYLOAD_VERSION;
  readonly article: Article;
  /** FILE, FILE:LINE or FILE#ITEM on the machine that enqueued it. */
  readonly origin: string;
}

/** The payload for `article`; throws E_JOB_TOO_LARGE past MAX_PAYLOAD_BYTES. */
export function jobPayload(article: Article, origin: string): JobPayload {
  const payload: JobPayload = { v: PAYLOAD_VERSION, article, origin };
  const bytes = Buffer.byteLength(JSON.stringify(payload), 'utf8');
  if (bytes > MAX_PAYLOAD_BYTES) {
    throw new InputError('E_JOB_TOO_LARGE', `${(bytes / 1024 / 1024).toFixed(1)} MB (the limit is ${MAX_PAYLOAD_BYTES / 1024 / 1024} MB; ingest it into the store directly with --db)`);
  }
  return payload;
}

/**
 * The job id for an article: a UUID made from its content hash and the pipeline version. pg-boss
 * keys jobs by id and skips an insert whose id exists, whatever the job's state, so this is the
 * dedupe key; a newer pipeline gets new jobs, so re-enqueueing after an upgrade re-extracts.
 */
export function jobId(contentHash: string, pipelineVersion: string): string {
  const hex = createHash('sha256').update(`${contentHash}\n${pipelineVersion}`).digest('hex');
  // UUID version 8 ("custom") with the RFC 9562 variant bits: a valid UUID that says it is derived.
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Checks a job's data as a worker receives it: anything may have been put on the queue. */
export function readJobPayload(data: unknown): JobPayload {
  if (typeof data !== 'object' || data === null) throw new CrosscheckError('E_JOB_PAYLOAD', `expected an object, got ${describe(data)}`);
  const { v, article, origin } = data as Record<string, unknown>;
  if (v !== PAYLOAD_VERSION) throw new CrosscheckError('E_JOB_PAYLOAD', `payload version ${describe(v)}, expected ${PAYLOAD_VERSION} (enqueued by another crosscheck version?)`);
  const record = ArticleRecord.safeParse(article);
  if (!record.success) {
    const issue = record.error.issues[0];
    const path = issue?.path.length ? `article.${issue.path.join('.')}` : 'article';
    throw new CrosscheckError('E_JOB_PAYLOAD', `${path}: ${issue?.message ?? 'invalid'}`);
  }
  try {
    // The same rules as any input: a real date, a non-empty text.
    return { v: PAYLOAD_VERSION, article: toArticle(record.data.text, record.data, '"published"'), origin: typeof origin === 'string' ? origin : '(unknown origin)' };
  } catch (err) {
    throw err instanceof CrosscheckError ? new CrosscheckError('E_JOB_PAYLOAD', `article: ${err.detail}`) : err;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
