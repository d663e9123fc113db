// Finds the claims document and the article text in what the article routes return. The claims
// document (crosscheck.claims/v1) carries no text, so the server adds it beside or inside the
// document; accept the plausible places rather than fail on one of them (web/API-NEEDS.md).
import { ApiError, isRecord } from './api-error.js';
import type { ArticleWithText, ClaimsDoc } from './types.js';

const isDoc = (x: unknown): x is ClaimsDoc => isRecord(x) && Array.isArray(x['claims']) && isRecord(x['article']);
const textIn = (x: unknown): string | null => (isRecord(x) && typeof x['text'] === 'string' ? x['text'] : null);

export function toArticleWithText(body: unknown, sentText: string | null): ArticleWithText {
  if (!isRecord(body)) throw new ApiError(0, 'BAD_RESPONSE', 'the server sent no article');
  const doc = isDoc(body) ? body : isDoc(body['doc']) ? body['doc'] : isDoc(body['document']) ? body['document'] : null;
  if (!doc) throw new ApiError(0, 'BAD_RESPONSE', 'the server sent no claims document');
  const text = textIn(body) ?? textIn(body['article']) ?? textIn(doc.article) ?? sentText;
  if (text === null) throw new ApiError(0, 'NO_TEXT', 'the server sent the claims but not the article text');
  return { text, doc };
}
