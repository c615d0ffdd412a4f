/**
 * Inverse distribution functions. They come from stdlib (@stdlib/stats-base-dists-*-quantile): maintained, tested
 * against reference implementations, and with a proper inverse regularised incomplete gamma and beta function, which
 * the exact Poisson limits for small counts and Student's t for small samples need (approximations such as
 * Wilson–Hilferty are off in the third digit there). These wrappers only refuse arguments for which stdlib would
 * return NaN, so that NaN cannot leak into an estimate.
 */
import chiSquareQuantileOf from '@stdlib/stats-base-dists-chisquare-quantile';
import normalQuantileOf from '@stdlib/stats-base-dists-normal-quantile';
import studentTQuantileOf from '@stdlib/stats-base-dists-t-quantile';
import type { ConfidenceLevel } from './estimate.ts';

/**
 * The engine asks for the same few quantiles (two levels; df from the counts) hundreds of thousands of times in a
 * recompute, and each costs stdlib an iterative inversion: the answers are kept, per function, by their arguments.
 */
function remembered<A extends number[]>(compute: (...args: A) => number): (...args: A) => number {
  const known = new Map<string, number>();
  return (...args) => {
    const key = args.join(' ');
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = compute(...args)));
    return value;
  };
}

const normalQuantileAt = remembered((p: number) => normalQuantileOf(p, 0, 1));
const chiSquareQuantileAt = remembered((p: number, df: number) => chiSquareQuantileOf(p, df));
const studentTQuantileAt = remembered((p: number, df: number) => studentTQuantileOf(p, df));

function assertOpenProbability(p: number): void {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability must lie strictly between 0 and 1, got ${p}`);
}

function assertDegreesOfFreedom(df: number): void {
  if (!(Number.isFinite(df) && df > 0)) throw new RangeError(`degrees of freedom must be finite and > 0, got ${df}`);
}

/** Standard normal quantile: P(Z ≤ z) = p. */
export function normalQuantile(p: number): number {
  assertOpenProbability(p);
  return normalQuantileAt(p);
}

/**
 * Chi-square quantile with `df` degrees of freedom (any real df > 0): P(χ² ≤ q) = p. Checked to full double precision
 * up to df = 1 800; above about 1 900 stdlib 0.2.3 is off by up to 1.6·10⁻⁴ (relative) in the upper tail. The engine
 * needs df ≤ 20 (exact Poisson limits for counts below 10) and df = 1 (trend), so nothing here comes near that.
 */
export function chiSquareQuantile(p: number, df: number): number {
  assertOpenProbability(p);
  assertDegreesOfFreedom(df);
  return chiSquareQuantileAt(p, df);
}

/** Student's t quantile with `df` degrees of freedom: P(T ≤ t) = p. */
export function studentTQuantile(p: number, df: number): number {
  assertOpenProbability(p);
  assertDegreesOfFreedom(df);
  return studentTQuantileAt(p, df);
}

/** The tail probability on each side of a two-sided interval: α/2 = (1 − level)/2. */
export function tailProbability(level: ConfidenceLevel): number {
  return (1 - level) / 2;
}

/** z such that a two-sided normal interval ±z has the given coverage: 1.959964 at 95 %, 3.090232 at 99.8 %. */
export function twoSidedZ(level: ConfidenceLevel): number {
  return normalQuantile(1 - tailProbability(level));
}
