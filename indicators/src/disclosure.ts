/**
 * Complementary (secondary) suppression. A value built on too few observations is suppressed
 * (primary); but when a published total is the sum of its parts — a sub-region of its
 * municipalities, the county of its sub-regions, both sexes of women and men — one suppressed part
 * among published siblings is the total minus the siblings. So in every such group with a
 * published total and exactly one suppressed part, the next-smallest part is suppressed too, and
 * the groups are gone through again until nothing changes (a new suppression can expose a part in
 * another group).
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

/** Suppresses, in `cells`, what must be for no suppressed part to be recoverable; returns the keys it suppressed. */
export function suppressComplementary(cells: Map<string, DisclosureCell>, groups: readonly AdditiveGroup[]): string[] {
  const added: string[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of groups) {
      if (!exposes(cells, group)) continue;
      const next = group.parts
        .filter((part) => cells.get(part)?.suppressed === false)
        .sort((a, b) => cells.get(a)!.size - cells.get(b)!.size || (a < b ? -1 : 1))[0];
      if (!next) continue; // a part without a cell: nothing is published for it, nothing recoverable
      cells.get(next)!.suppressed = true;
      added.push(next);
      changed = true;
    }
  }
  return added;
}

/** The subtraction attack: every suppressed part that a published total and its published siblings give away. */
export function recoverableParts(cells: ReadonlyMap<string, DisclosureCell>, groups: readonly AdditiveGroup[]): string[] {
  const exposed = new Set<string>();
  for (const group of groups) {
    const key = exposes(cells, group);
    if (key) exposed.add(key);
  }
  return [...exposed];
}

/** The one suppressed part of a group whose total is published, if there is exactly one. */
function exposes(cells: ReadonlyMap<string, DisclosureCell>, group: AdditiveGroup): string | undefined {
  const total = cells.get(group.total);
  if (!total || total.suppressed) return undefined;
  const hidden = group.parts.filter((part) => cells.get(part)?.suppressed);
  return hidden.length === 1 ? hidden[0] : undefined;
}
