// Whole-day arithmetic on civil dates, kept in UTC so the host's time zone never shifts a day.
// A day is its number since 1970-01-01; months and years are computed from {year, month}.

export interface CivilDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

export interface DayRange {
  readonly start: CivilDate;
  readonly end: CivilDate;
}

const MS_PER_DAY = 86_400_000;

export function toDayNumber(d: CivilDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): CivilDate {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function parseIso(iso: string): CivilDate {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? 1970, month: m ?? 1, day: d ?? 1 };
}

export function toIso(d: CivilDate): string {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export function addDays(d: CivilDate, days: number): CivilDate {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Calendar month arithmetic; the day is clamped to the target month's length (31 Mar − 1 month = 28/29 Feb). */
export function addMonths(d: CivilDate, months: number): CivilDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Sunday … 6 = Saturday, as in Date#getDay and chrono's Weekday. */
export function weekdayOf(d: CivilDate): number {
  return new Date(toDayNumber(d) * MS_PER_DAY).getUTCDay();
}

export function compare(a: CivilDate, b: CivilDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** The ISO week (Monday..Sunday) holding a day. */
export function weekOf(d: CivilDate): DayRange {
  const back = (weekdayOf(d) + 6) % 7;
  const start = addDays(d, -back);
  return { start, end: addDays(start, 6) };
}

export function monthOf(year: number, month: number): DayRange {
  return { start: { year, month, day: 1 }, end: { year, month, day: daysInMonth(year, month) } };
}

export function yearOf(year: number): DayRange {
  return { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } };
}

export function quarterOf(year: number, quarter: number): DayRange {
  const first = (quarter - 1) * 3 + 1;
  return { start: { year, month: first, day: 1 }, end: monthOf(year, first + 2).end };
}
