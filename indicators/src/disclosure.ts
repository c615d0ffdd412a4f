/**
 * Complementary (secondary) suppression. A value built on too few observations is suppressed
 * (primary); but a published total is the sum of its parts — a sub-region of its municipalities,
 * the county of its sub-regions, both sexes of women and men, a quarter of its months — so each
 * such group is an equation, and a group with exactly one hidden cell gives it away: a part is the
 * total minus its siblings, a total the sum of its parts. In every such group one more cell is
 * suppressed (the smallest published part, or the total when no part is published), and the groups
 * are gone through again until nothing changes (a new suppression can expose a cell in another
 * group). Parts without a cell (no rows: a known zero) are neither hidden nor published.
 */
export interface DisclosureCell {
  /** The size the primary rule judged (the denominator): the smallest are suppressed first. */
  size: number;
  suppressed: boolean;
}

/** A total and the parts it is the sum of, by cell key. */
export interface AdditiveGroup {
  total: string;
  parts: readonly string[];
}

/** Suppresses, in `cells`, what must be for no suppressed cell to be recoverable; returns the keys it suppressed. */
export function suppressComplementary(cells: Map<string, DisclosureCell>, groups: readonly AdditiveGroup[]): string[] {
  // A group is looked at again only when one of its cells has just been hidden: the only change that can make it
  // give a cell away.
  const groupsOf = new Map<string, AdditiveGroup[]>();
  for (const group of groups) {
    for (const key of [group.total, ...group.parts]) {
      const list = groupsOf.get(key);
      if (list) list.push(group);
      else groupsOf.set(key, [group]);
    }
  }
  const added: string[] = [];
  const pending = [...groups];
  for (let group = pending.pop(); group; group = pending.pop()) {
    if (!exposes(cells, group)) continue;
    const next =
      group.parts
        .filter((part) => cells.get(part)?.suppressed === false)
        .sort((a, b) => cells.get(a)!.size - cells.get(b)!.size || (a < b ? -1 : 1))[0] ?? group.total;
    cells.get(next)!.suppressed = true;
    added.push(next);
    pending.push(...(groupsOf.get(next) ?? []));
  }
  return added;
}

/** The subtraction attack: every suppressed cell that one group's published cells give away. */
export function recoverableCells(cells: ReadonlyMap<string, DisclosureCell>, groups: readonly AdditiveGroup[]): string[] {
  const exposed = new Set<string>();
  for (const group of groups) {
    const key = exposes(cells, group);
    if (key) exposed.add(key);
  }
  return [...exposed];
}

/** The one hidden cell of a group (total or part) whose other cells are all published or absent, if there is one. */
function exposes(cells: ReadonlyMap<string, DisclosureCell>, group: AdditiveGroup): string | undefined {
  if (!cells.has(group.total)) return undefined;
  const hidden = [group.total, ...group.parts].filter((key) => cells.get(key)?.suppressed);
  return hidden.length === 1 ? hidden[0] : undefined;
}
