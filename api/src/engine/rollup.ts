import { BatchSets } from './batch-sets.ts';
import { Grid, monthIndexer, type PeriodRules, periodSlots, sexes, T } from './grid.ts';
import type { PeriodType, Sex } from './periods.ts';

/**
 * Roll-up: from the base sums per municipality × month × sex to every level, sex and period type, by SUMMING the
 * counts (and sums of values and of squares), never by averaging percentages or means.
 *
 * Done here in TypeScript over the base cells rather than in SQL. The base cells are few (49 municipalities × 2 sexes
 * × the months: ≈ 3 500 for three years, whatever the number of fact rows), every rolled-up cell has to come to
 * TypeScript anyway for its intervals (the statistics module), and the period rules (complete periods, rolling 12
 * months, a population that is a stock rather than a flow) read plainly here. The sums go into the grid's typed
 * arrays (grid.ts): 12 000 cells per indicator for three years, in a few milliseconds. The expensive part, the pass
 * over millions of fact rows, stays in SQL.
 */

/**
 * Sums of one municipality, month (YYYY-MM) and sex, as the compiled query returns them. Survey answers carry no sex
 * (nothing that could identify a respondent is asked): their cells are 'T' only.
 */
export interface BaseCell {
  orgUnit: string;
  month: string;
  sex: Sex;
  numerator: number;
  /** null: not known (a rate's population that has not been imported). */
  denominator: number | null;
  sumSquares: number | null;
  batchIds: readonly string[];
  /**
   * Surveys: the people who gave the answers counted (several answers each, one per question of a dimension). They
   * add up like counts, since every response belongs to one unit and one week; disclosure is judged on them.
   */
  respondents?: number;
}

/** Sums of one unit (at any level), period and sex (K, M or T = K + M). */
export interface Cell {
  orgUnit: string;
  periodType: PeriodType;
  /** 2026-03, 2026-Q1, 2026; a rolling 12 months is labelled by its last month. */
  period: string;
  sex: Sex;
  numerator: number;
  denominator: number | null;
  sumSquares: number | null;
  batchIds: string[];
  /** Set when the base cells count respondents (surveys). */
  respondents?: number;
}

export interface RollupOptions extends PeriodRules {
  /** The units a municipality's sums add up into, itself first: municipality, sub-region, county. */
  unitsOf(municipality: string): readonly string[];
  /**
   * How a denominator adds up over the months of a period. 'sum' for rows (contacts, episodes); 'mean' for a
   * population, which is a stock: a quarter's denominator is the population, not three times it, and a rolling
   * 12 months across a new year takes the mean of the months' populations. Across units and sexes both add up.
   */
  denominatorOverTime: 'sum' | 'mean';
}

/** The sums of every cell of one indicator, by grid position. */
export class RolledUp {
  /** 1 where the unit and sex have rows in the period. */
  readonly present: Uint8Array;
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  /** 1 where a part's denominator was not known, so the sum's is not either. */
  readonly denominatorUnknown: Uint8Array;
  /** Only for means (sums of squares) and surveys (respondents). */
  readonly sumSquares: Float64Array | null;
  readonly respondents: Float64Array | null;
  readonly batchSet: Int32Array;
  readonly batchSets = new BatchSets();

  constructor(
    readonly grid: Grid,
    options: { sumSquares: boolean; respondents: boolean },
  ) {
    this.present = new Uint8Array(grid.size);
    this.numerator = new Float64Array(grid.size);
    this.denominator = new Float64Array(grid.size);
    this.denominatorUnknown = new Uint8Array(grid.size);
    this.sumSquares = options.sumSquares ? new Float64Array(grid.size) : null;
    this.respondents = options.respondents ? new Float64Array(grid.size) : null;
    this.batchSet = new Int32Array(grid.size);
  }

  denominatorAt(position: number): number | null {
    return this.denominatorUnknown[position] ? null : this.denominator[position]!;
  }

  /** What the disclosure rule judges: the respondents of a survey, otherwise the denominator (0 when not known). */
  sizeAt(position: number): number {
    return this.respondents ? this.respondents[position]! : (this.denominatorAt(position) ?? 0);
  }

  /** Adds the sums at `from` into `into`. */
  addPosition(into: number, from: number): void {
    this.present[into] = 1;
    this.numerator[into]! += this.numerator[from]!;
    this.denominator[into]! += this.denominator[from]!;
    this.denominatorUnknown[into]! |= this.denominatorUnknown[from]!;
    if (this.sumSquares) this.sumSquares[into]! += this.sumSquares[from]!;
    if (this.respondents) this.respondents[into]! += this.respondents[from]!;
    this.batchSet[into] = this.batchSets.union(this.batchSet[into]!, this.batchSet[from]!);
  }

  addBase(into: number, cell: BaseCell, batchSet: number): void {
    this.present[into] = 1;
    this.numerator[into]! += cell.numerator;
    if (cell.denominator === null) this.denominatorUnknown[into] = 1;
    else this.denominator[into]! += cell.denominator;
    if (this.sumSquares) this.sumSquares[into]! += cell.sumSquares ?? 0;
    if (this.respondents) this.respondents[into]! += cell.respondents ?? 0;
    this.batchSet[into] = this.batchSets.union(this.batchSet[into]!, batchSet);
  }

  /** The cell at a position, as an object (for the survey results, which relate few cells). */
  cell(position: number): Cell {
    const { grid } = this;
    const slot = grid.slots[grid.slotOf(position)]!;
    return {
      orgUnit: grid.units[grid.unitOf(position)]!,
      periodType: slot.periodType,
      period: slot.period,
      sex: sexes[grid.sexOf(position)]!,
      numerator: this.numerator[position]!,
      denominator: this.denominatorAt(position),
      sumSquares: this.sumSquares ? this.sumSquares[position]! : null,
      batchIds: [...this.batchSets.ids(this.batchSet[position]!)],
      ...(this.respondents ? { respondents: this.respondents[position]! } : {}),
    };
  }

  /** Every cell, as objects. */
  cells(): Cell[] {
    const cells: Cell[] = [];
    for (let position = 0; position < this.grid.size; position++) if (this.present[position]) cells.push(this.cell(position));
    return cells;
  }
}

/**
 * In two steps, so that each base cell is touched a few times rather than once per period it belongs to: first
 * across units and sexes within the month, then each unit's months into quarters, years and rolling 12 months.
 */
export function rollUp(base: readonly BaseCell[], options: RollupOptions): RolledUp {
  const monthOf = monthIndexer();
  const chains = new Map<string, readonly string[]>();
  for (const cell of base) if (!chains.has(cell.orgUnit)) chains.set(cell.orgUnit, options.unitsOf(cell.orgUnit));
  const units = [...new Set([...chains.values()].flat())].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const grid = new Grid(units, periodSlots(new Set(base.map((cell) => monthOf(cell.month))), options));
  const sums = new RolledUp(grid, {
    sumSquares: base.some((cell) => cell.sumSquares !== null),
    respondents: base.some((cell) => cell.respondents !== undefined),
  });

  // Step 1: each base cell into its month at every unit of its chain, in its sex and in T.
  const unitNumbers = new Map([...chains].map(([code, chain]) => [code, chain.map((unit) => grid.unitNumber(unit))]));
  for (const cell of base) {
    const slot = grid.monthSlot(monthOf(cell.month));
    const sex = sexes.indexOf(cell.sex);
    const batchSet = sums.batchSets.intern(cell.batchIds);
    for (const unit of unitNumbers.get(cell.orgUnit)!) {
      sums.addBase(grid.position(unit, T, slot), cell, batchSet);
      if (sex !== T) sums.addBase(grid.position(unit, sex, slot), cell, batchSet);
    }
  }

  // Step 2: each unit's months into the periods that sum them.
  grid.slots.forEach((slot, s) => {
    if (slot.periodType === 'month') return;
    for (let unit = 0; unit < units.length; unit++) {
      for (let sex = 0; sex < sexes.length; sex++) {
        const into = grid.position(unit, sex, s);
        for (const month of slot.months) {
          const from = grid.position(unit, sex, month);
          if (sums.present[from]) sums.addPosition(into, from);
        }
        if (options.denominatorOverTime === 'mean' && sums.present[into]) sums.denominator[into]! /= slot.coveredMonths;
      }
    }
  });
  return sums;
}
