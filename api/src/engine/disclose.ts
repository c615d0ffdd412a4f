import { type AdditiveGroup, suppressComplementary } from '@samsyn/indicators';
import type { CellIndex, KeyedCell } from './cell-index.ts';
import { suppressedNumbers, type StoredNumbers } from './evaluate.ts';

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
export interface DisclosedCell extends StoredNumbers, KeyedCell {
  /** The size the primary rule judged; the smallest published sibling is hidden first. */
  size: number;
}

const [K, M, T] = [0, 1, 2];

/** Hides what must be hidden, in place; returns how many cells it hid. */
export function protectComplements(cells: DisclosedCell[], index: CellIndex, organisation: Organisation): number {
  const table = { sizes: cells.map((cell) => cell.size), suppressed: Uint8Array.from(cells, (cell) => (cell.suppressed ? 1 : 0)) };
  const unitParts = index.units.map((code) =>
    organisation.partsOf(code).map((units) => units.map((unit) => index.unitNumber(unit)).filter((n) => n !== -1)),
  );
  const slotParts = Array.from({ length: index.slotCount }, (_, slot) => index.partSlots(slot));
  const present = (parts: number[]) => parts.filter((cell) => cell !== -1);
  // Within each period (sexes, the organisation) first, then everything with time too: a month hidden for its
  // sub-region's sake often already pairs with a small month of its quarter, where the other order would hide one
  // more month.
  const withinPeriod: AdditiveGroup[] = [];
  const overTime: AdditiveGroup[] = [];
  for (let total = 0; total < cells.length; total++) {
    const [unit, sex, slot] = [index.unitOf[total]!, index.sexOf[total]!, index.slotOf[total]!];
    if (sex === T) withinPeriod.push({ total, parts: present([index.at(unit, K, slot), index.at(unit, M, slot)]) });
    for (const units of unitParts[unit]!) withinPeriod.push({ total, parts: present(units.map((u) => index.at(u, sex, slot))) });
    for (const slots of slotParts[slot]!) overTime.push({ total, parts: present(slots.map((s) => index.at(unit, sex, s))) });
  }
  const hidden = [...suppressComplementary(table, withinPeriod), ...suppressComplementary(table, [...withinPeriod, ...overTime])];
  for (const cell of hidden) Object.assign(cells[cell]!, suppressedNumbers);
  return hidden.length;
}
