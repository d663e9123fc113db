// Attributions: who says what, through which cue.
import type { Doc } from '../nlp/doc.js';
import type { Context } from '../context.js';
import type { AttributionMention } from '../types.js';

export function extractAttributions(_doc: Doc, _ctx: Context): AttributionMention[] {
  return [];
}
