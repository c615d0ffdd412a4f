import { describe, expect, it } from 'vitest';
import { compareWithComparator, judgeDirection } from './compare.ts';
import type { Estimate } from './estimate.ts';
import { proportionEstimate } from './proportion.ts';

const interval = (lower: number, upper: number): Estimate => ({
  value: (lower + upper) / 2,
  lower,
  upper,
  standardError: (upper - lower) / 4,
  level: 0.95,
  method: 'wilson',
});

describe('compareWithComparator', () => {
  it.each([
    ['higher_is_better', 0.5, 'better'],
    ['higher_is_better', 0.9, 'worse'],
    ['lower_is_better', 0.5, 'worse'],
    ['lower_is_better', 0.9, 'better'],
    ['no_judgement', 0.5, 'higher'],
    ['no_judgement', 0.9, 'lower'],
  ] as const)('%s, comparator %f outside 0.6–0.8 → %s', (polarity, comparator, expected) => {
    expect(compareWithComparator(interval(0.6, 0.8), comparator, polarity)).toBe(expected);
  });

  it.each([0.6, 0.7, 0.8])('comparator %f inside the interval, limits included → similar', (comparator) => {
    for (const polarity of ['higher_is_better', 'lower_is_better', 'no_judgement'] as const) {
      expect(compareWithComparator(interval(0.6, 0.8), comparator, polarity)).toBe('similar');
    }
  });

  it('not compared without the unit’s interval or without a comparator value', () => {
    const missing = proportionEstimate({ numerator: 0, denominator: 0 }, 0.95);
    expect(compareWithComparator(missing, 0.5, 'higher_is_better')).toBe('not_compared');
    expect(compareWithComparator(interval(0.6, 0.8), null, 'higher_is_better')).toBe('not_compared');
    expect(compareWithComparator(interval(0.6, 0.8), Number.NaN, 'higher_is_better')).toBe('not_compared');
    const singleObservation: Estimate = { ...interval(1, 1), lower: null, upper: null, missingReason: 'single_observation' };
    expect(compareWithComparator(singleObservation, 0.5, 'lower_is_better')).toBe('not_compared');
  });

  it('a unit of 81/263 (25.5–36.6 %) against a county at 40 % and at 30 %', () => {
    const unit = proportionEstimate({ numerator: 81, denominator: 263 }, 0.95);
    expect(compareWithComparator(unit, 0.4, 'higher_is_better')).toBe('worse');
    expect(compareWithComparator(unit, 0.3, 'higher_is_better')).toBe('similar');
    // At 99.8 % the interval is 22.8–40.1 %: a county at 40 % is then no longer significantly different.
    const wide = proportionEstimate({ numerator: 81, denominator: 263 }, 0.998);
    expect(compareWithComparator(wide, 0.4, 'higher_is_better')).toBe('similar');
    expect(compareWithComparator(wide, 0.41, 'higher_is_better')).toBe('worse');
  });
});

describe('judgeDirection', () => {
  it('names the direction as a judgement only when the indicator has a polarity', () => {
    expect(judgeDirection('higher', 'higher_is_better')).toBe('better');
    expect(judgeDirection('lower', 'higher_is_better')).toBe('worse');
    expect(judgeDirection('higher', 'lower_is_better')).toBe('worse');
    expect(judgeDirection('lower', 'lower_is_better')).toBe('better');
    expect(judgeDirection('higher', 'no_judgement')).toBe('higher');
    expect(judgeDirection('lower', 'no_judgement')).toBe('lower');
  });
});
