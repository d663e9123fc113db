// Who a figure really comes from, so that two outlets repeating one agency count as one source:
// the innermost named source, else the relay, else the outlet itself.
import type { Claim } from '../types.js';

const LITTLE = new Set(['the', 'a', 'an', 'of', 's', 'from', 'and']);

export function normaliseName(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').split(' ')
    .filter((w) => w && !LITTLE.has(w)).join(' ');
}

export interface Origin { readonly key: string; readonly name: string }

export function originOf(claim: Claim, outlet: string | null): Origin {
  const named = claim.sources[0] ?? claim.via[0];
  if (named) return { key: normaliseName(named.name), name: named.name };
  const own = outlet ?? 'unknown outlet';
  return { key: `outlet:${normaliseName(own)}`, name: own };
}
