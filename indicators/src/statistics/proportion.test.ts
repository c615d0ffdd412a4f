import { describe, expect, it } from 'vitest';
import { confidenceLevels } from './estimate.ts';
import { proportionEstimate } from './proportion.ts';
import { expectSignificant } from './test-support.ts';

describe('proportionEstimate: Wilson score interval', () => {
  // Newcombe RG. Two-sided confidence intervals for the single proportion: comparison of seven methods.
  // Stat Med 1998;17:857–872, table II, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i/%i → %f–%f (Newcombe 1998)', (x, n, lower, upper) => {
    const estimate = proportionEstimate({ numerator: x, denominator: n }, 0.95);
    expect(estimate).toMatchObject({ method: 'wilson', level: 0.95 });
    expect(estimate.value).toBe(x / n);
    // Published to 4 decimals, so compared to 4 decimals.
    expect(estimate.lower).toBeCloseTo(lower, 4);
    expect(estimate.upper).toBeCloseTo(upper, 4);
  });

  it('agrees with the formula to more digits, including at 99.8 %', () => {
    // 81/263 at 95 %: z = 1.959964, z² = 3.841459; centre 2·81 + z² = 165.841459;
    // half width z·√(z² + 4·81·(1 − 81/263)) = 1.959964·√228.054387 = 1.959964·15.101470 = 29.598337;
    // scale 2·(263 + z²) = 533.682918 → (165.841459 ∓ 29.598337)/533.682918 = 0.2552885, 0.3662096.
    const at95 = proportionEstimate({ numerator: 81, denominator: 263 }, 0.95);
    expectSignificant(at95.lower, 0.2552885, 7);
    expectSignificant(at95.upper, 0.3662096, 7);
    // 15/148 at 99.8 %: z = 3.090232, z² = 9.549536; centre 39.549536; half width 3.090232·√63.468455
    // = 3.090232·7.966709 = 24.618982; scale 315.099071 → 0.0473837, 0.2036455.
    const at998 = proportionEstimate({ numerator: 15, denominator: 148 }, 0.998);
    expectSignificant(at998.lower, 0.0473837, 6);
    expectSignificant(at998.upper, 0.2036455, 7);
  });

  it('gives the standard error √(p(1 − p)/n)', () => {
    expectSignificant(proportionEstimate({ numerator: 81, denominator: 263 }, 0.95).standardError, 0.0284672, 6);
  });
});

describe('proportionEstimate: edge cases', () => {
  it('numerator 0: value 0, lower limit exactly 0, upper limit z²/(n + z²)', () => {
    for (const level of confidenceLevels) {
      const estimate = proportionEstimate({ numerator: 0, denominator: 20 }, level);
      const z2 = level === 0.95 ? 1.959964 ** 2 : 3.090232 ** 2;
      expect(estimate).toMatchObject({ value: 0, lower: 0, standardError: 0 });
      expectSignificant(estimate.upper, z2 / (20 + z2), 6);
    }
  });

  it('numerator = denominator: value 1, upper limit exactly 1, mirror image of numerator 0', () => {
    const all = proportionEstimate({ numerator: 20, denominator: 20 }, 0.95);
    const none = proportionEstimate({ numerator: 0, denominator: 20 }, 0.95);
    expect(all).toMatchObject({ value: 1, upper: 1, standardError: 0 });
    expect(all.lower).toBeCloseTo(1 - (none.upper as number), 12);
  });

  it('denominator 1 still gives an interval within 0–1', () => {
    expect(proportionEstimate({ numerator: 1, denominator: 1 }, 0.998)).toMatchObject({ value: 1, upper: 1 });
    expect(proportionEstimate({ numerator: 0, denominator: 1 }, 0.998).upper).toBeLessThan(1);
  });

  it('denominator 0: no value, with the reason', () => {
    expect(proportionEstimate({ numerator: 0, denominator: 0 }, 0.95)).toEqual({
      value: null,
      lower: null,
      upper: null,
      standardError: null,
      level: 0.95,
      method: 'wilson',
      missingReason: 'denominator_zero',
    });
  });

  it.each([
    [5, 4],
    [-1, 4],
    [1, -4],
    [Number.NaN, 4],
    [1, Number.POSITIVE_INFINITY],
  ])('refuses counts that no correct query gives: %f/%f', (numerator, denominator) => {
    expect(() => proportionEstimate({ numerator, denominator }, 0.95)).toThrow(RangeError);
  });
});

describe('proportionEstimate: properties over a grid of counts', () => {
  const grid = [1, 2, 3, 5, 10, 19, 20, 50, 263, 1000, 123_456].flatMap((n) =>
    [...new Set([0, 1, 2, Math.floor(n / 3), Math.floor(n / 2), n - 1, n])].filter((x) => x >= 0 && x <= n).map((x) => [x, n]),
  );

  it('0 ≤ lower ≤ value ≤ upper ≤ 1, all finite', () => {
    for (const [x, n] of grid) {
      for (const level of confidenceLevels) {
        const { value, lower, upper } = proportionEstimate({ numerator: x!, denominator: n! }, level);
        for (const limit of [value, lower, upper]) expect(Number.isFinite(limit)).toBe(true);
        expect(0).toBeLessThanOrEqual(lower!);
        expect(lower!).toBeLessThanOrEqual(value!);
        expect(value!).toBeLessThanOrEqual(upper!);
        expect(upper!).toBeLessThanOrEqual(1);
      }
    }
  });

  it('the 99.8 % interval contains the 95 % interval', () => {
    for (const [x, n] of grid) {
      const narrow = proportionEstimate({ numerator: x!, denominator: n! }, 0.95);
      const wide = proportionEstimate({ numerator: x!, denominator: n! }, 0.998);
      expect(wide.lower!).toBeLessThanOrEqual(narrow.lower!);
      expect(wide.upper!).toBeGreaterThanOrEqual(narrow.upper!);
    }
  });

  it('is symmetric: the interval for n − x is the mirror image of the one for x', () => {
    for (const [x, n] of grid) {
      const estimate = proportionEstimate({ numerator: x!, denominator: n! }, 0.95);
      const mirror = proportionEstimate({ numerator: n! - x!, denominator: n! }, 0.95);
      expect(estimate.lower!).toBeCloseTo(1 - mirror.upper!, 12);
    }
  });

  it('narrows as the denominator grows at a fixed proportion', () => {
    const widths = [10, 100, 1000, 10_000].map((n) => {
      const { lower, upper } = proportionEstimate({ numerator: n * 0.3, denominator: n }, 0.95);
      return upper! - lower!;
    });
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeLessThan(widths[i - 1]!);
  });
});
