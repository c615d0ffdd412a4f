import { monthIndex, monthLabel, type PeriodType, periodTypes, type Sex } from './periods.ts';

/**
 * The cells of one indicator laid out as a grid: unit × sex × period, each cell a number (its position), and every
 * quantity of a cell an entry in a typed array at that position. A full recompute relates some quarter of a million
 * cells to each other (roll-up, complementary suppression, trends); as objects they were most of the recompute's
 * CPU and half of it was the collector's. Positions are arithmetic: a cell's sub-region, other sex or previous
 * quarter is a multiplication and an addition away.
 *
 * The grid holds every position; only some hold a cell (`present`): a unit and sex without rows in a period has
 * none, as before.
 */

export const sexes: readonly Sex[] = ['K', 'M', 'T'];
export const [K, M, T] = [0, 1, 2];

/** A period the cells can have, with its place in its period type's sequence and what it adds up from. */
export interface Slot {
  periodType: PeriodType;
  period: string;
  /** Consecutive periods of a type are one apart (months for rolling 12 months, which are labelled by month). */
  ordinal: number;
  /** The month slots the period sums (its months with data); empty for a month. */
  months: number[];
  /** The ways the period is a sum of other slots: its months, and for a year its quarters too. */
  parts: number[][];
  /** How many of its months have data anywhere: a population's mean over time divides by it. */
  coveredMonths: number;
}

export interface PeriodRules {
  /**
   * Period types whose cells exist only when every one of their months has data. rolling_12 always needs all 12;
   * a rate (events in a period per inhabitant) of a part of a quarter would look like a low quarter, so rates
   * need complete quarters and years too. Which months have data is decided over all units: a small municipality
   * without rows in a month still has that month.
   */
  completePeriods: readonly PeriodType[];
}

/** The periods the months with data can fill: every month, and the quarters, years and rolling 12 months they reach. */
export function periodSlots(covered: ReadonlySet<number>, rules: PeriodRules): Slot[] {
  const complete = new Set<PeriodType>(['rolling_12', ...rules.completePeriods]);
  const candidates = new Map<string, { periodType: PeriodType; period: string; ordinal: number; months: number[] }>();
  const candidate = (periodType: PeriodType, ordinal: number, months: number[]) => {
    const period = periodLabel(periodType, ordinal);
    const key = `${periodType}|${period}`;
    if (!candidates.has(key)) candidates.set(key, { periodType, period, ordinal, months });
  };
  for (const month of covered) {
    const year = Math.floor(month / 12);
    const quarter = year * 4 + Math.floor((month % 12) / 3);
    candidate('month', month, [month]);
    candidate('quarter', quarter, range(year * 12 + (quarter % 4) * 3, 3));
    candidate('year', year, range(year * 12, 12));
    // A rolling 12 months ending in each of this month and the 11 after it.
    for (let end = month; end < month + 12; end++) candidate('rolling_12', end, range(end - 11, 12));
  }
  const kept = [...candidates.values()]
    .filter((c) => !complete.has(c.periodType) || c.months.every((m) => covered.has(m)))
    .sort((a, b) => periodTypes.indexOf(a.periodType) - periodTypes.indexOf(b.periodType) || a.ordinal - b.ordinal);
  const slotOf = new Map(kept.map((c, i) => [`${c.periodType}|${c.period}`, i]));
  const slotsOf = (periodType: PeriodType, ordinals: readonly number[]) =>
    ordinals.map((o) => slotOf.get(`${periodType}|${periodLabel(periodType, o)}`) ?? -1).filter((s) => s !== -1);
  return kept.map((c) => {
    const months = c.periodType === 'month' ? [] : slotsOf('month', c.months.filter((m) => covered.has(m)));
    const quarters = c.periodType === 'year' ? slotsOf('quarter', range(c.ordinal * 4, 4)) : [];
    return {
      periodType: c.periodType,
      period: c.period,
      ordinal: c.ordinal,
      months,
      parts: c.periodType === 'month' ? [] : c.periodType === 'year' ? [months, quarters] : [months],
      coveredMonths: c.months.filter((m) => covered.has(m)).length,
    };
  });
}

function periodLabel(periodType: PeriodType, ordinal: number): string {
  switch (periodType) {
    case 'month':
    case 'rolling_12':
      return monthLabel(ordinal);
    case 'quarter':
      return `${Math.floor(ordinal / 4)}-Q${(ordinal % 4) + 1}`;
    case 'year':
      return String(ordinal);
  }
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + i);
}

/** Units × sexes × slots, and the arithmetic between positions. */
export class Grid {
  readonly size: number;
  private readonly unitNumbers: Map<string, number>;
  private readonly slotNumbers = new Map<string, number>();

  constructor(
    /** Unit codes, in code order (the order decides ties in complementary suppression). */
    readonly units: readonly string[],
    readonly slots: readonly Slot[],
  ) {
    this.size = units.length * sexes.length * slots.length;
    this.unitNumbers = new Map(units.map((code, i) => [code, i]));
    slots.forEach((slot, i) => this.slotNumbers.set(`${slot.periodType}|${slot.ordinal}`, i));
  }

  unitNumber(code: string): number {
    return this.unitNumbers.get(code) ?? -1;
  }

  position(unit: number, sex: number, slot: number): number {
    return (unit * sexes.length + sex) * this.slots.length + slot;
  }

  unitOf(position: number): number {
    return Math.floor(position / (sexes.length * this.slots.length));
  }

  sexOf(position: number): number {
    return Math.floor(position / this.slots.length) % sexes.length;
  }

  slotOf(position: number): number {
    return position % this.slots.length;
  }

  /** The slot of the month with this index, or -1. */
  monthSlot(month: number): number {
    return this.slotNumbers.get(`month|${month}`) ?? -1;
  }

  /** The slots of the `count` periods ending with this one, oldest first (-1 where a period is no slot). */
  recentSlots(slot: number, count: number): number[] {
    const { periodType, ordinal } = this.slots[slot]!;
    // Rolling 12 months overlap month to month; their trend is taken over windows twelve months apart.
    const step = periodType === 'rolling_12' ? 12 : 1;
    return range(0, count).map((i) => this.slotNumbers.get(`${periodType}|${ordinal - (count - 1 - i) * step}`) ?? -1);
  }
}

/** The month index of each base month label, checked once per distinct label. */
export function monthIndexer(): (month: string) => number {
  const known = new Map<string, number>();
  return (month) => {
    let index = known.get(month);
    if (index === undefined) known.set(month, (index = monthIndex(month)));
    return index;
  };
}
