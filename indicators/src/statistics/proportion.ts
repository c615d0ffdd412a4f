import { twoSidedZ } from './distributions.ts';
import {
  assertNonNegative,
  completeEstimate,
  type ConfidenceLevel,
  type Estimate,
  missingEstimate,
} from './estimate.ts';

export interface ProportionCounts {
  /** Units with the property, e.g. contacts assessed within 3 days. */
  numerator: number;
  /** All units counted, e.g. all contacts with an assessment. */
  denominator: number;
}

/**
 * A proportion (0–1) with the Wilson score interval (Wilson 1927; method 3 of Newcombe 1998), which keeps its coverage
 * near the nominal level for small denominators and proportions near 0 or 1, where the Wald interval fails, and never
 * leaves [0, 1]:
 *   (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²)).
 * The standard error is the binomial √(p(1 − p)/n).
 */
export function proportionEstimate({ numerator: x, denominator: n }: ProportionCounts, level: ConfidenceLevel): Estimate {
  assertNonNegative('numerator', x);
  assertNonNegative('denominator', n);
  if (x > n) throw new RangeError(`numerator (${x}) exceeds denominator (${n})`);
  if (n === 0) return missingEstimate('wilson', level, 'denominator_zero');

  const z = twoSidedZ(level);
  const p = x / n;
  const centre = 2 * x + z * z;
  const halfWidth = z * Math.sqrt(z * z + 4 * x * (1 - p));
  const scale = 2 * (n + z * z);
  return completeEstimate('wilson', level, {
    value: p,
    // At x = 0 and x = n the formula is exactly 0 and 1; say so rather than trust rounding.
    lower: x === 0 ? 0 : (centre - halfWidth) / scale,
    upper: x === n ? 1 : (centre + halfWidth) / scale,
    standardError: Math.sqrt((p * (1 - p)) / n),
  });
}
