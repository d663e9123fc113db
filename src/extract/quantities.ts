// Quantities: numbers in digits and words, with their hedge, range and unit.
import type { Doc } from '../nlp/doc.js';
import type { Context } from '../context.js';
import type { QuantityMention } from '../types.js';

export function extractQuantities(_doc: Doc, _ctx: Context): QuantityMention[] {
  return [];
}
