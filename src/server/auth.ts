// Who may call what: writes always need the bearer token, reads only when the server is private.
// With no token configured writes are refused outright, so a server started without thinking
// about it can be read but never written to.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { CrosscheckError } from '../errors.js';

export interface AuthOptions {
  /** CROSSCHECK_TOKEN; null: no writes at all. */
  readonly token: string | null;
  /** Reads need the token too. */
  readonly private: boolean;
}

// Compared as digests: equal lengths for timingSafeEqual, and no early exit on the first
// differing character that would let a caller find the token a byte at a time.
const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return m?.[1] ?? null;
}

/** Throws the coded error for a request that may not pass; `write` says which rule applies. */
export function checkAuth(request: FastifyRequest, options: AuthOptions, write: boolean): void {
  if (!write && !options.private) return;
  if (options.token === null) {
    // A private server with no token cannot be read either: refuse in the same words.
    throw new CrosscheckError('E_WRITES_DISABLED', '');
  }
  const given = bearer(request);
  if (given === null) {
    const hint = request.headers.authorization === undefined ? '' : ' (the header is there but is not "Bearer <token>")';
    throw new CrosscheckError('E_AUTH_MISSING', hint);
  }
  if (!timingSafeEqual(digest(given), digest(options.token))) throw new CrosscheckError('E_AUTH_WRONG', '');
}
