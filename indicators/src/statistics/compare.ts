import type { Polarity } from '../definition.ts';
import type { Estimate } from './estimate.ts';

/**
 * The outcome of comparing a unit with a comparator (the county, the region). For indicators without a polarity the
 * difference is still reported, as `higher` / `lower`, without calling it good or bad.
 */
export type Comparison = 'better' | 'similar' | 'worse' | 'higher' | 'lower' | 'not_compared';

/** Turns a significant direction into a judgement for the indicator's polarity. */
export function judgeDirection(direction: 'higher' | 'lower', polarity: Polarity): 'better' | 'worse' | 'higher' | 'lower' {
  switch (polarity) {
    case 'higher_is_better':
      return direction === 'higher' ? 'better' : 'worse';
    case 'lower_is_better':
      return direction === 'lower' ? 'better' : 'worse';
    case 'no_judgement':
      return direction;
  }
}

/**
 * Significance against a comparator as Public Health England's Fingertips does it: the unit differs significantly when
 * the comparator's value lies outside the unit's confidence interval. A comparator on a limit counts as inside
 * (`similar`), the cautious reading. Without an interval or a comparator value nothing is compared.
 */
export function compareWithComparator(unit: Estimate, comparatorValue: number | null, polarity: Polarity): Comparison {
  if (unit.lower === null || unit.upper === null || comparatorValue === null || !Number.isFinite(comparatorValue)) {
    return 'not_compared';
  }
  if (comparatorValue < unit.lower) return judgeDirection('higher', polarity);
  if (comparatorValue > unit.upper) return judgeDirection('lower', polarity);
  return 'similar';
}
