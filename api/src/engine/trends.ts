import { type Polarity, proportionTrend, type Trend, trendPeriods, weightedTrend } from '@samsyn/indicators';
import type { RowComputation } from './compile.ts';
import type { EvaluatedNumbers } from './evaluate.ts';
import { monthIndex, type PeriodType, type Sex } from './rollup.ts';

/**
 * The recent trend of every cell: the five periods of its unit, sex and period type that end with it, tested with
 * Cochran–Armitage for a proportion and inverse-variance weighted least squares for a rate or a mean, significant at
 * 99.8 % (χ² > 9.5495). Worked out when the values are computed, so that a read never aggregates.
 *
 * Only published values take part: a period among the five that is suppressed or missing leaves the trend
 * "not enough data" (stored as null), so a trend never rests on numbers that are not shown. Rolling 12 months
 * overlap month to month, so their trend is taken over windows twelve months apart, which do not.
 */

/** The stored trend: what the test said, and its statistic; both null without five published periods. */
export interface StoredTrend {
  trend: Exclude<Trend, 'not_enough_data'> | null;
  trendChiSquare: number | null;
}

export interface TrendCell extends EvaluatedNumbers {
  orgUnit: string;
  periodType: PeriodType;
  period: string;
  sex: Sex;
}

/** Sets `trend` and `trendChiSquare` on every cell, in place. */
export function addTrends<T extends TrendCell>(cells: (T & Partial<StoredTrend>)[], kind: RowComputation['kind'], polarity: Polarity): (T & StoredTrend)[] {
  const series = new Map<string, Map<number, T>>();
  for (const cell of cells) {
    const key = `${cell.orgUnit}|${cell.sex}|${cell.periodType}`;
    let points = series.get(key);
    if (!points) series.set(key, (points = new Map()));
    points.set(ordinal(cell.periodType, cell.period), cell);
  }
  for (const cell of cells) {
    const points = series.get(`${cell.orgUnit}|${cell.sex}|${cell.periodType}`)!;
    const end = ordinal(cell.periodType, cell.period);
    const step = cell.periodType === 'rolling_12' ? 12 : 1;
    const recent = Array.from({ length: trendPeriods }, (_, i) => published(points.get(end - (trendPeriods - 1 - i) * step)));
    const result =
      kind === 'proportion'
        ? proportionTrend(
            recent.map((p) => (p ? { numerator: p.numerator!, denominator: p.denominator! } : null)),
            polarity,
          )
        : weightedTrend(
            recent.map((p) => (p ? { value: p.value, standardError: p.standardError } : null)),
            polarity,
          );
    cell.trend = result.trend === 'not_enough_data' ? null : result.trend;
    cell.trendChiSquare = result.chiSquare;
  }
  return cells as (T & StoredTrend)[];
}

function published<T extends TrendCell>(cell: T | undefined): T | null {
  return cell && cell.value !== null && cell.numerator !== null && cell.denominator !== null ? cell : null;
}

/** A period's position in its period type's sequence: consecutive periods are one apart. */
function ordinal(periodType: PeriodType, period: string): number {
  switch (periodType) {
    case 'month':
    case 'rolling_12':
      return monthIndex(period);
    case 'quarter': {
      const [year, quarter] = period.split('-Q').map(Number) as [number, number];
      return year * 4 + quarter - 1;
    }
    case 'year':
      return Number(period);
  }
}
