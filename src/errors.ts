// The one registry of errors a user can see (fastify's FST_ERR_* style): each has a code, the exit
// status the CLI uses for it, and a message template. Throwing anything else is a bug (exit 70).

export const ERRORS = {
  E_USAGE: { exitCode: 2, template: '%s' },
  E_PUBLISHED_MISSING: { exitCode: 2, template: '%s is required: the YYYY-MM-DD date that relative times such as "on Friday" are resolved against' },
  E_PUBLISHED_INVALID: { exitCode: 2, template: 'invalid published date %s' },
  E_FILE_UNREADABLE: { exitCode: 1, template: 'cannot read: %s' },
  E_FILE_EMPTY: { exitCode: 1, template: '%s' },
  E_FILE_BINARY: { exitCode: 1, template: 'looks binary, not text: %s' },
  E_UTF8_INVALID: { exitCode: 1, template: 'not valid UTF-8: %s' },
  E_JSONL_LINE: { exitCode: 1, template: '%s' },
  E_OUT_UNWRITABLE: { exitCode: 1, template: 'cannot write output: %s' },
  E_ANALYSIS_FAILED: { exitCode: 1, template: 'analysis failed (a bug in crosscheck): %s' },
  // One article ran past the per-article time limit (src/limits.ts): reported, the batch goes on.
  E_ANALYSIS_TIMEOUT: { exitCode: 1, template: 'analysis took longer than %s' },
  // Readers of files, folders, HTML pages and feeds (src/ingest/sources): one article or one item fails.
  E_PUBLISHED_NOT_FOUND: { exitCode: 1, template: 'no publication date in %s: pass --published YYYY-MM-DD' },
  E_HTML_NO_ARTICLE: { exitCode: 1, template: 'no article in the HTML page: %s' },
  E_FEED_INVALID: { exitCode: 1, template: 'not a readable RSS/Atom feed: %s' },
  E_FILE_TOO_LARGE: { exitCode: 1, template: 'too large for one article: %s' },
  E_STORE_FAILED: { exitCode: 1, template: 'the store failed: %s' },
  // The store (src/store): a location that cannot be opened or reached; nothing stored is touched.
  E_STORE_OPEN: { exitCode: 1, template: 'cannot open the store %s' },
  // A database that is not answering: the CLI names the server ('cannot reach the PostgreSQL server
  // postgres://...: connection refused'), `serve` never does ('cannot reach the database right now').
  E_STORE_UNREACHABLE: { exitCode: 1, template: 'cannot reach %s' },
  E_STORE_SCHEMA: { exitCode: 1, template: 'the store %s' },
  E_STORE_BUSY: { exitCode: 1, template: 'the store is busy: %s' },
  // The job queue (src/queue): `ingest --queue` and `worker` on a PostgreSQL server through pg-boss.
  E_QUEUE_UNREACHABLE: { exitCode: 1, template: "cannot reach the queue's PostgreSQL server %s" },
  E_QUEUE_FAILED: { exitCode: 1, template: 'the queue failed: %s' },
  E_JOB_PAYLOAD: { exitCode: 1, template: 'not an article job: %s' },
  E_JOB_TOO_LARGE: { exitCode: 1, template: 'too large for a queue job: %s' },
  E_NOT_FOUND: { exitCode: 1, template: '%s' },
  E_CURSOR_INVALID: { exitCode: 2, template: 'invalid cursor %s: pass back the nextCursor of a previous page unchanged' },
  // The HTTP server (src/server): what a client sent wrong. The CLI never raises these; their
  // statuses live in src/server/errors.ts.
  E_AUTH_MISSING: { exitCode: 2, template: 'this route needs an Authorization: Bearer <token> header%s' },
  E_AUTH_WRONG: { exitCode: 2, template: 'the bearer token is not the one this server was started with' },
  E_WRITES_DISABLED: { exitCode: 2, template: 'writes are off: start crosscheck serve with CROSSCHECK_TOKEN set (16 or more characters), then send Authorization: Bearer <token>' },
  E_REQUEST_INVALID: { exitCode: 2, template: 'invalid request: %s' },
  E_BODY_INVALID: { exitCode: 2, template: 'unreadable request body: %s' },
  E_BODY_TOO_LARGE: { exitCode: 2, template: 'the request body is larger than this server accepts (%s bytes; see --body-limit)' },
  E_MEDIA_TYPE: { exitCode: 2, template: 'unsupported Content-Type %s: send text/plain, text/html, application/json or application/x-ndjson' },
  E_ROUTE_NOT_FOUND: { exitCode: 2, template: 'no such route: %s (see /openapi.json)' },
  E_INTERNAL: { exitCode: 70, template: 'internal error, a bug in crosscheck (request %s; the server log has the details)' },
} as const satisfies Record<string, { readonly exitCode: number; readonly template: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** Where an error is: a file ('-' for stdin) and, for JSONL, a 1-based line; for a feed, a 1-based item. */
export interface Place {
  readonly file: string;
  readonly line?: number;
  readonly item?: number;
}

export function formatPlace(place: Place): string {
  const file = place.file === '-' ? '<stdin>' : place.file;
  if (place.item !== undefined) return `${file}#${place.item}`;
  return place.line === undefined ? file : `${file}:${place.line}`;
}

export class CrosscheckError extends Error {
  readonly code: ErrorCode;
  readonly exitCode: number;
  readonly place: Place | null;
  /** The message without the place, so validation can run before the caller knows file and line. */
  readonly detail: string;
  /** What filled the template, kept so the error can be placed later. */
  protected readonly arg: string;

  /** `arg` fills the code's template; `place` prefixes the message as FILE or FILE:LINE. */
  constructor(code: ErrorCode, arg: string, place: Place | null = null) {
    const detail = ERRORS[code].template.replace('%s', arg);
    super(place ? `${formatPlace(place)}: ${detail}` : detail);
    this.name = new.target.name;
    this.code = code;
    this.exitCode = ERRORS[code].exitCode;
    this.place = place;
    this.detail = detail;
    this.arg = arg;
  }
}

/** Bad input content: a file, stdin, or one JSONL record. */
export class InputError extends CrosscheckError {
  /** The same error placed at a file (and line). */
  at(place: Place): InputError {
    return new InputError(this.code, this.arg, place);
  }
}

/** The command line itself is wrong: unknown flag, missing argument. */
export class UsageError extends CrosscheckError {
  constructor(message: string) {
    super('E_USAGE', message);
  }
}
