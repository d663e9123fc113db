// The in-article checks, run on an article's finished claims: conversions, then shares.
import type { Claim } from '../types.js';
import type { Check } from './check.js';
import { conversionChecks } from './conversion.js';
import { shareChecks } from './share.js';

export function runChecks(claims: readonly Claim[], text: string, published: string): Check[] {
  return [...conversionChecks(claims, text, published), ...shareChecks(claims)];
}
