import { describe, expect, it } from 'vitest';
import { chiSquareQuantile } from './distributions.ts';
import { meanEstimate } from './mean.ts';
import { rateEstimate } from './rate.ts';
import { expectSignificant } from './test-support.ts';
import { proportionTrend, trendPeriods, weightedTrend } from './trend.ts';

const proportions = (numerators: number[], denominators: number[]) =>
  numerators.map((numerator, i) => ({ numerator, denominator: denominators[i]! }));

describe('the significance threshold', () => {
  it('is χ²(0.998; 1) = 9.5495 by default, 3.8415 at 95 %', () => {
    expectSignificant(chiSquareQuantile(0.998, 1), 9.5495, 5);
    expectSignificant(chiSquareQuantile(0.95, 1), 3.8415, 5);
    expect(trendPeriods).toBe(5);
  });
});

describe('proportionTrend: chi-square test for trend (Cochran–Armitage)', () => {
  // Worked example A, five periods of 100 with 10, 12, 15, 18, 20 events, scores t = 1…5:
  //   N = 500, R = 75, p = 0.15, t̄ = Σnt/N = 1500/500 = 3;
  //   T = Σxt − R·t̄ = (10 + 24 + 45 + 72 + 100) − 75·3 = 251 − 225 = 26;
  //   Σn(t − t̄)² = 100·(4 + 1 + 0 + 1 + 4) = 1000; variance p(1 − p)·1000 = 0.15·0.85·1000 = 127.5;
  //   χ² = 26²/127.5 = 676/127.5 = 5.301961; slope 26/1000 = 0.026 per period.
  const exampleA = proportions([10, 12, 15, 18, 20], [100, 100, 100, 100, 100]);

  it('worked example A: χ² = 5.301961, not significant at 99.8 %', () => {
    const result = proportionTrend(exampleA, 'higher_is_better');
    expect(result.trend).toBe('no_significant_change');
    expectSignificant(result.chiSquare, 5.301961, 7);
    expectSignificant(result.slope, 0.026, 7);
  });

  it('worked example A is significant at 95 % (χ² > 3.8415)', () => {
    expect(proportionTrend(exampleA, 'higher_is_better', 0.95).trend).toBe('improving');
  });

  it('ten times the counts: T = 260, variance 1275, χ² = 53.01961, significant, judged by polarity', () => {
    const exampleB = proportions([100, 120, 150, 180, 200], [1000, 1000, 1000, 1000, 1000]);
    const result = proportionTrend(exampleB, 'higher_is_better');
    expectSignificant(result.chiSquare, 53.01961, 7);
    expect(result.trend).toBe('improving');
    expect(proportionTrend(exampleB, 'lower_is_better').trend).toBe('worsening');
    expect(proportionTrend(exampleB, 'no_judgement').trend).toBe('increasing');
    const falling = [...exampleB].reverse();
    expect(proportionTrend(falling, 'higher_is_better')).toMatchObject({ trend: 'worsening', slope: -0.026 });
    expect(proportionTrend(falling, 'lower_is_better').trend).toBe('improving');
    expect(proportionTrend(falling, 'no_judgement').trend).toBe('decreasing');
  });

  it('worked example C, unequal denominators: χ² = 8.539807', () => {
    // n = 50, 100, 150, 100, 100; x = 5, 12, 24, 20, 25. N = 500, R = 86, p = 0.172;
    // Σnt = 50 + 200 + 450 + 400 + 500 = 1600, t̄ = 3.2; Σxt = 5 + 24 + 72 + 80 + 125 = 306, T = 306 − 86·3.2 = 30.8;
    // Σn(t − t̄)² = Σnt² − N·t̄² = 5900 − 5120 = 780; variance 0.172·0.828·780 = 111.08448;
    // χ² = 30.8²/111.08448 = 948.64/111.08448 = 8.539807; slope 30.8/780 = 0.0394872.
    const result = proportionTrend(proportions([5, 12, 24, 20, 25], [50, 100, 150, 100, 100]), 'lower_is_better');
    expectSignificant(result.chiSquare, 8.539807, 7);
    expectSignificant(result.slope, 0.0394872, 6);
    expect(result.trend).toBe('no_significant_change');
  });

  it('uses only the last five periods', () => {
    const older = proportions([90, 10, 99], [100, 100, 100]);
    expect(proportionTrend([...older, ...exampleA], 'higher_is_better')).toEqual(
      proportionTrend(exampleA, 'higher_is_better'),
    );
    expect(proportionTrend([null, ...exampleA], 'higher_is_better').chiSquare).toBeCloseTo(5.301961, 6);
  });

  it('is the inverse-variance weighted regression with the pooled binomial variance p(1 − p)/n', () => {
    const counts = proportions([5, 12, 24, 20, 25], [50, 100, 150, 100, 100]);
    const pooled = 86 / 500;
    const asEstimates = counts.map(({ numerator, denominator }) => ({
      value: numerator / denominator,
      standardError: Math.sqrt((pooled * (1 - pooled)) / denominator),
    }));
    const regression = weightedTrend(asEstimates, 'lower_is_better');
    const test = proportionTrend(counts, 'lower_is_better');
    expect(regression.chiSquare).toBeCloseTo(test.chiSquare!, 10);
    expect(regression.slope).toBeCloseTo(test.slope!, 12);
  });

  it('no events at all (or all events): χ² = 0, no significant change', () => {
    for (const numerators of [[0, 0, 0, 0, 0], [40, 50, 60, 50, 40]]) {
      expect(proportionTrend(proportions(numerators, [40, 50, 60, 50, 40]), 'higher_is_better')).toEqual({
        trend: 'no_significant_change',
        chiSquare: 0,
        slope: 0,
      });
    }
  });

  it('not enough data: fewer than five periods, a missing period or a zero denominator among the last five', () => {
    const notEnough = { trend: 'not_enough_data', chiSquare: null, slope: null };
    expect(proportionTrend(exampleA.slice(1), 'higher_is_better')).toEqual(notEnough);
    expect(proportionTrend([], 'higher_is_better')).toEqual(notEnough);
    expect(proportionTrend([...exampleA.slice(0, 4), null], 'higher_is_better')).toEqual(notEnough);
    expect(proportionTrend([...exampleA.slice(0, 4), { numerator: 0, denominator: 0 }], 'higher_is_better')).toEqual(
      notEnough,
    );
  });

  it('refuses counts no correct query gives', () => {
    expect(() => proportionTrend([...exampleA.slice(0, 4), { numerator: 5, denominator: 4 }], 'no_judgement')).toThrow(
      RangeError,
    );
    expect(() => proportionTrend([...exampleA.slice(0, 4), { numerator: -1, denominator: 4 }], 'no_judgement')).toThrow(
      RangeError,
    );
  });
});

describe('weightedTrend: inverse-variance weighted least squares', () => {
  const rising = [10, 11, 12, 13, 14];
  const withError = (values: number[], errors: number[]) => values.map((value, i) => ({ value, standardError: errors[i]! }));

  it('a rise of 1 a period with standard error 1: Σw(t − t̄)² = 10, χ² = 10 > 9.5495', () => {
    const result = weightedTrend(withError(rising, [1, 1, 1, 1, 1]), 'lower_is_better');
    expect(result).toEqual({ trend: 'worsening', chiSquare: 10, slope: 1 });
  });

  it('the same rise with standard error 1.1: χ² = 10/1.21 = 8.264463, not significant', () => {
    const result = weightedTrend(withError(rising, [1.1, 1.1, 1.1, 1.1, 1.1]), 'lower_is_better');
    expect(result.trend).toBe('no_significant_change');
    expectSignificant(result.chiSquare, 8.264463, 7);
  });

  it('is significant just above 9.5495 and not just below', () => {
    const justAbove = Math.sqrt(10 / 9.5496);
    const justBelow = Math.sqrt(10 / 9.5494);
    expect(weightedTrend(withError(rising, Array(5).fill(justAbove)), 'higher_is_better').trend).toBe('improving');
    expect(weightedTrend(withError(rising, Array(5).fill(justBelow)), 'higher_is_better').trend).toBe(
      'no_significant_change',
    );
  });

  it('unequal weights, by hand: slope 1.213483, χ² = 9.361156', () => {
    // y = 5, 7, 6, 9, 10; se = 1, 1, 2, 1, 2 → w = 1, 1, 0.25, 1, 0.25, Σw = 3.5;
    // Σwt = 9, t̄ = 2.571429; Σwy = 25; Σwt² = 29.5, Sxx = 29.5 − 9²/3.5 = 6.357143;
    // Σwty = 72, Sxy = 72 − 9·25/3.5 = 7.714286; slope = Sxy/Sxx = 1.213483; χ² = Sxy²/Sxx = 9.361156.
    const result = weightedTrend(withError([5, 7, 6, 9, 10], [1, 1, 2, 1, 2]), 'no_judgement');
    expectSignificant(result.slope, 1.213483, 7);
    expectSignificant(result.chiSquare, 9.361156, 7);
    expect(result.trend).toBe('no_significant_change');
    expect(weightedTrend(withError([5, 7, 6, 9, 10], [1, 1, 2, 1, 2]), 'no_judgement', 0.95).trend).toBe('increasing');
  });

  it('takes rate and mean estimates as they are', () => {
    // Home visits per 1 000 of 4 000 residents: 100 → 160 visits, standard error √x/4.
    const rates = [100, 115, 130, 145, 160].map((numerator) =>
      rateEstimate({ numerator, denominator: 4000, perUnit: 1000 }, 0.95),
    );
    expect(weightedTrend(rates, 'higher_is_better').trend).toBe('improving');
    const means = [1, 2, 3, 4, 5].map(() => meanEstimate({ n: 5, sum: 15, sumOfSquares: 55 }, 0.95));
    expect(weightedTrend(means, 'lower_is_better')).toEqual({ trend: 'no_significant_change', chiSquare: 0, slope: 0 });
  });

  it('not enough data: fewer than five periods, a missing value, or a period that cannot be weighted', () => {
    const notEnough = { trend: 'not_enough_data', chiSquare: null, slope: null };
    const points = withError(rising, [1, 1, 1, 1, 1]);
    expect(weightedTrend(points.slice(1), 'higher_is_better')).toEqual(notEnough);
    expect(weightedTrend([...points.slice(0, 4), null], 'higher_is_better')).toEqual(notEnough);
    expect(weightedTrend([...points.slice(0, 4), { value: null, standardError: null }], 'higher_is_better')).toEqual(
      notEnough,
    );
    for (const standardError of [0, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(weightedTrend([...points.slice(0, 4), { value: 14, standardError }], 'higher_is_better')).toEqual(notEnough);
    }
    const zeroCount = rateEstimate({ numerator: 0, denominator: 4000, perUnit: 1000 }, 0.95);
    expect(weightedTrend([...points.slice(0, 4), zeroCount], 'higher_is_better')).toEqual(notEnough);
  });
});
