import {
  type ConfidenceLevel,
  type DisclosureRule,
  type Estimate,
  meanEstimate,
  proportionEstimate,
  rateEstimate,
} from '@samsyn/indicators';
import type { RowComputation } from './compile.ts';
import type { Cell } from './rollup.ts';

/** What decides a cell's statistics: the kind, and a rate's unit. A survey indicator is a proportion. */
export type Statistic = { kind: 'proportion' | 'mean' } | Extract<RowComputation, { kind: 'rate' }>;

/** Why a stored value is absent; Kolada's symbols `..`, `-` and `.`. */
export type MissingReason = 'suppressed' | 'missing' | 'not_applicable';

/** What is stored for one cell beside its key: counts only when they may be published. */
export interface StoredNumbers {
  numerator: number | null;
  denominator: number | null;
  sumSquares: number | null;
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  ciLow998: number | null;
  ciHigh998: number | null;
  suppressed: boolean;
  missingReason: MissingReason | null;
}

/** A cell's numbers and what is only needed while computing: the standard error, for the trend. */
export interface EvaluatedNumbers extends StoredNumbers {
  standardError: number | null;
}

const nothing = {
  numerator: null,
  denominator: null,
  sumSquares: null,
  value: null,
  ciLow: null,
  ciHigh: null,
  ciLow998: null,
  ciHigh998: null,
  standardError: null,
};

/** A suppressed cell keeps no number at all, so nothing can be read back from it. */
export const suppressedNumbers = { ...nothing, suppressed: true, missingReason: 'suppressed' } as const satisfies EvaluatedNumbers;

/**
 * The disclosure rule: nothing is published that builds on fewer than `minDenominator` observations (rows, for a
 * rate the inhabitants, for a survey the respondents), and with `minCell` > 0 no count under it (a proportion's
 * complement too, which would disclose as much as the count).
 */
export function isSuppressed(
  kind: Statistic['kind'],
  cell: Pick<Cell, 'numerator' | 'denominator' | 'respondents'>,
  rule: DisclosureRule,
): boolean {
  if (cell.denominator === null) return false;
  if ((cell.respondents ?? cell.denominator) < rule.minDenominator) return true;
  if (rule.minCell > 0 && kind !== 'mean') {
    if (cell.numerator < rule.minCell) return true;
    if (kind === 'proportion' && cell.denominator - cell.numerator < rule.minCell) return true;
  }
  return false;
}

/** What the statistics of a cell are computed from. */
type Counts = Pick<Cell, 'numerator' | 'denominator' | 'sumSquares' | 'respondents'>;

/** The estimate at one level, in the unit the indicator is shown in (percent for proportions). */
function estimate(computation: Statistic, cell: Counts, level: ConfidenceLevel): { estimate: Estimate; scale: number } {
  const denominator = cell.denominator ?? 0;
  switch (computation.kind) {
    case 'proportion':
      return { estimate: proportionEstimate({ numerator: cell.numerator, denominator }, level), scale: 100 };
    case 'rate':
      return { estimate: rateEstimate({ numerator: cell.numerator, denominator, perUnit: computation.per }, level), scale: 1 };
    case 'mean':
      return {
        estimate: meanEstimate({ n: denominator, sum: cell.numerator, sumOfSquares: cell.sumSquares ?? 0 }, level),
        scale: 1,
      };
  }
}

/** Value, 95 % and 99.8 % intervals and disclosure for one rolled-up cell. */
export function evaluateCell(computation: Statistic, disclosure: DisclosureRule, cell: Counts): EvaluatedNumbers {
  if (cell.denominator === null) return { ...nothing, suppressed: false, missingReason: 'missing' };
  if (isSuppressed(computation.kind, cell, disclosure)) return { ...suppressedNumbers };
  const { estimate: at95, scale } = estimate(computation, cell, 0.95);
  const { estimate: at998 } = estimate(computation, cell, 0.998);
  return {
    numerator: cell.numerator,
    denominator: cell.denominator,
    sumSquares: cell.sumSquares,
    value: scaled(at95.value, scale),
    ciLow: scaled(at95.lower, scale),
    ciHigh: scaled(at95.upper, scale),
    ciLow998: scaled(at998.lower, scale),
    ciHigh998: scaled(at998.upper, scale),
    standardError: scaled(at95.standardError, scale),
    suppressed: false,
    // A denominator of zero or no observations: a value that does not exist, typed like Kolada's `-`.
    missingReason: at95.value === null ? 'missing' : null,
  };
}

/** In the unit shown. (A function, not a closure per cell: tsx names every closure it makes.) */
function scaled(x: number | null, scale: number): number | null {
  return x === null ? null : x * scale;
}
