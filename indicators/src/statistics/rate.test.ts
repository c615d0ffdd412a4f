import { describe, expect, it } from 'vitest';
import { chiSquareQuantile } from './distributions.ts';
import { confidenceLevels } from './estimate.ts';
import { countEstimate, exactPoissonBelow, rateEstimate } from './rate.ts';
import { expectSignificant } from './test-support.ts';

/** P(X ≤ x) for X ~ Poisson(mean), summed directly: an independent check of the chi-square route. */
function poissonCdf(x: number, mean: number): number {
  let term = Math.exp(-mean);
  let total = term;
  for (let k = 1; k <= x; k++) {
    term *= mean / k;
    total += term;
  }
  return total;
}

describe('countEstimate: exact Poisson limits below 10', () => {
  // Exact (Garwood) limits as tabulated, e.g. in Documenta Geigy and in Ulm K, Am J Epidemiol 1990;131:373–375.
  it.each([
    [0, 0, 3.689],
    [1, 0.02532, 5.572],
    [2, 0.2422, 7.225],
    [5, 1.6235, 11.668],
    [9, 4.1154, 17.085],
  ])('x = %i → %f–%f at 95 %', (x, lower, upper) => {
    const estimate = countEstimate(x, 0.95);
    expect(estimate).toMatchObject({ value: x, method: 'exact_poisson', level: 0.95 });
    expect(estimate.lower).toBe(x === 0 ? 0 : estimate.lower);
    if (x > 0) expectSignificant(estimate.lower, lower, 4);
    expectSignificant(estimate.upper, upper, 4);
  });

  it('has the closed forms for x = 0 and x = 1: upper −ln(α/2), lower −ln(1 − α/2)', () => {
    expectSignificant(countEstimate(0, 0.95).upper, -Math.log(0.025), 10);
    expectSignificant(countEstimate(0, 0.998).upper, -Math.log(0.001), 10);
    expectSignificant(countEstimate(1, 0.95).lower, -Math.log(0.975), 10);
    expectSignificant(countEstimate(1, 0.998).lower, -Math.log(0.999), 10);
  });

  it('puts exactly α/2 in each tail: P(X ≤ x | upper) = α/2 and P(X ≥ x | lower) = α/2', () => {
    for (const level of confidenceLevels) {
      const tail = (1 - level) / 2;
      for (let x = 0; x < exactPoissonBelow; x++) {
        const { lower, upper } = countEstimate(x, level);
        expect(poissonCdf(x, upper!)).toBeCloseTo(tail, 12);
        if (x > 0) expect(1 - poissonCdf(x - 1, lower!)).toBeCloseTo(tail, 12);
      }
    }
  });
});

describe("countEstimate: Byar's approximation from 10", () => {
  it('x = 10 at 95 %, by hand', () => {
    // z = 1.959964. Lower: 1/(9·10) = 0.0111111, z/(3√10) = 0.2065983, 1 − both = 0.7822905, cubed 0.4787450, × 10.
    // Upper: 1/(9·11) = 0.0101010, z/(3√11) = 0.1969838, 1 − 0.0101010 + 0.1969838 = 1.1868828, cubed 1.6719508, × 11.
    const estimate = countEstimate(10, 0.95);
    expect(estimate.method).toBe('byar');
    expectSignificant(estimate.lower, 4.787450, 7);
    expectSignificant(estimate.upper, 18.39146, 7);
  });

  it('x = 100 at 95 %, by hand', () => {
    // Lower: 1 − 0.0011111 − 1.959964/30 (= 0.0653321) = 0.9335568, cubed 0.8136211, × 100.
    // Upper: 1 − 1/909 (= 0.0011001) + 1.959964/(3√101) (= 0.0650079) = 1.0639078, cubed 1.2042370, × 101.
    const estimate = countEstimate(100, 0.95);
    expectSignificant(estimate.lower, 81.36211, 7);
    expectSignificant(estimate.upper, 121.6279, 7);
  });

  it('x = 20 at 99.8 %, by hand', () => {
    // z = 3.090232. Lower: 1 − 1/180 (= 0.0055556) − z/(3√20) (= 0.2303323) = 0.7641121, cubed 0.4461401, × 20.
    // Upper: 1 − 1/189 (= 0.0052910) + z/(3√21) (= 0.2247813) = 1.2194903, cubed 1.8135731, × 21.
    const estimate = countEstimate(20, 0.998);
    expectSignificant(estimate.lower, 8.922802, 7);
    expectSignificant(estimate.upper, 38.08504, 7);
  });

  it('stays close to the exact limits from x = 10 (why the switch is at 10), closer as x grows', () => {
    // Exact 95 % limits for x = 10 as tabulated: 4.7954–18.3904.
    expectSignificant(chiSquareQuantile(0.025, 20) / 2, 4.7954, 5);
    expectSignificant(chiSquareQuantile(0.975, 22) / 2, 18.3904, 6);
    const tolerance = (x: number, level: number) => (x >= 100 ? 0.0003 : level === 0.95 ? 0.002 : 0.015);
    for (const level of confidenceLevels) {
      const tail = (1 - level) / 2;
      for (const x of [10, 11, 15, 20, 50, 100, 250, 700]) {
        const { lower, upper } = countEstimate(x, level);
        expect(Math.abs(lower! / (chiSquareQuantile(tail, 2 * x) / 2) - 1)).toBeLessThan(tolerance(x, level));
        expect(Math.abs(upper! / (chiSquareQuantile(1 - tail, 2 * x + 2) / 2) - 1)).toBeLessThan(tolerance(x, level));
      }
    }
  });
});

describe('countEstimate: properties', () => {
  const counts = [0, 1, 2, 3, 5, 8, 9, 9.5, 10, 11, 12, 20, 49, 100, 1234, 1e6];

  it('0 ≤ lower ≤ count ≤ upper, all finite, standard error √x', () => {
    for (const level of confidenceLevels) {
      for (const x of counts) {
        const { value, lower, upper, standardError } = countEstimate(x, level);
        expect([value, lower, upper, standardError].every(Number.isFinite)).toBe(true);
        expect(0).toBeLessThanOrEqual(lower!);
        expect(lower!).toBeLessThanOrEqual(value!);
        expect(value!).toBeLessThanOrEqual(upper!);
        expect(standardError).toBe(Math.sqrt(x));
      }
    }
  });

  it('limits grow with the count, also across the switch from exact to Byar', () => {
    for (const level of confidenceLevels) {
      for (let i = 1; i < counts.length; i++) {
        const previous = countEstimate(counts[i - 1]!, level);
        const current = countEstimate(counts[i]!, level);
        expect(current.lower!).toBeGreaterThan(previous.lower!);
        expect(current.upper!).toBeGreaterThan(previous.upper!);
      }
    }
  });

  it('the 99.8 % interval contains the 95 % interval', () => {
    for (const x of counts) {
      const narrow = countEstimate(x, 0.95);
      const wide = countEstimate(x, 0.998);
      expect(wide.lower!).toBeLessThanOrEqual(narrow.lower!);
      expect(wide.upper!).toBeGreaterThan(narrow.upper!);
    }
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses count %f', (x) => {
    expect(() => countEstimate(x, 0.95)).toThrow(RangeError);
  });
});

describe('rateEstimate', () => {
  it("25 home visits among 4 000 residents: 6.25 per 1 000 with Byar's limits", () => {
    // Byar for 25: (1 − 1/225 − 1.959964/15)³·25 = 0.8648913³·25 = 16.17427; (1 − 1/234 + 1.959964/(3√26))³·26
    // = 1.1238533³·26 = 36.90645. Per 1 000 of 4 000: ÷ 4 → 4.043566, 9.226613; standard error √25/4 = 1.25.
    expect(rateEstimate({ numerator: 25, denominator: 4000, perUnit: 1000 }, 0.95)).toMatchObject({
      value: 6.25,
      standardError: 1.25,
      method: 'byar',
    });
    const { lower, upper } = rateEstimate({ numerator: 25, denominator: 4000, perUnit: 1000 }, 0.95);
    expectSignificant(lower, 4.043566, 7);
    expectSignificant(upper, 9.226613, 7);
  });

  it('3 fall injuries among 52 000 residents: exact limits per 100 000', () => {
    // Exact 95 % limits for 3 as tabulated: 0.6187–8.7673; × 100 000 / 52 000.
    const estimate = rateEstimate({ numerator: 3, denominator: 52_000, perUnit: 100_000 }, 0.95);
    expect(estimate.method).toBe('exact_poisson');
    expectSignificant(estimate.value, 5.769231, 7);
    expectSignificant(estimate.lower, (0.6187 * 100_000) / 52_000, 4);
    expectSignificant(estimate.upper, (8.7673 * 100_000) / 52_000, 5);
  });

  it('numerator 0: rate 0 with a positive upper limit', () => {
    const estimate = rateEstimate({ numerator: 0, denominator: 1000, perUnit: 1000 }, 0.95);
    expect(estimate).toMatchObject({ value: 0, lower: 0, standardError: 0, method: 'exact_poisson' });
    expectSignificant(estimate.upper, 3.688879, 7);
  });

  it('denominator 0: no value, with the reason', () => {
    expect(rateEstimate({ numerator: 0, denominator: 0, perUnit: 1000 }, 0.998)).toEqual({
      value: null,
      lower: null,
      upper: null,
      standardError: null,
      level: 0.998,
      method: 'exact_poisson',
      missingReason: 'denominator_zero',
    });
    expect(rateEstimate({ numerator: 12, denominator: 0, perUnit: 1000 }, 0.95)).toMatchObject({
      value: null,
      method: 'byar',
      missingReason: 'denominator_zero',
    });
  });

  it('allows a numerator above the denominator (events, not people) and person-time denominators', () => {
    expect(rateEstimate({ numerator: 30, denominator: 12.5, perUnit: 1 }, 0.95).value).toBe(2.4);
  });

  it.each([
    [-1, 100, 1000],
    [1, -100, 1000],
    [1, 100, 0],
    [1, 100, -1000],
    [1, Number.NaN, 1000],
  ])('refuses %f / %f per %f', (numerator, denominator, perUnit) => {
    expect(() => rateEstimate({ numerator, denominator, perUnit }, 0.95)).toThrow(RangeError);
  });
});
