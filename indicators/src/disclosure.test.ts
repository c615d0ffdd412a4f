import { describe, expect, it } from 'vitest';
import { recoverableParts, suppressComplementary, type AdditiveGroup, type DisclosureCell } from './disclosure.ts';

const cellsOf = (entries: Record<string, [size: number, suppressed: boolean]>) =>
  new Map<string, DisclosureCell>(Object.entries(entries).map(([key, [size, suppressed]]) => [key, { size, suppressed }]));

describe('complementary suppression', () => {
  it('hides the next-smallest sibling when one part alone is suppressed under a published total', () => {
    const cells = cellsOf({ region: [230, false], a: [12, true], b: [40, false], c: [25, false], d: [153, false] });
    const groups: AdditiveGroup[] = [{ total: 'region', parts: ['a', 'b', 'c', 'd'] }];
    expect(recoverableParts(cells, groups)).toEqual(['a']);
    expect(suppressComplementary(cells, groups)).toEqual(['c']);
    expect(recoverableParts(cells, groups)).toEqual([]);
  });

  it('leaves a group alone when two parts are hidden or the total is hidden itself', () => {
    const groups: AdditiveGroup[] = [{ total: 't', parts: ['a', 'b', 'c'] }];
    expect(suppressComplementary(cellsOf({ t: [60, false], a: [5, true], b: [8, true], c: [47, false] }), groups)).toEqual([]);
    expect(suppressComplementary(cellsOf({ t: [15, true], a: [5, true], b: [10, false] }), groups)).toEqual([]);
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
    expect(recoverableParts(cells, groups)).toEqual([]);
  });
});
