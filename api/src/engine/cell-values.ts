import type { Hash } from 'node:crypto';
import type { DisclosureRule } from '@samsyn/indicators';
import { type EvaluatedNumbers, evaluateCell, type Statistic, suppressedNumbers } from './evaluate.ts';
import { sexes } from './grid.ts';
import type { RolledUp } from './rollup.ts';
import type { TrendDirection } from './trends.ts';
import { missingReasons, trendDirections, type ValueRow } from './write-values.ts';

/**
 * What is stored for every cell of one indicator, by grid position beside its sums (rollup.ts): value, intervals,
 * disclosure and trend in typed arrays, NaN where the stored number is null. The digest is taken from the arrays
 * themselves, and rows are made only when they are compared or written, one at a time, so that a recompute keeps
 * no quarter of a million objects alive until the end. evaluateAll fills them.
 */

export class CellValues {
  readonly value: Float64Array;
  readonly ciLow: Float64Array;
  readonly ciHigh: Float64Array;
  readonly ciLow998: Float64Array;
  readonly ciHigh998: Float64Array;
  /** Only needed while computing: the inverse-variance weight of the trend. */
  readonly standardError: Float64Array;
  readonly suppressed: Uint8Array;
  /** Index into missingReasons, -1 for none. */
  private readonly missing: Int8Array;
  /** Index into trendDirections, -1 for none (not five published periods). */
  private readonly trend: Int8Array;
  readonly trendChiSquare: Float64Array;

  constructor(readonly sums: RolledUp) {
    const size = sums.grid.size;
    [this.value, this.ciLow, this.ciHigh, this.ciLow998, this.ciHigh998, this.standardError, this.trendChiSquare] = Array.from(
      { length: 7 },
      () => new Float64Array(size).fill(Number.NaN),
    ) as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
    this.suppressed = new Uint8Array(size);
    this.missing = new Int8Array(size).fill(-1);
    this.trend = new Int8Array(size).fill(-1);
  }

  /** Cells with rows, in grid order. */
  get count(): number {
    let count = 0;
    for (const present of this.sums.present) count += present;
    return count;
  }

  /** Stores a cell's numbers; its counts are the sums', shown unless it is suppressed or its denominator unknown. */
  set(position: number, numbers: EvaluatedNumbers): void {
    this.value[position] = numbers.value ?? Number.NaN;
    this.ciLow[position] = numbers.ciLow ?? Number.NaN;
    this.ciHigh[position] = numbers.ciHigh ?? Number.NaN;
    this.ciLow998[position] = numbers.ciLow998 ?? Number.NaN;
    this.ciHigh998[position] = numbers.ciHigh998 ?? Number.NaN;
    this.standardError[position] = numbers.standardError ?? Number.NaN;
    this.suppressed[position] = numbers.suppressed ? 1 : 0;
    this.missing[position] = numbers.missingReason === null ? -1 : missingReasons.indexOf(numbers.missingReason);
  }

  /** Hides a cell: no number at all is kept, so nothing can be read back from it. */
  suppress(position: number): void {
    this.set(position, suppressedNumbers);
  }

  /** Counts are published with the cell: neither suppressed nor with an unknown denominator. */
  countsShown(position: number): boolean {
    return !this.suppressed[position] && !this.sums.denominatorUnknown[position];
  }

  /** A value with its counts: what a trend may rest on. */
  published(position: number): boolean {
    return this.sums.present[position] === 1 && this.countsShown(position) && !Number.isNaN(this.value[position]!);
  }

  setTrend(position: number, trend: TrendDirection | null, chiSquare: number | null): void {
    this.trend[position] = trend === null ? -1 : trendDirections.indexOf(trend);
    this.trendChiSquare[position] = chiSquare ?? Number.NaN;
  }

  /** The stored row of a position. */
  row(position: number): ValueRow {
    const { sums } = this;
    const { grid } = sums;
    const slot = grid.slots[grid.slotOf(position)]!;
    const shown = this.countsShown(position);
    const missing = this.missing[position]!;
    const trend = this.trend[position]!;
    return {
      orgUnit: grid.units[grid.unitOf(position)]!,
      periodType: slot.periodType,
      period: slot.period,
      sex: sexes[grid.sexOf(position)]!,
      batchIds: sums.batchSets.ids(sums.batchSet[position]!),
      numerator: shown ? sums.numerator[position]! : null,
      denominator: shown ? sums.denominator[position]! : null,
      sumSquares: shown && sums.sumSquares ? sums.sumSquares[position]! : null,
      value: nullable(this.value, position),
      ciLow: nullable(this.ciLow, position),
      ciHigh: nullable(this.ciHigh, position),
      ciLow998: nullable(this.ciLow998, position),
      ciHigh998: nullable(this.ciHigh998, position),
      suppressed: this.suppressed[position] === 1,
      missingReason: missing === -1 ? null : missingReasons[missing]!,
      trend: trend === -1 ? null : trendDirections[trend]!,
      trendChiSquare: nullable(this.trendChiSquare, position),
    };
  }

  /**
   * Every column, whole: equal columns store equal rows. Hidden and absent positions go in too (a hidden number
   * that changes costs one comparison that finds nothing to write), and no row is made.
   */
  hashInto(hash: Hash): void {
    const { sums } = this;
    const { grid } = sums;
    hash.update(grid.units.join()).update(grid.slots.map((slot) => `${slot.periodType}|${slot.period}`).join());
    const columns = [
      ...[sums.present, sums.numerator, sums.denominator, sums.denominatorUnknown, sums.sumSquares, sums.batchSet],
      ...[this.value, this.ciLow, this.ciHigh, this.ciLow998, this.ciHigh998, this.suppressed, this.missing, this.trend, this.trendChiSquare],
    ];
    for (const column of columns) if (column) hash.update(new Uint8Array(column.buffer, column.byteOffset, column.byteLength));
    const sets = new Set(sums.batchSet);
    hash.update([...sets].map((set) => `${set}:${sums.batchSets.ids(set).join()}`).join(';'));
  }

  /** Every cell's row, made as they are read. */
  *rows(): Generator<ValueRow> {
    const { present } = this.sums;
    for (let position = 0; position < present.length; position++) if (present[position]) yield this.row(position);
  }
}

/** A stored number: NaN stands for null. (A function, not a closure per row: tsx names every closure it makes.) */
function nullable(column: Float64Array, position: number): number | null {
  const x = column[position]!;
  return Number.isNaN(x) ? null : x;
}

/** Every cell of a roll-up evaluated, into the columns of what is stored. */
export function evaluateAll(computation: Statistic, disclosure: DisclosureRule, sums: RolledUp): CellValues {
  const values = new CellValues(sums);
  // One object reused for every cell: the statistics read four numbers, and a quarter of a million short-lived
  // cells would only feed the collector.
  const counts: { numerator: number; denominator: number | null; sumSquares: number | null; respondents?: number } = {
    numerator: 0,
    denominator: null,
    sumSquares: null,
  };
  for (let position = 0; position < sums.grid.size; position++) {
    if (!sums.present[position]) continue;
    counts.numerator = sums.numerator[position]!;
    counts.denominator = sums.denominatorAt(position);
    counts.sumSquares = sums.sumSquares ? sums.sumSquares[position]! : null;
    if (sums.respondents) counts.respondents = sums.respondents[position]!;
    values.set(position, evaluateCell(computation, disclosure, counts));
  }
  return values;
}
