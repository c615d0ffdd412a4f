import { type AdditiveGroup, type DisclosureCell, suppressComplementary } from '@samsyn/indicators';
import { suppressedNumbers, type StoredNumbers } from './evaluate.ts';
import { monthLabel, monthsOf, type PeriodType, type Sex } from './rollup.ts';

/**
 * Complementary suppression over one indicator's cells. Every published count is a sum of other published counts
 * along three lines, and a suppressed part must not be recoverable along any of them:
 * - sexes: T = K + M of the same unit and period;
 * - the organisation: a sub-region = its municipalities, the county = its sub-regions = its municipalities;
 * - time: a quarter = its months, a year = its months = its quarters, a rolling 12 months = its months (the
 *   numerator adds up over time even for a rate, whose population does not).
 * The primary rule (evaluate.ts) has already suppressed the small cells; this adds the cells whose publication
 * would give one of them away, and clears their numbers too.
 */

/** The organisation as additive groups: each unit with children and the units that add up to it. */
export interface Organisation {
  /** The municipalities a municipality adds up into, itself first: municipality, sub-region, county. */
  unitsOf(municipality: string): readonly string[];
  /** Each unit with parts: sub-region → municipalities, county → sub-regions, county → municipalities. */
  partsOf(unit: string): readonly (readonly string[])[];
}

/** What disclosure needs of a cell beside its numbers. */
export interface DisclosedCell extends StoredNumbers {
  orgUnit: string;
  periodType: PeriodType;
  period: string;
  sex: Sex;
  /** The size the primary rule judged; the smallest published sibling is hidden first. */
  size: number;
}

const keyOf = (orgUnit: string, sex: Sex, periodType: PeriodType, period: string) => `${orgUnit}|${sex}|${periodType}|${period}`;

/** Hides what must be hidden, in place; returns how many cells it hid. */
export function protectComplements<T extends DisclosedCell>(cells: T[], organisation: Organisation): number {
  const byKey = new Map(cells.map((cell) => [keyOf(cell.orgUnit, cell.sex, cell.periodType, cell.period), cell]));
  const disclosure = new Map<string, DisclosureCell>(
    [...byKey].map(([key, cell]) => [key, { size: cell.size, suppressed: cell.suppressed }]),
  );
  // Within each period (sexes, the organisation) first, then everything with time too: a month hidden for its
  // sub-region's sake often already pairs with a small month of its quarter, where the other order would hide one
  // more month.
  const withinPeriod: AdditiveGroup[] = [];
  const overTime: AdditiveGroup[] = [];
  for (const [total, cell] of byKey) {
    const { orgUnit, sex, periodType, period } = cell;
    if (sex === 'T') withinPeriod.push({ total, parts: [keyOf(orgUnit, 'K', periodType, period), keyOf(orgUnit, 'M', periodType, period)] });
    for (const units of organisation.partsOf(orgUnit)) {
      withinPeriod.push({ total, parts: units.map((unit) => keyOf(unit, sex, periodType, period)) });
    }
    for (const parts of timeParts(periodType, period)) {
      overTime.push({ total, parts: parts.map((part) => keyOf(orgUnit, sex, part.periodType, part.period)) });
    }
  }
  const hidden = [...suppressComplementary(disclosure, withinPeriod), ...suppressComplementary(disclosure, [...withinPeriod, ...overTime])];
  for (const key of hidden) Object.assign(byKey.get(key)!, suppressedNumbers);
  return hidden.length;
}

/** The shorter periods a period is the sum of: months for all, and quarters for a year as well. */
function timeParts(periodType: PeriodType, period: string): { periodType: PeriodType; period: string }[][] {
  if (periodType === 'month') return [];
  const months = monthsOf(periodType, period).map((m) => ({ periodType: 'month' as const, period: monthLabel(m) }));
  if (periodType !== 'year') return [months];
  return [months, [1, 2, 3, 4].map((q) => ({ periodType: 'quarter' as const, period: `${period}-Q${q}` }))];
}
