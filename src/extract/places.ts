// Places: countries, demonyms and first-level regions from country-state-city.
import type { Doc } from '../nlp/doc.js';
import type { Context } from '../context.js';
import type { PlaceMention } from '../types.js';

export function extractPlaces(_doc: Doc, _ctx: Context): PlaceMention[] {
  return [];
}
