import { studentTQuantile, tailProbability } from './distributions.ts';
import {
  assertNonNegative,
  completeEstimate,
  type ConfidenceLevel,
  type Estimate,
  missingEstimate,
} from './estimate.ts';

/**
 * What SQL aggregates give for a mean: `count(x)`, `sum(x)`, `sum(x * x)`. Unlike avg and stddev these three add up
 * across units, so a mean for a municipality group or the county is computed from the stored sums of its parts, never
 * by averaging means.
 */
export interface ObservationSums {
  n: number;
  sum: number;
  sumOfSquares: number;
}

/**
 * Relative slack for Σx² − (Σx)²/n, which rounding can push just below zero. The subtraction loses the digits that the
 * mean has in common with every observation: harmless for days or minutes, but a mean near 10⁸ with a spread of 0.1
 * would need its observations centred in SQL first.
 */
const cancellationTolerance = 1e-9;

/**
 * A mean with Student's t interval, mean ± t(1 − α/2; n − 1)·s/√n, where s² = (Σx² − (Σx)²/n)/(n − 1).
 * n = 0 has no value; n = 1 has a value but no spread and so no interval; s = 0 (all observations equal) gives an
 * interval of zero width, which is what the data say.
 */
export function meanEstimate({ n, sum, sumOfSquares }: ObservationSums, level: ConfidenceLevel): Estimate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  if (!Number.isFinite(sum)) throw new RangeError(`sum must be finite, got ${sum}`);
  assertNonNegative('sumOfSquares', sumOfSquares);
  if (n === 0) return missingEstimate('t', level, 'no_observations');

  const mean = sum / n;
  if (n === 1) return { ...missingEstimate('t', level, 'single_observation'), value: mean };
  const sumOfSquaredDeviations = sumOfSquares - sum * mean;
  if (sumOfSquaredDeviations < -cancellationTolerance * sumOfSquares) {
    throw new RangeError(`sumOfSquares (${sumOfSquares}) is smaller than sum²/n (${sum * mean}): not sums of one sample`);
  }
  const standardDeviation = Math.sqrt(Math.max(0, sumOfSquaredDeviations) / (n - 1));
  const standardError = standardDeviation / Math.sqrt(n);
  const halfWidth = studentTQuantile(1 - tailProbability(level), n - 1) * standardError;
  return completeEstimate('t', level, { value: mean, lower: mean - halfWidth, upper: mean + halfWidth, standardError });
}
