import { describe, expect, it } from 'vitest';
import { recoverableCells, suppressComplementary, type AdditiveGroup, type DisclosureCell } from './disclosure.ts';

const cellsOf = (entries: Record<string, [size: number, suppressed: boolean]>) =>
  new Map<string, DisclosureCell>(Object.entries(entries).map(([key, [size, suppressed]]) => [key, { size, suppressed }]));

describe('complementary suppression', () => {
  it('hides the next-smallest sibling when one part alone is suppressed under a published total', () => {
    const cells = cellsOf({ region: [230, false], a: [12, true], b: [40, false], c: [25, false], d: [153, false] });
    const groups: AdditiveGroup[] = [{ total: 'region', parts: ['a', 'b', 'c', 'd'] }];
    expect(recoverableCells(cells, groups)).toEqual(['a']);
    expect(suppressComplementary(cells, groups)).toEqual(['c']);
    expect(recoverableCells(cells, groups)).toEqual([]);
  });

  it('leaves a group alone when two of its cells are hidden, parts or the total', () => {
    const groups: AdditiveGroup[] = [{ total: 't', parts: ['a', 'b', 'c'] }];
    expect(suppressComplementary(cellsOf({ t: [60, false], a: [5, true], b: [8, true], c: [47, false] }), groups)).toEqual([]);
    expect(suppressComplementary(cellsOf({ t: [15, true], a: [5, true], b: [10, false] }), groups)).toEqual([]);
  });

  it('hides a part when the total alone is hidden: the parts would add up to it', () => {
    // The county's women hidden to protect its men; the women of its one municipality with women would give them away.
    const cells = cellsOf({ 'county:K': [25, true], 'm1:K': [25, false] });
    const groups: AdditiveGroup[] = [{ total: 'county:K', parts: ['m1:K', 'm2:K'] }];
    expect(recoverableCells(cells, groups)).toEqual(['county:K']);
    expect(suppressComplementary(cells, groups)).toEqual(['m1:K']);
  });

  it('follows a suppression across groups until nothing can be recovered (sex and sub-region)', () => {
    // Women and men in two municipalities of one sub-region; only municipality m1's women are too few.
    const cells = cellsOf({
      'sr:T': [200, false], 'sr:K': [100, false], 'sr:M': [100, false],
      'm1:T': [40, false], 'm1:K': [15, true], 'm1:M': [25, false],
      'm2:T': [160, false], 'm2:K': [85, false], 'm2:M': [75, false],
    });
    const groups: AdditiveGroup[] = [
      { total: 'sr:T', parts: ['sr:K', 'sr:M'] },
      { total: 'm1:T', parts: ['m1:K', 'm1:M'] },
      { total: 'm2:T', parts: ['m2:K', 'm2:M'] },
      { total: 'sr:T', parts: ['m1:T', 'm2:T'] },
      { total: 'sr:K', parts: ['m1:K', 'm2:K'] },
      { total: 'sr:M', parts: ['m1:M', 'm2:M'] },
    ];
    const added = suppressComplementary(cells, groups);
    // m1's men (its sexes), m2's women (the sub-region's women), then m2's men (m2's sexes) follow.
    expect(added.sort()).toEqual(['m1:M', 'm2:K', 'm2:M']);
    expect(recoverableCells(cells, groups)).toEqual([]);
  });
});

describe('a total with one part', () => {
  it('is suppressed itself when the hidden part has no published sibling: the total would be the part', () => {
    // Women only in this month: the total of both sexes is the women's count.
    const cells = cellsOf({ 't': [25, false], 'k': [12, true] });
    const groups: AdditiveGroup[] = [{ total: 't', parts: ['k', 'm'] }];
    expect(recoverableCells(cells, groups)).toEqual(['k']);
    expect(suppressComplementary(cells, groups)).toEqual(['t']);
    expect(recoverableCells(cells, groups)).toEqual([]);
  });

  it('passes the suppression up to the totals the hidden total is a part of', () => {
    // A quarter with one month of data, inside a year with that quarter only.
    const cells = cellsOf({ year: [25, false], q1: [25, false], jan: [12, true], feb: [13, false] });
    const groups: AdditiveGroup[] = [
      { total: 'q1', parts: ['jan', 'feb', 'mar'] },
      { total: 'year', parts: ['q1', 'q2', 'q3', 'q4'] },
    ];
    expect(suppressComplementary(cells, groups).sort()).toEqual(['feb']);
    const lone = cellsOf({ year: [12, false], q1: [12, false], jan: [12, true] });
    expect(suppressComplementary(lone, groups).sort()).toEqual(['q1', 'year']);
    expect(recoverableCells(lone, groups)).toEqual([]);
  });
});
