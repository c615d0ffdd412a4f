import { expect } from 'vitest';

/**
 * Asserts agreement to `digits` significant digits, the precision in which published reference values are given:
 * |actual − expected| ≤ half a unit in the last digit.
 */
export function expectSignificant(actual: number | null, expected: number, digits = 4): void {
  expect(actual).not.toBeNull();
  const lastDigit = expected === 0 ? 10 ** -digits : 10 ** (Math.floor(Math.log10(Math.abs(expected))) - digits + 1);
  const message = `${actual} ≈ ${expected} to ${digits} significant digits`;
  expect(Math.abs((actual as number) - expected), message).toBeLessThanOrEqual(lastDigit / 2);
}
