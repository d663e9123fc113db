// Checks a publication date: the reference every relative time is resolved against, so a date
// that does not exist (2025-02-30) must stop the run rather than shift "last month" silently.
import { InputError } from '../errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Returns the date unchanged when it is a real calendar day, else throws E_PUBLISHED_INVALID.
 * `name` is how the user wrote the field (`--published` or `"published"`), for the missing case.
 */
export function checkPublished(value: string | undefined | null, name: string): string {
  if (value === undefined || value === null || value.trim() === '') {
    throw new InputError('E_PUBLISHED_MISSING', name);
  }
  const m = ISO_DATE.exec(value);
  if (!m) throw new InputError('E_PUBLISHED_INVALID', `${JSON.stringify(value)}: expected YYYY-MM-DD`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) {
    throw new InputError('E_PUBLISHED_INVALID', `${JSON.stringify(value)}: there is no month ${m[2]}`);
  }
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    throw new InputError('E_PUBLISHED_INVALID', `${JSON.stringify(value)}: ${m[1]}-${m[2]} has ${days} days`);
  }
  return value;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; setUTCFullYear keeps years < 100 literal.
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}
