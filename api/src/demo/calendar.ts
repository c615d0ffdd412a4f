import type { Random } from './random.ts';

/**
 * Dates in the demo are whole days counted from 1970-01-01 (UTC): cheap to add to and compare,
 * and free of time zones and daylight saving, which calendar dates in the files do not have.
 */
export type Day = number;

export interface DemoMonth {
  year: number;
  /** 1–12. */
  month: number;
  /** YYYY-MM, as import batches name periods. */
  key: string;
  firstDay: Day;
  lastDay: Day;
  /** Years since the first month of the demo (0 for the first), for trends. */
  yearsIn: number;
}

const msPerDay = 86_400_000;

function dayOf(year: number, month: number, day: number): Day {
  return Date.UTC(year, month - 1, day) / msPerDay;
}

export function formatDay(day: Day): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD HH:MM', the import's timestamp format. */
export function formatMoment(day: Day, minutes: number): string {
  return new Date(day * msPerDay + minutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The `count` months that end with the last complete month before `today`: a file for the month
 * still running would look like a sudden drop. The calendar is UTC, which differs from Swedish time
 * only in the first hour or two of a month.
 */
export function demoMonths(today: Date, count: number): DemoMonth[] {
  const lastComplete = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1);
  return Array.from({ length: count }, (_, index) => {
    const start = new Date(lastComplete);
    start.setUTCMonth(start.getUTCMonth() - (count - 1 - index));
    const year = start.getUTCFullYear();
    const month = start.getUTCMonth() + 1;
    return {
      year,
      month,
      key: `${year}-${String(month).padStart(2, '0')}`,
      firstDay: dayOf(year, month, 1),
      lastDay: dayOf(year, month + 1, 0),
      yearsIn: index / 12,
    };
  });
}

/** The years the months touch, in order. */
export function yearsOf(months: readonly DemoMonth[]): number[] {
  return [...new Set(months.map((m) => m.year))];
}

/** Saturday or Sunday. 1970-01-01 was a Thursday. */
function isWeekend(day: Day): boolean {
  const weekday = (day + 4) % 7; // 0 = Sunday
  return weekday === 0 || weekday === 6;
}

/** A day of the month; a weekend day is chosen `weekendWeight` times as often as a weekday. */
export function randomDay(random: Random, month: DemoMonth, weekendWeight = 1): Day {
  for (;;) {
    const day = random.int(month.firstDay, month.lastDay);
    if (!isWeekend(day) || random.chance(weekendWeight)) return day;
  }
}
