import { describe, expect, it } from 'vitest';
import { confidenceLevels } from './estimate.ts';
import { meanEstimate, type ObservationSums } from './mean.ts';
import { expectSignificant } from './test-support.ts';

function sumsOf(observations: number[]): ObservationSums {
  return {
    n: observations.length,
    sum: observations.reduce((total, x) => total + x, 0),
    sumOfSquares: observations.reduce((total, x) => total + x * x, 0),
  };
}

// Student's (1908) sleep data, Cushny & Peebles: extra hours of sleep, drug 2 minus drug 1, for ten patients. The
// paired t test on these is the textbook example (R: t.test(extra ~ group, data = sleep, paired = TRUE)):
// mean difference 1.58, t = 4.0621 on 9 df, 95 % interval 0.7001142–2.4598858.
const sleepDifferences = [1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4];

describe("meanEstimate: Student's t interval", () => {
  it("reproduces the published interval for Student's sleep data", () => {
    const estimate = meanEstimate(sumsOf(sleepDifferences), 0.95);
    expect(estimate).toMatchObject({ method: 't', level: 0.95 });
    expectSignificant(estimate.value, 1.58, 7);
    expectSignificant(estimate.lower, 0.7001142, 7);
    expectSignificant(estimate.upper, 2.4598858, 8);
    expectSignificant(estimate.value! / estimate.standardError!, 4.0621, 5);
  });

  it('at 99.8 %, by hand', () => {
    // n = 10, Σx = 15.8, Σx² = 38.58: s² = (38.58 − 15.8²/10)/9 = 13.616/9 = 1.512889, s = 1.229995,
    // se = s/√10 = 0.388959; t(0.999; 9) = 4.296806; half width 1.671280 → −0.091280, 3.251280.
    const estimate = meanEstimate({ n: 10, sum: 15.8, sumOfSquares: 38.58 }, 0.998);
    expectSignificant(estimate.standardError, 0.388959, 6);
    expectSignificant(estimate.lower, -0.09128, 5);
    expectSignificant(estimate.upper, 3.25128, 6);
  });

  it('1, 2, 3, 4, 5 at 95 %, by hand', () => {
    // mean 3, s² = (55 − 45)/4 = 2.5, se = √(2.5/5) = 0.707107, t(0.975; 4) = 2.776445 → 3 ∓ 1.963243.
    const estimate = meanEstimate(sumsOf([1, 2, 3, 4, 5]), 0.95);
    expectSignificant(estimate.lower, 1.036757, 7);
    expectSignificant(estimate.upper, 4.963243, 7);
  });
});

describe('meanEstimate: edge cases', () => {
  it('no observations: no value, with the reason', () => {
    expect(meanEstimate({ n: 0, sum: 0, sumOfSquares: 0 }, 0.95)).toEqual({
      value: null,
      lower: null,
      upper: null,
      standardError: null,
      level: 0.95,
      method: 't',
      missingReason: 'no_observations',
    });
  });

  it('one observation: the value, but no interval, with the reason', () => {
    expect(meanEstimate({ n: 1, sum: 4.5, sumOfSquares: 20.25 }, 0.998)).toEqual({
      value: 4.5,
      lower: null,
      upper: null,
      standardError: null,
      level: 0.998,
      method: 't',
      missingReason: 'single_observation',
    });
  });

  it('all observations equal (s = 0): an interval of zero width', () => {
    expect(meanEstimate(sumsOf([2, 2, 2, 2]), 0.95)).toMatchObject({ value: 2, lower: 2, upper: 2, standardError: 0 });
  });

  it('large equal observations whose sums lose the last digits: no NaN, a negligible width', () => {
    const observations = Array.from({ length: 7 }, () => 123_456_789.1);
    const estimate = meanEstimate(sumsOf(observations), 0.95);
    expect(estimate.value).toBeCloseTo(123_456_789.1, 5);
    expect(estimate.upper! - estimate.lower!).toBeLessThan(1e-3);
  });

  it('negative observations are fine', () => {
    const estimate = meanEstimate(sumsOf([-3, -1, -2]), 0.95);
    expect(estimate.value).toBe(-2);
    expect(estimate.lower!).toBeLessThan(-2);
  });

  it.each([
    [{ n: -1, sum: 0, sumOfSquares: 0 }],
    [{ n: 2.5, sum: 1, sumOfSquares: 1 }],
    [{ n: 3, sum: Number.NaN, sumOfSquares: 1 }],
    [{ n: 3, sum: 3, sumOfSquares: -1 }],
    [{ n: 3, sum: 30, sumOfSquares: 10 }],
  ])('refuses sums that cannot come from one sample: %o', (sums) => {
    expect(() => meanEstimate(sums, 0.95)).toThrow(RangeError);
  });
});

describe('meanEstimate: properties', () => {
  const spread = Array.from({ length: 500 }, (_, i) => (i * 37) % 101);
  const samples = [[0, 1], [1, 2, 3, 4, 5], sleepDifferences, [10, 10, 11], spread];

  it('lower ≤ mean ≤ upper, symmetric, and the 99.8 % interval contains the 95 % one', () => {
    for (const sample of samples) {
      const [narrow, wide] = confidenceLevels.map((level) => meanEstimate(sumsOf(sample), level));
      for (const { value, lower, upper } of [narrow!, wide!]) {
        expect(lower!).toBeLessThanOrEqual(value!);
        expect(value!).toBeLessThanOrEqual(upper!);
        expect(value! - lower!).toBeCloseTo(upper! - value!, 9);
      }
      expect(wide!.lower!).toBeLessThan(narrow!.lower!);
      expect(wide!.upper!).toBeGreaterThan(narrow!.upper!);
    }
  });

  it('sums of parts give the mean of the whole (why the input is sums, not means)', () => {
    const [a, b] = [sumsOf([1, 2, 3]), sumsOf([10, 20])];
    const combined = { n: a.n + b.n, sum: a.sum + b.sum, sumOfSquares: a.sumOfSquares + b.sumOfSquares };
    expect(meanEstimate(combined, 0.95)).toEqual(meanEstimate(sumsOf([1, 2, 3, 10, 20]), 0.95));
  });
});
