import { type Estimate, type Polarity, type ProportionCounts, proportionTrend, type Trend, trendPeriods, weightedTrend } from '@samsyn/indicators';
import type { CellValues } from './cell-values.ts';
import type { RowComputation } from './compile.ts';

/**
 * The recent trend of every cell: the five periods of its unit, sex and period type that end with it, tested with
 * Cochran–Armitage for a proportion and inverse-variance weighted least squares for a rate or a mean, significant at
 * 99.8 % (χ² > 9.5495). Worked out when the values are computed, so that a read never aggregates.
 *
 * Only published values take part: a period among the five that is suppressed or missing leaves the trend
 * "not enough data" (stored as null), so a trend never rests on numbers that are not shown. Rolling 12 months
 * overlap month to month, so their trend is taken over windows twelve months apart, which do not.
 */

/** What the test said, when there were five published periods. */
export type TrendDirection = Exclude<Trend, 'not_enough_data'>;

/** The stored trend: what the test said, and its statistic; both null without five published periods. */
export interface StoredTrend {
  trend: TrendDirection | null;
  trendChiSquare: number | null;
}

/** Sets the trend of every cell. */
export function setTrends(values: CellValues, kind: RowComputation['kind'], polarity: Polarity): void {
  const { grid, present } = values.sums;
  const recentSlots = grid.slots.map((_, slot) => grid.recentSlots(slot, trendPeriods));
  const recent: number[] = [];
  for (let position = 0; position < grid.size; position++) {
    if (!present[position]) continue;
    const [unit, sex] = [grid.unitOf(position), grid.sexOf(position)];
    // Without five published periods there is no trend, and nothing to hand to the test. (Loops, not closures
    // per cell: this runs for every cell, and tsx names every closure it makes.)
    recent.length = 0;
    for (const slot of recentSlots[grid.slotOf(position)]!) {
      const p = slot === -1 ? -1 : grid.position(unit, sex, slot);
      if (p === -1 || !values.published(p)) break;
      recent.push(p);
    }
    if (recent.length < trendPeriods) continue;
    const result = kind === 'proportion' ? proportionTrend(countsOf(values, recent), polarity) : weightedTrend(estimatesOf(values, recent), polarity);
    values.setTrend(position, result.trend === 'not_enough_data' ? null : result.trend, result.chiSquare);
  }
}

function countsOf({ sums }: CellValues, positions: readonly number[]): ProportionCounts[] {
  const counts: ProportionCounts[] = [];
  for (const p of positions) counts.push({ numerator: sums.numerator[p]!, denominator: sums.denominator[p]! });
  return counts;
}

function estimatesOf(values: CellValues, positions: readonly number[]): Pick<Estimate, 'value' | 'standardError'>[] {
  const estimates: Pick<Estimate, 'value' | 'standardError'>[] = [];
  for (const p of positions) estimates.push({ value: values.value[p]!, standardError: values.standardError[p]! });
  return estimates;
}
