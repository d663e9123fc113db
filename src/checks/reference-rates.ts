// The embedded table of reference exchange rates (data/fx/usd-reference-rates.json): units of a
// currency per US dollar for a month, or for the year where no monthly figure is kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../lexicon/load.js';

interface RatesFile {
  source: string;
  monthly: Record<string, Record<string, number>>;
  annual: Record<string, Record<string, number>>;
}

let table: RatesFile | null = null;
const rates = (): RatesFile => (table ??= JSON.parse(readFileSync(join(packageRoot, 'data', 'fx', 'usd-reference-rates.json'), 'utf8')) as RatesFile);

export interface Rate { readonly perUsd: number; readonly period: string; readonly resolution: 'month' | 'year' }

/** The rate for the month of `date` (YYYY-MM-DD), else its year, else the latest year kept. */
export function rateFor(currency: string, date: string): Rate | null {
  const month = date.slice(0, 7), year = date.slice(0, 4);
  const m = rates().monthly[currency]?.[month];
  if (m !== undefined) return { perUsd: m, period: month, resolution: 'month' };
  const annual = rates().annual[currency];
  if (!annual) return null;
  const y = annual[year];
  if (y !== undefined) return { perUsd: y, period: year, resolution: 'year' };
  const latest = Object.keys(annual).sort().at(-1);
  return latest ? { perUsd: annual[latest]!, period: latest, resolution: 'year' } : null;
}

/** The period whose rate is closest to `perUsd`: months where the table keeps them, else years. */
export function closestPeriod(currency: string, perUsd: number): Rate | null {
  const monthly = rates().monthly[currency];
  const pool: [string, number, 'month' | 'year'][] = monthly
    ? Object.entries(monthly).map(([p, r]) => [p, r, 'month'])
    : Object.entries(rates().annual[currency] ?? {}).map(([p, r]) => [p, r, 'year']);
  let best: Rate | null = null;
  for (const [period, r, resolution] of pool) {
    if (!best || Math.abs(r - perUsd) < Math.abs(best.perUsd - perUsd)) best = { perUsd: r, period, resolution };
  }
  return best;
}

export const ratesSource = () => rates().source;
