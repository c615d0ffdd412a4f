import { describe, expect, it } from 'vitest';
import { monthIndex, monthLabel } from './periods.ts';
import { type BaseCell, type Cell, rollUp, type RollupOptions } from './rollup.ts';

/** Two municipalities A1, A2 in sub-region A, one (B1) in sub-region B, all in county C. */
const parents: Record<string, string> = { A1: 'A', A2: 'A', B1: 'B', A: 'C', B: 'C' };
const unitsOf = (code: string) => {
  const chain = [code];
  while (parents[chain.at(-1)!]) chain.push(parents[chain.at(-1)!]!);
  return chain;
};
const counts: RollupOptions = { unitsOf, denominatorOverTime: 'sum', completePeriods: ['rolling_12'] };
const population: RollupOptions = { unitsOf, denominatorOverTime: 'mean', completePeriods: ['quarter', 'year', 'rolling_12'] };

function base(orgUnit: string, month: string, sex: 'K' | 'M', numerator: number, denominator: number | null, extra: Partial<BaseCell> = {}): BaseCell {
  return { orgUnit, month, sex, numerator, denominator, sumSquares: null, batchIds: ['1'], ...extra };
}

function find(cells: Cell[], orgUnit: string, periodType: Cell['periodType'], period: string, sex: Cell['sex']) {
  return cells.find((c) => c.orgUnit === orgUnit && c.periodType === periodType && c.period === period && c.sex === sex);
}

/** The rolled-up cells as objects. */
const rolled = (base: BaseCell[], options: RollupOptions): Cell[] => rollUp(base, options).cells();

const sums = (cell: Cell | undefined) => cell && [cell.numerator, cell.denominator];

describe('rolling up counts', () => {
  const cells = rolled(
    [
      base('A1', '2026-01', 'K', 8, 10, { batchIds: ['3'] }),
      base('A1', '2026-01', 'M', 1, 4, { batchIds: ['3'] }),
      base('A2', '2026-01', 'K', 30, 40, { batchIds: ['4'] }),
      base('B1', '2026-01', 'M', 5, 50, { batchIds: ['5', '3'] }),
      base('A1', '2026-02', 'K', 2, 20, { batchIds: ['6'] }),
      base('A1', '2026-04', 'K', 7, 7, { batchIds: ['7'] }),
    ],
    counts,
  );

  it('sums numerators and denominators of municipalities into sub-regions and the county, never averaging shares', () => {
    expect(sums(find(cells, 'A1', 'month', '2026-01', 'K'))).toEqual([8, 10]);
    expect(sums(find(cells, 'A', 'month', '2026-01', 'K'))).toEqual([38, 50]); // not the mean of 80 % and 75 %
    expect(sums(find(cells, 'B', 'month', '2026-01', 'M'))).toEqual([5, 50]);
    expect(sums(find(cells, 'C', 'month', '2026-01', 'K'))).toEqual([38, 50]);
    expect(sums(find(cells, 'C', 'month', '2026-01', 'M'))).toEqual([6, 54]);
  });

  it('adds K and M into T at every level', () => {
    expect(sums(find(cells, 'A1', 'month', '2026-01', 'T'))).toEqual([9, 14]);
    expect(sums(find(cells, 'C', 'month', '2026-01', 'T'))).toEqual([44, 104]);
    expect(find(cells, 'B1', 'month', '2026-01', 'K')).toBeUndefined();
  });

  it('sums months into quarters and years, whichever months have data', () => {
    expect(sums(find(cells, 'A1', 'quarter', '2026-Q1', 'K'))).toEqual([10, 30]);
    expect(sums(find(cells, 'A1', 'quarter', '2026-Q2', 'K'))).toEqual([7, 7]);
    expect(sums(find(cells, 'A1', 'year', '2026', 'K'))).toEqual([17, 37]);
    expect(sums(find(cells, 'C', 'year', '2026', 'T'))).toEqual([53, 131]);
  });

  it('has no rolling 12 months without 12 months of data', () => {
    expect(cells.filter((c) => c.periodType === 'rolling_12')).toEqual([]);
  });

  it('keeps the import batches of every row as lineage', () => {
    expect(find(cells, 'A1', 'quarter', '2026-Q1', 'T')?.batchIds).toEqual(['3', '6']);
    expect(find(cells, 'C', 'month', '2026-01', 'T')?.batchIds).toEqual(['3', '4', '5']);
  });

  it('produces each unit, period and sex once', () => {
    const keys = cells.map((c) => `${c.orgUnit}|${c.periodType}|${c.period}|${c.sex}`);
    expect(new Set(keys).size).toBe(keys.length);
    // A1: 3 months, 2 quarters, 1 year with K and T; 2026-01 also M. Units: A1, A, C carry A1's months.
    expect(cells.filter((c) => c.orgUnit === 'A1')).toHaveLength(3 * 2 + 2 * 2 + 1 * 2 + 3);
  });
});

describe('rolling 12 months', () => {
  const months = Array.from({ length: 14 }, (_, i) => monthLabel(monthIndex('2025-01') + i)); // 2025-01 … 2026-02
  const cells = rolled(
    months.map((month, i) => base('A1', month, 'K', i + 1, 10)),
    counts,
  );

  it('is labelled by its last month and exists only where all 12 months have data', () => {
    const rolling = cells.filter((c) => c.periodType === 'rolling_12' && c.orgUnit === 'A1' && c.sex === 'K');
    expect(rolling.map((c) => c.period).sort()).toEqual(['2025-12', '2026-01', '2026-02']);
    // 2025-12: months 1…12 → numerators 1 + … + 12 = 78; 2026-02: months 3…14 → 102.
    expect(sums(find(cells, 'A1', 'rolling_12', '2025-12', 'K'))).toEqual([78, 120]);
    expect(sums(find(cells, 'A1', 'rolling_12', '2026-02', 'K'))).toEqual([102, 120]);
  });

  it('needs the months over all units, not per unit: a unit without rows in a month still gets the period', () => {
    const sparse = rolled([...months.map((month) => base('A1', month, 'K', 1, 10)), base('B1', '2026-02', 'M', 2, 3)], counts);
    expect(sums(find(sparse, 'B1', 'rolling_12', '2026-02', 'M'))).toEqual([2, 3]);
    expect(sums(find(sparse, 'C', 'rolling_12', '2026-02', 'T'))).toEqual([14, 123]);
  });
});

describe('sums for means', () => {
  it('adds n, sums and sums of squares', () => {
    const cells = rolled(
      [
        base('A1', '2026-01', 'K', 6, 3, { sumSquares: 14 }), // values 1, 2, 3
        base('A2', '2026-01', 'M', 9, 2, { sumSquares: 41 }), // values 4, 5
      ],
      counts,
    );
    const county = find(cells, 'C', 'month', '2026-01', 'T');
    expect([county?.numerator, county?.denominator, county?.sumSquares]).toEqual([15, 5, 55]);
    expect(find(cells, 'A1', 'month', '2026-01', 'T')?.sumSquares).toBe(14);
  });
});

describe('population denominators', () => {
  const q1 = ['2026-01', '2026-02', '2026-03'];

  it('takes the population once per period, not once per month, and sums it across units and sexes', () => {
    const cells = rolled(
      q1.flatMap((month, i) => [base('A1', month, 'K', i, 300), base('A1', month, 'M', 1, 200), base('A2', month, 'K', 0, 100)]),
      population,
    );
    expect(sums(find(cells, 'A1', 'month', '2026-02', 'K'))).toEqual([1, 300]);
    expect(sums(find(cells, 'A1', 'quarter', '2026-Q1', 'K'))).toEqual([3, 300]);
    expect(sums(find(cells, 'A1', 'quarter', '2026-Q1', 'T'))).toEqual([6, 500]);
    expect(sums(find(cells, 'C', 'quarter', '2026-Q1', 'T'))).toEqual([6, 600]);
  });

  it('has no quarter or year for a rate until all their months have data', () => {
    const cells = rolled([base('A1', '2026-01', 'K', 1, 300), base('A1', '2026-02', 'K', 1, 300)], population);
    expect(cells.filter((c) => c.periodType !== 'month')).toEqual([]);
  });

  it('takes the mean of the months’ populations over a rolling 12 months across a new year', () => {
    const months = Array.from({ length: 12 }, (_, i) => monthLabel(monthIndex('2025-07') + i));
    const cells = rolled(
      months.map((month) => base('A1', month, 'K', 1, month.startsWith('2025') ? 100 : 112)),
      population,
    );
    expect(sums(find(cells, 'A1', 'rolling_12', '2026-06', 'K'))).toEqual([12, 106]);
    expect(sums(find(cells, 'A1', 'year', '2025', 'K'))).toBeUndefined();
  });

  it('leaves the denominator unknown when a month’s population is', () => {
    const cells = rolled(
      q1.map((month) => base('A1', month, 'K', 1, month === '2026-02' ? null : 300)),
      population,
    );
    expect(find(cells, 'A1', 'quarter', '2026-Q1', 'K')?.denominator).toBeNull();
    expect(find(cells, 'A1', 'month', '2026-01', 'K')?.denominator).toBe(300);
  });
});

describe('rolling up survey answers', () => {
  const answers = (orgUnit: string, month: string, numerator: number, denominator: number, respondents: number): BaseCell => ({
    orgUnit,
    month,
    sex: 'T',
    numerator,
    denominator,
    sumSquares: null,
    batchIds: [],
    respondents,
  });
  const cells = rolled([answers('A1', '2026-01', 20, 30, 10), answers('A2', '2026-02', 30, 45, 15)], counts);

  it('keeps cells without sex as both sexes only, and adds up the respondents like the counts', () => {
    expect(cells.every((c) => c.sex === 'T')).toBe(true);
    expect(find(cells, 'A', 'quarter', '2026-Q1', 'T')).toMatchObject({ numerator: 50, denominator: 75, respondents: 25 });
    expect(find(cells, 'C', 'month', '2026-02', 'T')).toMatchObject({ numerator: 30, denominator: 45, respondents: 15 });
  });

  it('leaves the respondents out of cells whose base cells do not count them', () => {
    expect(rolled([base('A1', '2026-01', 'K', 1, 2)], counts).some((c) => 'respondents' in c)).toBe(false);
  });
});
