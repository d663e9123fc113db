// The bounds a qualifier gives a value: a lower bound ("over 6,000") leaves the top open.
import type { Qualifier } from '../../types.js';

export function boundsFor(low: number, high: number, qualifier: Qualifier): { low: number; high: number | null; qualifier: Qualifier } {
  const open = qualifier === 'more_than' || qualifier === 'at_least';
  return { low, high: open ? null : high, qualifier };
}
