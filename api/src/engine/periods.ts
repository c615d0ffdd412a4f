/** The period types values are computed for, and the arithmetic of month labels (YYYY-MM) as month indices. */

export const periodTypes = ['month', 'quarter', 'year', 'rolling_12'] as const;
export type PeriodType = (typeof periodTypes)[number];
export type Sex = 'K' | 'M' | 'T';

export function monthIndex(month: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new RangeError(`month must be YYYY-MM, got ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

export function monthLabel(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months (as indices) a period covers. */
export function monthsOf(periodType: PeriodType, period: string): number[] {
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  switch (periodType) {
    case 'month':
      return [monthIndex(period)];
    case 'quarter': {
      const [year, quarter] = period.split('-Q').map(Number) as [number, number];
      return range(year * 12 + (quarter - 1) * 3, 3);
    }
    case 'year':
      return range(Number(period) * 12, 12);
    case 'rolling_12':
      return range(monthIndex(period) - 11, 12);
  }
}
