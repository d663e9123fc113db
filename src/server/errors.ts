// The server's half of the one error registry (src/errors.ts holds codes and message templates):
// the HTTP status of every code, and the one place any error becomes { statusCode, code, message }.
// A response never carries a stack; a 5xx names its request id so the log can be searched for it.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { CrosscheckError, type ErrorCode } from '../errors.js';

/** Every code has a status: a new code in src/errors.ts does not compile until it gets one here. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  E_USAGE: 400,
  E_PUBLISHED_MISSING: 400,
  E_PUBLISHED_INVALID: 400,
  E_FILE_UNREADABLE: 400,
  E_FILE_EMPTY: 400,
  E_FILE_BINARY: 400,
  E_UTF8_INVALID: 400,
  E_JSONL_LINE: 400,
  E_OUT_UNWRITABLE: 500,
  E_ANALYSIS_FAILED: 500,
  // The article, not the server: the same text would run as long again. Nothing was stored.
  E_ANALYSIS_TIMEOUT: 422,
  E_PUBLISHED_NOT_FOUND: 400,
  E_HTML_NO_ARTICLE: 422,
  E_FEED_INVALID: 400,
  E_FILE_TOO_LARGE: 413,
  E_STORE_FAILED: 503,
  E_STORE_OPEN: 503,
  E_STORE_UNREACHABLE: 503,
  E_STORE_SCHEMA: 503,
  E_STORE_BUSY: 503,
  E_QUEUE_UNREACHABLE: 503,
  E_QUEUE_FAILED: 503,
  E_JOB_PAYLOAD: 400,
  E_JOB_TOO_LARGE: 413,
  E_NOT_FOUND: 404,
  E_CURSOR_INVALID: 400,
  E_AUTH_MISSING: 401,
  E_AUTH_WRONG: 403,
  E_WRITES_DISABLED: 401,
  E_REQUEST_INVALID: 400,
  E_BODY_INVALID: 400,
  E_BODY_TOO_LARGE: 413,
  E_MEDIA_TYPE: 415,
  E_ROUTE_NOT_FOUND: 404,
  E_INTERNAL: 500,
};

export interface ErrorBody {
  readonly statusCode: number;
  readonly code: ErrorCode;
  readonly message: string;
}

/** A coded error as the response body. */
export function errorBody(err: CrosscheckError): ErrorBody {
  return { statusCode: HTTP_STATUS[err.code], code: err.code, message: err.message };
}

/** A zod issue as fastify-type-provider-zod attaches it to `error.validation`. */
interface ValidationIssue {
  readonly instancePath?: string;
  readonly message?: string;
}

/** Fastify's own errors (FST_ERR_*) that a client causes, in our codes. */
function fromFastify(err: FastifyError, request: FastifyRequest): CrosscheckError | null {
  if (err.validation) {
    const where = err.validationContext === 'querystring' ? 'query' : err.validationContext ?? 'request';
    const issues = (err.validation as readonly ValidationIssue[]).map((i) => {
      const path = (i.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
      return `${where}${path ? `.${path}` : ''}: ${i.message ?? 'invalid'}`;
    });
    return new CrosscheckError('E_REQUEST_INVALID', issues.join('; '));
  }
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new CrosscheckError('E_BODY_TOO_LARGE', String(request.routeOptions.bodyLimit ?? ''));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new CrosscheckError('E_MEDIA_TYPE', JSON.stringify(request.headers['content-type'] ?? ''));
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_EMPTY_TYPE':
    case 'FST_ERR_CTP_INVALID_TYPE':
      return new CrosscheckError('E_BODY_INVALID', err.message);
    default:
      break;
  }
  // JSON.parse of a bad body (fastify's JSON parser sets 400), a proto-poisoning refusal and the
  // like: client errors whose messages name no internals.
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    return new CrosscheckError(err.statusCode === 413 ? 'E_BODY_TOO_LARGE' : 'E_BODY_INVALID', err.message);
  }
  return null;
}

// A database that went away mid-request (PostgreSQL restarted, the SQLite handle closed during
// shutdown): node's socket codes, PostgreSQL's connection and shutdown SQLSTATEs, the drivers' words.
const STORE_DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
const STORE_DOWN_WORDS = /connection terminated|driver has already been destroyed|connection is not open|database connection is closed|Client has encountered a connection error|timeout exceeded when trying to connect/i;

/**
 * A database that is not answering, as the one answer every route gives: 503 E_STORE_UNREACHABLE
 * with a message that names no host, port or user. `err` is a driver's own error (reads) or the
 * store's E_STORE_UNREACHABLE (writes), whose message names the server for the CLI; null for
 * anything else, E_STORE_FAILED included (a full disk, a corrupt file: not worth a quick retry).
 */
export function storeDown(err: Error): CrosscheckError | null {
  const code = (err as { code?: unknown }).code;
  const down = err instanceof CrosscheckError
    ? err.code === 'E_STORE_UNREACHABLE'
    : (typeof code === 'string' && STORE_DOWN_CODES.has(code)) || STORE_DOWN_WORDS.test(err.message);
  return down ? new CrosscheckError('E_STORE_UNREACHABLE', 'the database right now; try again shortly') : null;
}

// Store failures raised by the store itself: their messages name the database (its URL, password
// masked) or the SQLite file's path, which the operator needs and a client must not see.
const STORE_SIDE = new Set<ErrorCode>(['E_STORE_FAILED', 'E_STORE_OPEN', 'E_STORE_SCHEMA', 'E_STORE_BUSY']);

/**
 * What a client is told of a coded error: the error itself, but for a store failure the same code
 * with the request id in place of the store's own words (which the server log keeps).
 */
export function forClient(err: CrosscheckError, requestId: string): CrosscheckError {
  return STORE_SIDE.has(err.code) ? new CrosscheckError(err.code, `see request ${requestId} in the server log`) : err;
}

/** The one error handler: a coded error is the client's (or the store's) and is shown as is, but
 *  for a lost database (storeDown) and the store's own words (forClient); any other is a bug,
 *  logged with its stack and answered with the request id only. The log keeps the error as raised,
 *  with the database's address. */
export function handleError(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const raw = err instanceof CrosscheckError ? storeDown(err) ?? err : fromFastify(err, request) ?? storeDown(err);
  const known = raw ? forClient(raw, String(request.id)) : null;
  if (known && known.code !== 'E_INTERNAL') {
    const body = errorBody(known);
    // Server-side trouble (the store) is logged as an error; client mistakes only at info.
    if (body.statusCode >= 500) request.log.error({ err, code: known.code }, known.message);
    // The store is down or busy: worth trying again, and soon (a PostgreSQL restart takes seconds).
    if (body.statusCode === 503) reply.header('retry-after', '2');
    reply.code(body.statusCode).send(body);
    return;
  }
  request.log.error({ err }, 'unhandled error');
  reply.code(500).send(errorBody(new CrosscheckError('E_INTERNAL', String(request.id))));
}

/** Unknown routes get the same body shape as every other error. */
export function handleNotFound(request: FastifyRequest, reply: FastifyReply): void {
  // Only the path: a query string may hold anything, and it is not what went wrong.
  const path = request.url.split('?', 1)[0] ?? '';
  reply.code(404).send(errorBody(new CrosscheckError('E_ROUTE_NOT_FOUND', `${request.method} ${path}`)));
}
