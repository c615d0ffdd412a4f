/**
 * Complementary (secondary) suppression. A value built on too few observations is suppressed
 * (primary); but a published total is the sum of its parts — a sub-region of its municipalities,
 * the county of its sub-regions, both sexes of women and men, a quarter of its months — so each
 * such group is an equation, and a group with exactly one hidden cell gives it away: a part is the
 * total minus its siblings, a total the sum of its parts. In every such group one more cell is
 * suppressed (the smallest published part, or the total when no part is published), and the groups
 * are gone through again until nothing changes (a new suppression can expose a cell in another
 * group).
 *
 * Cells are numbered: a table of tens of thousands of cells and groups is checked in arrays, not in
 * maps of string keys. A part without a cell (no rows: a known zero) is simply left out of its group.
 */
export interface DisclosureTable {
  /** Per cell, the size the primary rule judged (the denominator): the smallest are suppressed first. */
  sizes: ArrayLike<number>;
  /** Per cell, 1 when suppressed; complementary suppression sets more of them. */
  suppressed: Uint8Array;
}

/** A total and the parts it is the sum of, by cell number. */
export interface AdditiveGroup {
  total: number;
  parts: readonly number[];
}

/** Suppresses what must be for no suppressed cell to be recoverable; returns the cells it suppressed. */
export function suppressComplementary(table: DisclosureTable, groups: readonly AdditiveGroup[]): number[] {
  const { sizes, suppressed } = table;
  // A group is looked at again only when one of its cells has just been hidden: the only change that can make it
  // give a cell away.
  const groupsOf: AdditiveGroup[][] = Array.from({ length: suppressed.length }, () => []);
  for (const group of groups) {
    groupsOf[group.total]!.push(group);
    for (const part of group.parts) groupsOf[part]!.push(group);
  }
  const added: number[] = [];
  const pending = [...groups];
  for (let group = pending.pop(); group; group = pending.pop()) {
    if (exposes(suppressed, group) === -1) continue;
    let next = group.total;
    for (const part of group.parts) {
      if (suppressed[part]) continue;
      if (next === group.total || sizes[part]! < sizes[next]! || (sizes[part] === sizes[next] && part < next)) next = part;
    }
    suppressed[next] = 1;
    added.push(next);
    for (const touched of groupsOf[next]!) pending.push(touched);
  }
  return added;
}

/** The subtraction attack: every suppressed cell that one group's published cells give away. */
export function recoverableCells(table: DisclosureTable, groups: readonly AdditiveGroup[]): number[] {
  const exposed = new Set<number>();
  for (const group of groups) {
    const cell = exposes(table.suppressed, group);
    if (cell !== -1) exposed.add(cell);
  }
  return [...exposed];
}

/** The one hidden cell of a group (total or part) whose other cells are all published, or -1. */
function exposes(suppressed: Uint8Array, group: AdditiveGroup): number {
  if (group.parts.length === 0) return -1;
  let hidden = suppressed[group.total] ? group.total : -1;
  let count = hidden === -1 ? 0 : 1;
  for (const part of group.parts) {
    if (!suppressed[part]) continue;
    if (++count > 1) return -1;
    hidden = part;
  }
  return count === 1 ? hidden : -1;
}
