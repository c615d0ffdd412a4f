/**
 * Screens a file's ids for repeats as they stream past, in bounded memory: Bloom filters say for
 * each id whether it may have been seen before. Ids they flag are candidates, which the database
 * then checks exactly (validate.ts, findDuplicates); ids they do not flag are certainly new. A
 * hash aggregate over a million ids in PostgreSQL costs a second or more, and an exact set in
 * memory would grow with the file.
 *
 * Each filter is blocked: an id's bits all lie in one 64-byte block, so an id costs one cache miss
 * rather than one per bit (with six bits spread over tens of MiB, those misses were most of the
 * cost of checking a row). A 16 MiB filter holds 4 million ids with next to no false alarms (every
 * false alarm makes the database scan the batch once more); a larger file adds more of them, and an
 * id counts as seen when any filter has it. A 1 GB file (some 15 million ids) needs 64 MiB.
 */
const filterBytes = 16 * 1024 * 1024;
const filterCapacity = 4_000_000;
const blockWords = 16; // 512 bits: one cache line
const bitsPerId = 6;
/** Past this many candidates the file has real repeats en masse: the database checks every id. */
const candidateLimit = 10_000;

interface Filter {
  words: Int32Array;
  /** 32 − log2(blocks): an id's block is its first hash shifted right by this. */
  shift: number;
}

export class IdScreen {
  private readonly filters: Filter[] = [];
  private added = 0;
  private readonly flagged = new Set<string>();
  private overflowing = false;

  constructor() {
    this.grow();
  }

  add(id: string): void {
    // Two 32-bit FNV-1a style hashes, mixed well: the first picks the block, the second the bits in it.
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ id.length;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 = mix(h1);
    h2 = mix(h2);
    const { filters } = this;
    let seen = false;
    for (let f = 0; f < filters.length - 1 && !seen; f++) seen = this.has(filters[f]!, h1, h2);
    const newest = filters[filters.length - 1]!;
    if (!this.set(newest, h1, h2)) seen = true;
    if (++this.added === filterCapacity) this.grow();
    if (!seen) return;
    if (this.flagged.size < candidateLimit) this.flagged.add(id);
    else this.overflowing = true;
  }

  /** Ids that may occur twice, or 'all' when there are too many to list. */
  get candidates(): ReadonlySet<string> | 'all' {
    return this.overflowing ? 'all' : this.flagged;
  }

  private grow(): void {
    const words = new Int32Array(filterBytes / 4);
    this.filters.push({ words, shift: 32 - Math.log2(words.length / blockWords) });
    this.added = 0;
  }

  private has(filter: Filter, h1: number, h2: number): boolean {
    const base = (h1 >>> filter.shift) * blockWords;
    let bits = h2;
    for (let i = 0; i < bitsPerId; i++) {
      bits = nextBits(bits);
      const bit = bits >>> 23; // 0–511
      if ((filter.words[base + (bit >>> 5)]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }

  /** Sets the id's bits; false when they all were set already. */
  private set(filter: Filter, h1: number, h2: number): boolean {
    const base = (h1 >>> filter.shift) * blockWords;
    const { words } = filter;
    let changed = false;
    let bits = h2;
    for (let i = 0; i < bitsPerId; i++) {
      bits = nextBits(bits);
      const bit = bits >>> 23;
      const word = base + (bit >>> 5);
      const mask = 1 << (bit & 31);
      if ((words[word]! & mask) === 0) {
        changed = true;
        words[word]! |= mask;
      }
    }
    return changed;
  }
}

/**
 * The next bit position's hash. Each is mixed afresh: positions h2 + i·step (double hashing) fall
 * in an arithmetic progression within the block, and ids whose progressions overlap raised
 * twenty times the false alarms theory predicts.
 */
function nextBits(bits: number): number {
  return mix((bits + 0x9e3779b9) | 0);
}

/** MurmurHash3's finaliser: every input bit affects every output bit (ids differ in a few characters). */
function mix(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
