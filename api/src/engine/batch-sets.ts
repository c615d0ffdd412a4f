/**
 * A cell's lineage, the import batches its rows came from, as a number: the sets are interned, and the union of
 * two is worked out once. A roll-up unites sets hundreds of thousands of times, and most of them are the same few
 * (a month's batch, a year's four).
 */
export class BatchSets {
  /** Set 0 is the empty set. */
  private readonly lists: string[][] = [[]];
  private readonly byKey = new Map<string, number>([['', 0]]);
  private readonly unions = new Map<number, number>();

  /** The set of these ids (duplicates ignored). */
  intern(ids: readonly string[]): number {
    const sorted = [...new Set(ids)].sort((a, b) => Number(a) - Number(b));
    const key = sorted.join();
    let set = this.byKey.get(key);
    if (set === undefined) {
      set = this.lists.push(sorted) - 1;
      this.byKey.set(key, set);
    }
    return set;
  }

  union(a: number, b: number): number {
    if (a === b || b === 0) return a;
    if (a === 0) return b;
    // One number per pair; a recompute makes a few hundred sets, far below 2²⁰.
    const key = a < b ? a * 0x100000 + b : b * 0x100000 + a;
    let set = this.unions.get(key);
    if (set === undefined) {
      set = this.intern([...this.lists[a]!, ...this.lists[b]!]);
      this.unions.set(key, set);
    }
    return set;
  }

  /** The batch ids of a set, in numeric order. */
  ids(set: number): readonly string[] {
    return this.lists[set]!;
  }
}
