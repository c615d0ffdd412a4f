import { describe, expect, it } from 'vitest';
import type { RowComputation } from './compile.ts';
import { evaluateCell } from './evaluate.ts';
import type { Cell } from './rollup.ts';

const proportion: RowComputation = {
  kind: 'proportion',
  dataset: 'pv_kontakter',
  periodField: 'kontaktdatum',
  denominatorWhere: [],
  numeratorWhere: [{ op: 'eq', field: 'kontaktform', value: 'video' }],
};
const rate: RowComputation = {
  kind: 'rate',
  dataset: 'pv_kontakter',
  periodField: 'kontaktdatum',
  numerator: { aggregate: 'count', where: [] },
  population: { ageBands: ['80+'] },
  per: 1_000,
};
const mean: RowComputation = {
  kind: 'mean',
  dataset: 'utskrivningsklara',
  periodField: 'utskrivningsdatum',
  value: { daysBetween: ['utskrivningsklar_datum', 'utskrivningsdatum'] },
  where: [],
};
const rule = { minDenominator: 20, minCell: 0 };

const cell = (numerator: number, denominator: number | null, sumSquares: number | null = null): Cell => ({
  orgUnit: '1480',
  periodType: 'month',
  period: '2026-01',
  sex: 'T',
  numerator,
  denominator,
  sumSquares,
  batchIds: ['1'],
});

/** Wilson's interval written out here, independently of the statistics module. */
function wilson(x: number, n: number, z: number) {
  const centre = 2 * x + z * z;
  const half = z * Math.sqrt(z * z + 4 * x * (1 - x / n));
  return [(100 * (centre - half)) / (2 * (n + z * z)), (100 * (centre + half)) / (2 * (n + z * z))];
}

describe('a proportion', () => {
  it('is stored in percent with Wilson intervals at 95 % and 99.8 %', () => {
    const stored = evaluateCell(proportion, rule, cell(81, 263));
    expect(stored).toMatchObject({ numerator: 81, denominator: 263, sumSquares: null, suppressed: false, missingReason: null });
    expect(stored.value).toBeCloseTo((100 * 81) / 263, 12);
    const [low, high] = wilson(81, 263, 1.959963984540054);
    const [low998, high998] = wilson(81, 263, 3.090232306167813);
    expect(stored.ciLow).toBeCloseTo(low!, 9);
    expect(stored.ciHigh).toBeCloseTo(high!, 9);
    expect(stored.ciLow998).toBeCloseTo(low998!, 9);
    expect(stored.ciHigh998).toBeCloseTo(high998!, 9);
  });

  it('is suppressed below the minimum denominator, with no number left to subtract from', () => {
    expect(evaluateCell(proportion, rule, cell(19, 19))).toEqual({
      numerator: null,
      denominator: null,
      sumSquares: null,
      value: null,
      ciLow: null,
      ciHigh: null,
      ciLow998: null,
      ciHigh998: null,
      standardError: null,
      suppressed: true,
      missingReason: 'suppressed',
    });
    expect(evaluateCell(proportion, rule, cell(0, 20)).suppressed).toBe(false);
  });

  it('is suppressed when a count or its complement is below minCell', () => {
    const strict = { minDenominator: 20, minCell: 3 };
    expect(evaluateCell(proportion, strict, cell(2, 100)).suppressed).toBe(true);
    expect(evaluateCell(proportion, strict, cell(98, 100)).suppressed).toBe(true);
    expect(evaluateCell(proportion, strict, cell(3, 100)).suppressed).toBe(false);
  });
});

describe('a rate', () => {
  it('is per the unit of the definition and missing when the population is not known', () => {
    const stored = evaluateCell(rate, rule, cell(12, 1_500));
    expect(stored.value).toBeCloseTo(8, 12);
    expect(stored.ciLow! < 8 && stored.ciHigh! > 8).toBe(true);
    expect(evaluateCell(rate, rule, cell(3, null))).toMatchObject({ value: null, suppressed: false, missingReason: 'missing' });
    expect(evaluateCell(rate, rule, cell(0, 400))).toMatchObject({ value: 0, ciLow: 0, missingReason: null });
  });
});

describe('a mean', () => {
  it('is the sum over n with a Student t interval from the sum of squares', () => {
    // 20 values: ten 1s and ten 3s: mean 2, s² = 20/19.
    const stored = evaluateCell(mean, rule, cell(40, 20, 100));
    expect(stored.value).toBe(2);
    const halfWidth = 2.093024054408263 * Math.sqrt(20 / 19 / 20); // t(0.975; 19)
    expect(stored.ciLow).toBeCloseTo(2 - halfWidth, 9);
    expect(stored.ciHigh).toBeCloseTo(2 + halfWidth, 9);
    expect(stored.sumSquares).toBe(100);
  });
});

describe('a survey proportion', () => {
  it('is suppressed below 30 respondents, however many answers they gave', () => {
    const survey = { minDenominator: 30, minCell: 0 };
    expect(evaluateCell({ kind: 'proportion' }, survey, { ...cell(60, 87), respondents: 29 })).toMatchObject({ suppressed: true, value: null });
    expect(evaluateCell({ kind: 'proportion' }, survey, { ...cell(60, 87), respondents: 30 })).toMatchObject({ suppressed: false, numerator: 60 });
  });
});
