import { monthIndex, monthLabel, monthsOf, type PeriodType, type Sex } from './rollup.ts';

/**
 * The cells of one indicator numbered by unit, sex and period, so that the steps that relate cells to each other
 * (complementary suppression, trends) look them up by arithmetic instead of building string keys: a full recompute
 * relates some hundred thousand cells through millions of lookups.
 */

export interface KeyedCell {
  orgUnit: string;
  sex: Sex;
  periodType: PeriodType;
  period: string;
}

const sexes: readonly Sex[] = ['K', 'M', 'T'];

/** A period that occurs among the cells, with its place in its period type's sequence. */
interface Slot {
  periodType: PeriodType;
  period: string;
  /** Consecutive periods of a type are one apart (months for rolling 12 months, which are labelled by month). */
  ordinal: number;
}

export class CellIndex {
  readonly units: string[] = [];
  private readonly unitNumbers = new Map<string, number>();
  private readonly slots: Slot[] = [];
  private readonly slotNumbers = new Map<string, number>();
  /** periodType|ordinal → slot, for the periods before a slot. */
  private readonly ordinals = new Map<string, number>();
  /** Per cell: its unit, sex (0 K, 1 M, 2 T) and slot numbers. */
  readonly unitOf: Int32Array;
  readonly sexOf: Int32Array;
  readonly slotOf: Int32Array;
  /** The cell number at (unit, sex, slot), or -1. */
  private readonly cells: Int32Array;

  constructor(cells: readonly KeyedCell[]) {
    this.unitOf = new Int32Array(cells.length);
    this.sexOf = new Int32Array(cells.length);
    this.slotOf = new Int32Array(cells.length);
    cells.forEach((cell, i) => {
      this.unitOf[i] = this.addUnit(cell.orgUnit);
      this.sexOf[i] = sexes.indexOf(cell.sex);
      this.slotOf[i] = this.slotNumber(cell.periodType, cell.period, true);
    });
    this.cells = new Int32Array(this.units.length * sexes.length * this.slots.length).fill(-1);
    for (let i = 0; i < cells.length; i++) this.cells[this.position(this.unitOf[i]!, this.sexOf[i]!, this.slotOf[i]!)] = i;
  }

  get slotCount(): number {
    return this.slots.length;
  }

  unitNumber(code: string): number {
    return this.unitNumbers.get(code) ?? -1;
  }

  /** The cell of a unit, sex (0 K, 1 M, 2 T) and slot, or -1. */
  at(unit: number, sex: number, slot: number): number {
    return unit < 0 || slot < 0 ? -1 : this.cells[this.position(unit, sex, slot)]!;
  }

  /**
   * The slots a slot's period is the sum of: its months for a quarter, a year or a rolling 12 months, and a year's
   * quarters too. Months that are no slot (no cell has them) are left out.
   */
  partSlots(slot: number): number[][] {
    const { periodType, period } = this.slots[slot]!;
    if (periodType === 'month') return [];
    const months = monthsOf(periodType, period).map((m) => this.slotNumber('month', monthLabel(m), false)).filter((s) => s !== -1);
    if (periodType !== 'year') return [months];
    const quarters = [1, 2, 3, 4].map((q) => this.slotNumber('quarter', `${period}-Q${q}`, false)).filter((s) => s !== -1);
    return [months, quarters];
  }

  /** The slots of the `count` periods ending with this one, oldest first (-1 where a period is no slot). */
  recentSlots(slot: number, count: number): number[] {
    const { periodType, ordinal } = this.slots[slot]!;
    const step = periodType === 'rolling_12' ? 12 : 1;
    return Array.from({ length: count }, (_, i) => this.slotByOrdinal(periodType, ordinal - (count - 1 - i) * step));
  }

  private position(unit: number, sex: number, slot: number): number {
    return (unit * sexes.length + sex) * this.slots.length + slot;
  }

  private addUnit(code: string): number {
    let n = this.unitNumbers.get(code);
    if (n === undefined) {
      n = this.units.push(code) - 1;
      this.unitNumbers.set(code, n);
    }
    return n;
  }

  private slotNumber(periodType: PeriodType, period: string, add: boolean): number {
    const key = `${periodType}|${period}`;
    let n = this.slotNumbers.get(key);
    if (n === undefined) {
      if (!add) return -1;
      n = this.slots.push({ periodType, period, ordinal: ordinal(periodType, period) }) - 1;
      this.slotNumbers.set(key, n);
      this.ordinals.set(`${periodType}|${this.slots[n]!.ordinal}`, n);
    }
    return n;
  }

  private slotByOrdinal(periodType: PeriodType, value: number): number {
    return this.ordinals.get(`${periodType}|${value}`) ?? -1;
  }
}

/** A period's position in its period type's sequence: consecutive periods are one apart. */
function ordinal(periodType: PeriodType, period: string): number {
  switch (periodType) {
    case 'month':
    case 'rolling_12':
      return monthIndex(period);
    case 'quarter': {
      const [year, quarter] = period.split('-Q').map(Number) as [number, number];
      return year * 4 + quarter - 1;
    }
    case 'year':
      return Number(period);
  }
}
