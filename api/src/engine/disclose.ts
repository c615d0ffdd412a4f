import { type AdditiveStructure, suppressInStructure } from '@samsyn/indicators';
import type { CellValues } from './cell-values.ts';
import { K, M, T } from './grid.ts';
import type { RolledUp } from './rollup.ts';

/**
 * Complementary suppression over one indicator's cells. Every published count is a sum of other published counts
 * along three lines, and a suppressed part must not be recoverable along any of them:
 * - sexes: T = K + M of the same unit and period;
 * - the organisation: a sub-region = its municipalities, the county = its sub-regions = its municipalities;
 * - time: a quarter = its months, a year = its months = its quarters, a rolling 12 months = its months (the
 *   numerator adds up over time even for a rate, whose population does not).
 * The primary rule (evaluate.ts) has already suppressed the small cells; this adds the cells whose publication
 * would give one of them away, and clears their numbers too.
 *
 * Only the equations with a suppressed cell can give one away, so only those are looked at: first those of the
 * cells the primary rule hid, then, as more cells are hidden, theirs, until hiding stops.
 */

/** The organisation as additive groups: each unit with children and the units that add up to it. */
export interface Organisation {
  /** The municipalities a municipality adds up into, itself first: municipality, sub-region, county. */
  unitsOf(municipality: string): readonly string[];
  /** Each unit with parts: sub-region → municipalities, county → sub-regions, county → municipalities. */
  partsOf(unit: string): readonly (readonly string[])[];
}

/** Hides what must be hidden, in place; returns how many cells it hid. */
export function protectComplements(values: CellValues, organisation: Organisation): number {
  const { sums } = values;
  const table = { sizes: new Float64Array(sums.grid.size), suppressed: values.suppressed };
  for (let position = 0; position < sums.grid.size; position++) table.sizes[position] = sums.sizeAt(position);
  // Within each period (sexes, the organisation) first, then everything with time too: a month hidden for its
  // sub-region's sake often already pairs with a small month of its quarter, where the other order would hide one
  // more month.
  const hidden = [false, true].flatMap((overTime) => {
    const equations = new GridEquations(values.sums, organisation, overTime);
    const start: number[] = [];
    const push = (group: number) => start.push(group);
    for (let position = 0; position < sums.grid.size; position++) if (table.suppressed[position]) equations.groupsOf(position, push);
    return suppressInStructure(table, equations, start);
  });
  for (const position of hidden) values.suppress(position);
  return hidden.length;
}

/**
 * The equations of a grid, numbered by their total and which of the total's equations they are: 0 its sexes, 1–2
 * its unit's part lists (a county has two: its sub-regions and its municipalities), 3–4 its period's (a year has
 * two: its months and its quarters). Set up from grid arithmetic as they are looked at; a part without rows (a
 * known zero) is left out, and a total without rows has no equation.
 */
class GridEquations implements AdditiveStructure {
  /** Per unit: the lists of units it is the sum of. */
  private readonly unitParts: number[][][];
  /** Per unit: the units and part lists it is in. */
  private readonly unitTotals: { total: number; list: number }[][];
  /** Per slot: the slots and part lists it is in. */
  private readonly slotTotals: { total: number; list: number }[][];

  constructor(
    private readonly sums: RolledUp,
    organisation: Organisation,
    private readonly overTime: boolean,
  ) {
    const { grid } = sums;
    this.unitParts = grid.units.map((code) =>
      organisation.partsOf(code).map((units) => units.map((unit) => grid.unitNumber(unit)).filter((n) => n !== -1)),
    );
    this.unitTotals = grid.units.map(() => []);
    this.unitParts.forEach((lists, total) => lists.forEach((units, list) => units.forEach((unit) => this.unitTotals[unit]!.push({ total, list }))));
    this.slotTotals = grid.slots.map(() => []);
    grid.slots.forEach((slot, total) => slot.parts.forEach((slots, list) => slots.forEach((s) => this.slotTotals[s]!.push({ total, list }))));
  }

  groupsOf(cell: number, visit: (group: number) => void): void {
    const { grid } = this.sums;
    const [unit, sex, slot] = [grid.unitOf(cell), grid.sexOf(cell), grid.slotOf(cell)];
    this.visitIfPresent(grid.position(unit, T, slot), 0, visit);
    for (let list = 0; list < this.unitParts[unit]!.length; list++) this.visitIfPresent(cell, 1 + list, visit);
    for (const { total, list } of this.unitTotals[unit]!) this.visitIfPresent(grid.position(total, sex, slot), 1 + list, visit);
    if (!this.overTime) return;
    for (let list = 0; list < grid.slots[slot]!.parts.length; list++) this.visitIfPresent(cell, 3 + list, visit);
    for (const { total, list } of this.slotTotals[slot]!) this.visitIfPresent(grid.position(unit, sex, total), 3 + list, visit);
  }

  // Methods rather than closures made per call: this runs for every hidden cell, and tsx names every closure.
  private visitIfPresent(total: number, kind: number, visit: (group: number) => void): void {
    if (this.sums.present[total]) visit(total * kinds + kind);
  }

  totalOf(group: number): number {
    return Math.floor(group / kinds);
  }

  partsOf(group: number, into: number[]): number {
    const { grid, present } = this.sums;
    const total = this.totalOf(group);
    const kind = group % kinds;
    const [unit, sex, slot] = [grid.unitOf(total), grid.sexOf(total), grid.slotOf(total)];
    let count = 0;
    if (kind === 0) {
      for (const s of [K, M]) if (present[grid.position(unit, s, slot)]) into[count++] = grid.position(unit, s, slot);
    } else if (kind < 3) {
      for (const u of this.unitParts[unit]![kind - 1]!) if (present[grid.position(u, sex, slot)]) into[count++] = grid.position(u, sex, slot);
    } else {
      for (const s of grid.slots[slot]!.parts[kind - 3]!) if (present[grid.position(unit, sex, s)]) into[count++] = grid.position(unit, sex, s);
    }
    return count;
  }
}

/** Equation numbers per total (five kinds, see GridEquations). */
const kinds = 5;
