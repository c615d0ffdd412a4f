import { type Polarity, proportionTrend, type Trend, trendPeriods, weightedTrend } from '@samsyn/indicators';
import type { CellIndex } from './cell-index.ts';
import type { RowComputation } from './compile.ts';
import type { EvaluatedNumbers } from './evaluate.ts';

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

/** The trend of every cell, in the cells' order. */
export function trendsOf(cells: readonly EvaluatedNumbers[], index: CellIndex, kind: RowComputation['kind'], polarity: Polarity): StoredTrend[] {
  const recentSlots = Array.from({ length: index.slotCount }, (_, slot) => index.recentSlots(slot, trendPeriods));
  return cells.map((_, i) => {
    const [unit, sex] = [index.unitOf[i]!, index.sexOf[i]!];
    const recent = recentSlots[index.slotOf[i]!]!.map((slot) => published(cells[index.at(unit, sex, slot)]));
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
    return { trend: result.trend === 'not_enough_data' ? null : result.trend, trendChiSquare: result.chiSquare };
  });
}

function published(cell: EvaluatedNumbers | undefined): EvaluatedNumbers | null {
  return cell && cell.value !== null && cell.numerator !== null && cell.denominator !== null ? cell : null;
}
