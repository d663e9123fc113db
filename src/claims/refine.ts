// Builds claims from mentions through refiners in one commented order.
import type { Doc } from '../nlp/doc.js';
import type { Context } from '../context.js';
import type { Claim, Mentions } from '../types.js';

export function refineClaims(_doc: Doc, _mentions: Mentions, _ctx: Context): Claim[] {
  return [];
}
