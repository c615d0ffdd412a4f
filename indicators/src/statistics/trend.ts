import type { Polarity } from '../definition.ts';
import { judgeDirection } from './compare.ts';
import { chiSquareQuantile } from './distributions.ts';
import { assertNonNegative, type ConfidenceLevel, type Estimate } from './estimate.ts';
import type { ProportionCounts } from './proportion.ts';

/** The recent trend is judged on the last five periods, as in Fingertips: long enough to see, short enough to be recent. */
export const trendPeriods = 5;

/** `increasing` / `decreasing` are the significant directions of an indicator without a polarity. */
export type Trend = 'improving' | 'worsening' | 'increasing' | 'decreasing' | 'no_significant_change' | 'not_enough_data';

export interface TrendResult {
  trend: Trend;
  /** The test statistic, chi-square with one degree of freedom; null when there was not enough data. */
  chiSquare: number | null;
  /** Weighted least-squares change of the value per period (per period of the series, in the value's scale). */
  slope: number | null;
}

const notEnoughData: TrendResult = { trend: 'not_enough_data', chiSquare: null, slope: null };

/**
 * The last five periods, or null when the series is shorter or one of them is missing: a gap would make the
 * period scores unequally spaced and the trend no longer "recent". The series is one entry per period, oldest first,
 * with null for a period without data.
 */
function lastPeriods<T>(series: ReadonlyArray<T | null>): T[] | null {
  const recent = series.slice(-trendPeriods);
  if (recent.length < trendPeriods || recent.some((point) => point === null)) return null;
  return recent as T[];
}

/** Significant at `level` when χ² (1 df) exceeds its quantile: 9.5495 at 99.8 %, 3.8415 at 95 %. */
function assessTrend(chiSquare: number, slope: number, polarity: Polarity, level: ConfidenceLevel): TrendResult {
  if (!(chiSquare > chiSquareQuantile(level, 1))) return { trend: 'no_significant_change', chiSquare, slope };
  const judgement = judgeDirection(slope > 0 ? 'higher' : 'lower', polarity);
  const trend = ({ better: 'improving', worse: 'worsening', higher: 'increasing', lower: 'decreasing' } as const)[judgement];
  return { trend, chiSquare, slope };
}

/**
 * Chi-square test for trend in proportions (Cochran 1954, Armitage 1955; in the form given by Altman 1991), with
 * period scores t = 1…5, N = Σnᵢ, R = Σxᵢ, p = R/N and t̄ = Σnᵢtᵢ/N:
 *   T = Σxᵢtᵢ − R·t̄,  χ² = T² / (p(1 − p)·Σnᵢ(tᵢ − t̄)²),
 * and slope T / Σnᵢ(tᵢ − t̄)², the change in the proportion per period. When p is 0 or 1 there is no variation,
 * T = 0 and so χ² = 0.
 */
export function proportionTrend(
  series: ReadonlyArray<ProportionCounts | null>,
  polarity: Polarity,
  level: ConfidenceLevel = 0.998,
): TrendResult {
  const recent = lastPeriods(series);
  if (recent === null) return notEnoughData;
  for (const { numerator, denominator } of recent) {
    assertNonNegative('numerator', numerator);
    assertNonNegative('denominator', denominator);
    if (numerator > denominator) throw new RangeError(`numerator (${numerator}) exceeds denominator (${denominator})`);
  }
  if (recent.some(({ denominator }) => denominator === 0)) return notEnoughData;

  const scores = recent.map((_, i) => i + 1);
  const total = sum(recent.map(({ denominator }) => denominator));
  const events = sum(recent.map(({ numerator }) => numerator));
  const meanScore = sum(recent.map(({ denominator }, i) => denominator * scores[i]!)) / total;
  const statistic = sum(recent.map(({ numerator }, i) => numerator * scores[i]!)) - events * meanScore;
  const scoreSpread = sum(recent.map(({ denominator }, i) => denominator * (scores[i]! - meanScore) ** 2));
  const pooled = events / total;
  const variance = pooled * (1 - pooled) * scoreSpread;
  const chiSquare = variance === 0 ? 0 : statistic ** 2 / variance;
  return assessTrend(chiSquare, statistic / scoreSpread, polarity, level);
}

/**
 * Trend for rates, means and other values with a standard error: weighted least squares of the value on the period
 * scores t = 1…5 with weights wᵢ = 1/seᵢ² (inverse variance), and the slope's Wald test
 *   b = Σwᵢ(tᵢ − t̄)(yᵢ − ȳ) / Σwᵢ(tᵢ − t̄)²,  var(b) = 1 / Σwᵢ(tᵢ − t̄)²,  χ² = b² / var(b),
 * with t̄ and ȳ weighted means. A period without a value or with a zero standard error (a zero count, all
 * observations equal) cannot be weighted, so the trend is not assessed.
 */
export function weightedTrend(
  series: ReadonlyArray<Pick<Estimate, 'value' | 'standardError'> | null>,
  polarity: Polarity,
  level: ConfidenceLevel = 0.998,
): TrendResult {
  const recent = lastPeriods(series);
  if (recent === null) return notEnoughData;
  const points: { value: number; weight: number }[] = [];
  for (const { value, standardError } of recent) {
    if (value === null || standardError === null || !(standardError > 0 && Number.isFinite(standardError))) {
      return notEnoughData;
    }
    points.push({ value, weight: 1 / standardError ** 2 });
  }

  const scores = points.map((_, i) => i + 1);
  const totalWeight = sum(points.map(({ weight }) => weight));
  const meanScore = sum(points.map(({ weight }, i) => weight * scores[i]!)) / totalWeight;
  const meanValue = sum(points.map(({ weight, value }) => weight * value)) / totalWeight;
  const scoreSpread = sum(points.map(({ weight }, i) => weight * (scores[i]! - meanScore) ** 2));
  const covariance = sum(points.map(({ weight, value }, i) => weight * (scores[i]! - meanScore) * (value - meanValue)));
  const slope = covariance / scoreSpread;
  return assessTrend(slope ** 2 * scoreSpread, slope, polarity, level);
}

function sum(values: number[]): number {
  return values.reduce((total, x) => total + x, 0);
}
