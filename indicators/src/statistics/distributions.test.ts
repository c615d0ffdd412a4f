import { describe, expect, it } from 'vitest';
import { chiSquareQuantile, normalQuantile, studentTQuantile, twoSidedZ } from './distributions.ts';
import { expectSignificant } from './test-support.ts';

// Reference values: the standard tables (e.g. Lindley & Scott, New Cambridge Statistical Tables, 1995), given to
// more digits than the 4 asserted where the tables have them.
describe('normalQuantile', () => {
  it.each([
    [0.95, 1.644854],
    [0.975, 1.959964],
    [0.995, 2.575829],
    [0.999, 3.090232],
    [0.5, 0],
    [0.025, -1.959964],
  ])('Φ⁻¹(%f) = %f', (p, z) => expectSignificant(normalQuantile(p), z, 6));

  it('gives the two z values of the portals', () => {
    expectSignificant(twoSidedZ(0.95), 1.959964, 7);
    expectSignificant(twoSidedZ(0.998), 3.090232, 7);
  });
});

describe('chiSquareQuantile', () => {
  it.each([
    [0.95, 1, 3.8415],
    [0.998, 1, 9.5495],
    [0.999, 1, 10.828],
    [0.95, 4, 9.4877],
    [0.025, 10, 3.2470],
    [0.975, 10, 20.483],
    [0.05, 2, 0.10259],
  ])('χ²(%f; %i) = %f', (p, df, q) => expectSignificant(chiSquareQuantile(p, df), q, 5));

  it('with 2 df is −2 ln(1 − p), the exponential distribution', () => {
    for (const p of [0.001, 0.025, 0.5, 0.975, 0.999]) expect(chiSquareQuantile(p, 2)).toBeCloseTo(-2 * Math.log(1 - p), 10);
  });
});

describe('studentTQuantile', () => {
  it.each([
    [0.975, 1, 12.706],
    [0.975, 4, 2.7764],
    [0.975, 9, 2.2622],
    [0.975, 10, 2.2281],
    [0.975, 30, 2.0423],
    [0.999, 1, 318.31],
    [0.999, 10, 4.1437],
    [0.999, 30, 3.3852],
  ])('t(%f; %i) = %f', (p, df, t) => expectSignificant(studentTQuantile(p, df), t, 5));

  it('tends to the normal quantile as the degrees of freedom grow', () => {
    expectSignificant(studentTQuantile(0.975, 1e7), 1.959964, 6);
  });
});

describe('arguments that have no quantile', () => {
  it.each([0, 1, -0.1, 1.5, Number.NaN])('throw for p = %f rather than return NaN', (p) => {
    expect(() => normalQuantile(p)).toThrow(RangeError);
    expect(() => chiSquareQuantile(p, 2)).toThrow(RangeError);
    expect(() => studentTQuantile(p, 2)).toThrow(RangeError);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('throw for df = %f', (df) => {
    expect(() => chiSquareQuantile(0.5, df)).toThrow(RangeError);
    expect(() => studentTQuantile(0.5, df)).toThrow(RangeError);
  });
});
