// The opaque page cursor of queryClaims: the (published, id) of the last claim on the page,
// base64url-encoded JSON so that callers pass it back and never build one.
import { CrosscheckError } from '../errors.js';

export interface CursorKey {
  readonly published: string;
  readonly id: number;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.published, key.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && Number.isSafeInteger(value[1])) {
      return { published: value[0], id: value[1] as number };
    }
  } catch {
    // Falls through to the coded error: a cursor is either ours or wrong.
  }
  throw new CrosscheckError('E_CURSOR_INVALID', JSON.stringify(cursor));
}
