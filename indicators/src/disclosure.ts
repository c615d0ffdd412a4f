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

/**
 * The groups of a table by number, for tables too large to hold an object per group: a grid of a quarter of a
 * million cells has about a million groups, and only those of hidden cells are ever looked at.
 */
export interface AdditiveStructure {
  /** Calls `visit` with every group the cell is in, as the total or as a part. */
  groupsOf(cell: number, visit: (group: number) => void): void;
  totalOf(group: number): number;
  /** Writes the group's parts to the start of `into` and returns how many there are. */
  partsOf(group: number, into: number[]): number;
}

/** Suppresses what must be for no suppressed cell to be recoverable; returns the cells it suppressed. */
export function suppressComplementary(table: DisclosureTable, groups: readonly AdditiveGroup[]): number[] {
  const groupsOf = new Map<number, number[]>();
  groups.forEach((group, number) => {
    for (const cell of [group.total, ...group.parts]) {
      const list = groupsOf.get(cell);
      if (list) list.push(number);
      else groupsOf.set(cell, [number]);
    }
  });
  const structure: AdditiveStructure = {
    groupsOf: (cell, visit) => groupsOf.get(cell)?.forEach(visit),
    totalOf: (group) => groups[group]!.total,
    partsOf(group, into) {
      const { parts } = groups[group]!;
      for (let i = 0; i < parts.length; i++) into[i] = parts[i]!;
      return parts.length;
    },
  };
  return suppressInStructure(table, structure, groups.keys());
}

/**
 * Suppresses what must be, looking at the `start` groups and then, whenever it hides a cell, at that cell's groups:
 * the only change that can make a group give a cell away. Groups without a hidden cell give nothing away, so a
 * start of the groups of every hidden cell covers them all.
 */
export function suppressInStructure(table: DisclosureTable, structure: AdditiveStructure, start: Iterable<number>): number[] {
  const { sizes, suppressed } = table;
  const added: number[] = [];
  // A group waiting to be looked at is not queued twice: a county's group is reached from each of its 49 parts.
  const queued = new Set(start);
  const pending = [...queued];
  const push = (group: number) => {
    if (queued.has(group)) return;
    queued.add(group);
    pending.push(group);
  };
  const parts: number[] = [];
  for (let group = pending.pop(); group !== undefined; group = pending.pop()) {
    queued.delete(group);
    const total = structure.totalOf(group);
    const count = structure.partsOf(group, parts);
    if (exposes(suppressed, total, parts, count) === -1) continue;
    let next = total;
    for (let i = 0; i < count; i++) {
      const part = parts[i]!;
      if (suppressed[part]) continue;
      if (next === total || sizes[part]! < sizes[next]! || (sizes[part] === sizes[next] && part < next)) next = part;
    }
    suppressed[next] = 1;
    added.push(next);
    structure.groupsOf(next, push);
  }
  return added;
}

/** The subtraction attack: every suppressed cell that one group's published cells give away. */
export function recoverableCells(table: DisclosureTable, groups: readonly AdditiveGroup[]): number[] {
  const exposed = new Set<number>();
  for (const group of groups) {
    const cell = exposes(table.suppressed, group.total, group.parts, group.parts.length);
    if (cell !== -1) exposed.add(cell);
  }
  return [...exposed];
}

/** The one hidden cell of a group (total or its `count` parts) whose other cells are all published, or -1. */
function exposes(suppressed: Uint8Array, total: number, parts: readonly number[], count: number): number {
  if (count === 0) return -1;
  let hidden = suppressed[total] ? total : -1;
  let hiddenCount = hidden === -1 ? 0 : 1;
  for (let i = 0; i < count; i++) {
    if (!suppressed[parts[i]!]) continue;
    if (++hiddenCount > 1) return -1;
    hidden = parts[i]!;
  }
  return hiddenCount === 1 ? hidden : -1;
}
