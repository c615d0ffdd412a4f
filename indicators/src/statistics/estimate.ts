/**
 * The shared result of every interval function. Values are snake_case, like the definition enums, so that they can be
 * stored and exposed as GraphQL enum values unchanged.
 */

/** The two levels the indicator portals publish: 95 % for display, 99.8 % (≈ 3 standard errors) for flagging. */
export const confidenceLevels = [0.95, 0.998] as const;
export type ConfidenceLevel = (typeof confidenceLevels)[number];

export type IntervalMethod = 'wilson' | 'byar' | 'exact_poisson' | 't';

/**
 * Why a value or an interval is absent. A number is never invented for these cases and NaN never leaves the module:
 * - `denominator_zero`: a proportion or rate of nothing;
 * - `no_observations`: a mean of no observations;
 * - `single_observation`: a mean of one observation has a value but no spread, hence no interval.
 */
export type MissingReason = 'denominator_zero' | 'no_observations' | 'single_observation';

/**
 * A point estimate with its two-sided confidence interval, in the scale of the value (a proportion in 0–1, a rate per
 * `perUnit`, a mean in the unit of the observations). `standardError` is in the same scale and feeds the inverse-variance
 * weighted trend. Whenever one of the numbers is null, `missingReason` says why.
 */
export interface Estimate {
  value: number | null;
  lower: number | null;
  upper: number | null;
  standardError: number | null;
  level: ConfidenceLevel;
  method: IntervalMethod;
  missingReason?: MissingReason;
}

export function missingEstimate(method: IntervalMethod, level: ConfidenceLevel, missingReason: MissingReason): Estimate {
  return { value: null, lower: null, upper: null, standardError: null, level, method, missingReason };
}

/**
 * Builds a complete estimate. The limits are kept on their sides of the value, so that lower ≤ value ≤ upper holds
 * whatever the rounding; a non-finite number here is a bug upstream and is thrown, never returned.
 */
export function completeEstimate(
  method: IntervalMethod,
  level: ConfidenceLevel,
  numbers: { value: number; lower: number; upper: number; standardError: number },
): Estimate {
  const { value, lower, upper, standardError } = numbers;
  // Each by name, and Object.entries only to name the culprit: this runs twice for every cell of every recompute.
  if (!(Number.isFinite(value) && Number.isFinite(lower) && Number.isFinite(upper) && Number.isFinite(standardError))) {
    const [name, n] = Object.entries(numbers).find(([, x]) => !Number.isFinite(x))!;
    throw new RangeError(`${method}: ${name} is not finite (${n})`);
  }
  return {
    value,
    lower: Math.min(lower, value),
    upper: Math.max(upper, value),
    standardError,
    level,
    method,
  };
}

/** Counts come from SQL aggregates; a negative or non-finite one is a bug in the query, not a statistical edge case. */
export function assertNonNegative(name: string, x: number): void {
  if (!Number.isFinite(x) || x < 0) throw new RangeError(`${name} must be a finite number ≥ 0, got ${x}`);
}
