/**
 * Results remembered by the bytes that spell their key, looked up without making a string: the
 * values of a column, read straight from the file's bytes (plain-rows.ts). An open-addressing table
 * of at most `limit` keys; past that, `set` remembers nothing more and the caller works the value
 * out each time.
 */
export class ByteMemo<T> {
  /** Per slot: 1 + the key's index, or 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly slotHashes: Int32Array;
  private readonly keys: Uint8Array[] = [];
  private readonly values: T[] = [];

  constructor(private readonly limit: number) {
    // At most half full, so a probe ends soon.
    this.slots = new Int32Array(2 ** Math.ceil(Math.log2(limit * 2)));
    this.slotHashes = new Int32Array(this.slots.length);
  }

  get size(): number {
    return this.keys.length;
  }

  get(bytes: Uint8Array, start: number, end: number): T | undefined {
    const slot = this.find(bytes, start, end, hashBytes(bytes, start, end));
    return slot >= 0 ? this.values[this.slots[slot]! - 1] : undefined;
  }

  set(bytes: Uint8Array, start: number, end: number, value: T): void {
    if (this.keys.length >= this.limit) return;
    const hash = hashBytes(bytes, start, end);
    const slot = this.find(bytes, start, end, hash);
    if (slot >= 0) {
      this.values[this.slots[slot]! - 1] = value;
      return;
    }
    this.keys.push(bytes.slice(start, end));
    this.values.push(value);
    this.slots[~slot] = this.keys.length;
    this.slotHashes[~slot] = hash;
  }

  /** The key's slot, or the complement of the empty slot where it would go. */
  private find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const { slots, slotHashes, keys } = this;
    const mask = slots.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) return ~slot;
      if (slotHashes[slot] !== hash) continue;
      const key = keys[entry - 1]!;
      if (key.length !== length) continue;
      let j = 0;
      while (j < length && key[j] === bytes[start + j]) j++;
      if (j === length) return slot;
    }
  }
}

/** FNV-1a over the bytes, with MurmurHash3's finaliser so that keys differing in one byte spread. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
