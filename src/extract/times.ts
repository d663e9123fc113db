// Times: chrono-node with the publication date as reference, the past preferred.
import type { Doc } from '../nlp/doc.js';
import type { Context } from '../context.js';
import type { TimeMention } from '../types.js';

export function extractTimes(_doc: Doc, _ctx: Context): TimeMention[] {
  return [];
}
