import { describe, expect, it } from 'vitest';
import {
  type AdditiveGroup,
  type AdditiveStructure,
  type DisclosureTable,
  recoverableCells,
  suppressComplementary,
  suppressInStructure,
} from './disclosure.ts';

/** A table from named cells, and groups by name; results are given back as names. */
function tableOf(entries: Record<string, [size: number, suppressed: boolean]>) {
  const names = Object.keys(entries);
  const index = (name: string) => names.indexOf(name);
  const table: DisclosureTable = {
    sizes: names.map((name) => entries[name]![0]),
    suppressed: Uint8Array.from(names.map((name) => (entries[name]![1] ? 1 : 0))),
  };
  const groups = (list: { total: string; parts: string[] }[]): AdditiveGroup[] =>
    // Parts without a cell are left out, as the engine leaves them out.
    list.map((g) => ({ total: index(g.total), parts: g.parts.map(index).filter((i) => i !== -1) }));
  const named = (cells: number[]) => cells.map((i) => names[i]);
  return { table, groups, named };
}

describe('complementary suppression', () => {
  it('hides the next-smallest sibling when one part alone is suppressed under a published total', () => {
    const { table, groups, named } = tableOf({ region: [230, false], a: [12, true], b: [40, false], c: [25, false], d: [153, false] });
    const equations = groups([{ total: 'region', parts: ['a', 'b', 'c', 'd'] }]);
    expect(named(recoverableCells(table, equations))).toEqual(['a']);
    expect(named(suppressComplementary(table, equations))).toEqual(['c']);
    expect(recoverableCells(table, equations)).toEqual([]);
  });

  it('leaves a group alone when two of its cells are hidden, parts or the total', () => {
    const parts = [{ total: 't', parts: ['a', 'b', 'c'] }];
    const twoParts = tableOf({ t: [60, false], a: [5, true], b: [8, true], c: [47, false] });
    expect(suppressComplementary(twoParts.table, twoParts.groups(parts))).toEqual([]);
    const totalAndPart = tableOf({ t: [15, true], a: [5, true], b: [10, false] });
    expect(suppressComplementary(totalAndPart.table, totalAndPart.groups(parts))).toEqual([]);
  });

  it('hides a part when the total alone is hidden: the parts would add up to it', () => {
    // The county's women hidden to protect its men; the women of its one municipality with women would give them away.
    const { table, groups, named } = tableOf({ 'county:K': [25, true], 'm1:K': [25, false] });
    const equations = groups([{ total: 'county:K', parts: ['m1:K', 'm2:K'] }]);
    expect(named(recoverableCells(table, equations))).toEqual(['county:K']);
    expect(named(suppressComplementary(table, equations))).toEqual(['m1:K']);
  });

  it('follows a suppression across groups until nothing can be recovered (sex and sub-region)', () => {
    // Women and men in two municipalities of one sub-region; only municipality m1's women are too few.
    const { table, groups, named } = tableOf({
      'sr:T': [200, false], 'sr:K': [100, false], 'sr:M': [100, false],
      'm1:T': [40, false], 'm1:K': [15, true], 'm1:M': [25, false],
      'm2:T': [160, false], 'm2:K': [85, false], 'm2:M': [75, false],
    });
    const equations = groups([
      { total: 'sr:T', parts: ['sr:K', 'sr:M'] },
      { total: 'm1:T', parts: ['m1:K', 'm1:M'] },
      { total: 'm2:T', parts: ['m2:K', 'm2:M'] },
      { total: 'sr:T', parts: ['m1:T', 'm2:T'] },
      { total: 'sr:K', parts: ['m1:K', 'm2:K'] },
      { total: 'sr:M', parts: ['m1:M', 'm2:M'] },
    ]);
    // m1's men (its sexes), m2's women (the sub-region's women), then m2's men (m2's sexes) follow.
    expect(named(suppressComplementary(table, equations)).sort()).toEqual(['m1:M', 'm2:K', 'm2:M']);
    expect(recoverableCells(table, equations)).toEqual([]);
  });
});

describe('a total with one part', () => {
  it('is suppressed itself when the hidden part has no published sibling: the total would be the part', () => {
    // Women only in this month: the total of both sexes is the women's count.
    const { table, groups, named } = tableOf({ t: [25, false], k: [12, true] });
    const equations = groups([{ total: 't', parts: ['k', 'm'] }]);
    expect(named(recoverableCells(table, equations))).toEqual(['k']);
    expect(named(suppressComplementary(table, equations))).toEqual(['t']);
    expect(recoverableCells(table, equations)).toEqual([]);
  });

  it('passes the suppression up to the totals the hidden total is a part of', () => {
    // A quarter with one month of data, inside a year with that quarter only.
    const equations = [
      { total: 'q1', parts: ['jan', 'feb', 'mar'] },
      { total: 'year', parts: ['q1', 'q2', 'q3', 'q4'] },
    ];
    const two = tableOf({ year: [25, false], q1: [25, false], jan: [12, true], feb: [13, false] });
    expect(two.named(suppressComplementary(two.table, two.groups(equations)))).toEqual(['feb']);
    const lone = tableOf({ year: [12, false], q1: [12, false], jan: [12, true] });
    expect(lone.named(suppressComplementary(lone.table, lone.groups(equations))).sort()).toEqual(['q1', 'year']);
    expect(recoverableCells(lone.table, lone.groups(equations))).toEqual([]);
  });
});

describe('groups by number, looked at as they are reached', () => {
  /** A year of twelve months as 12 equations "month m = m:K + m:M" and one "year = its months", all by arithmetic. */
  const months = 12;
  const cell = { year: 0, month: (m: number) => 1 + m, k: (m: number) => 1 + months + m, m: (m: number) => 1 + 2 * months + m };
  const looked: number[] = [];
  const structure: AdditiveStructure = {
    // Group m (0–11) is month m's sexes, group 12 the year's months.
    groupsOf(c, visit) {
      if (c === cell.year) return visit(months);
      const m = (c - 1) % months;
      visit(m);
      if (c === cell.month(m)) visit(months);
    },
    totalOf: (group) => (group === months ? cell.year : cell.month(group)),
    partsOf(group, into) {
      looked.push(group);
      const parts = group === months ? Array.from({ length: months }, (_, m) => cell.month(m)) : [cell.k(group), cell.m(group)];
      parts.forEach((part, i) => (into[i] = part));
      return parts.length;
    },
  };

  it('starts from the groups given, follows every cell it hides, and ends with nothing recoverable', () => {
    // March as a whole is too small; March's men are its smaller sex, and May the smallest other month.
    const sizes = Array.from({ length: 1 + 3 * months }, () => 100);
    sizes[cell.m(2)] = 30;
    sizes[cell.month(4)] = 50;
    const suppressed = new Uint8Array(sizes.length);
    suppressed[cell.month(2)] = 1;
    const start: number[] = [];
    structure.groupsOf(cell.month(2), (group) => start.push(group));
    const hidden = suppressInStructure({ sizes, suppressed }, structure, start);
    // March's men (March = K + M), May (the year = its months), then May's women (May = K + M; a tie, the lower cell).
    expect(hidden.sort((a, b) => a - b)).toEqual([cell.month(4), cell.k(4), cell.m(2)].sort((a, b) => a - b));
    // Only the groups the hidden cells are in were looked at, never the other ten months'.
    expect([...new Set(looked)].sort((a, b) => a - b)).toEqual([2, 4, months]);
    const listed: AdditiveGroup[] = Array.from({ length: months + 1 }, (_, group) => {
      const into: number[] = [];
      const count = structure.partsOf(group, into);
      return { total: structure.totalOf(group), parts: into.slice(0, count) };
    });
    expect(recoverableCells({ sizes, suppressed }, listed)).toEqual([]);
  });
});
