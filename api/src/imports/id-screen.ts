/**
 * Screens a file's ids for repeats as they stream past, in bounded memory: Bloom filters say for
 * each id whether it may have been seen before. Ids they flag are candidates, which the database
 * then checks exactly (validate.ts, findDuplicates); ids they do not flag are certainly new. A
 * hash aggregate over a million ids in PostgreSQL costs a second or more, and an exact set in
 * memory would grow with the file.
 *
 * Each filter is blocked: an id's bits all lie in one 64-byte block, so an id costs one cache miss
 * rather than one per bit (with its bits spread over tens of MiB, those misses were most of the
 * cost of checking a row). A filter holds an id per 32 bits; with ten bits set per id in its
 * block, a million ids raise next to no false alarms (every false alarm makes the database scan
 * the batch once more; six bits raised eight). The first is 4 MiB, for a million ids:
 * small enough that its blocks stay within the processor's reach (a 16 MiB filter made the check
 * of a million ids cost three times as much). Each further filter is twice the one before, so a
 * larger file has few filters to ask; an id counts as seen when any filter has it. A 1 GB file
 * (some 15 million ids) needs 60 MiB.
 */
const firstFilterBytes = 4 * 1024 * 1024;
const filterBitsPerId = 32;
const blockWords = 16; // 512 bits: one cache line
const bitsPerId = 10;
/** Past this many candidates the file has real repeats en masse: the database checks every id. */
const candidateLimit = 10_000;

interface Filter {
  words: Int32Array;
  /** 32 − log2(blocks): an id's block is its first hash shifted right by this. */
  shift: number;
  /** Ids it takes before the next filter is started. */
  capacity: number;
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
    // Two 32-bit FNV-1a style hashes: the first picks the block, the second the bits in it.
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ id.length;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    if (this.seen(h1, h2)) this.flag(id);
  }

  /** An id given as ASCII bytes: hashed as `add` hashes the same id as a string. */
  addAscii(bytes: Uint8Array, start: number, end: number): void {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ (end - start);
    for (let i = start; i < end; i++) {
      const c = bytes[i]!;
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    if (this.seen(h1, h2)) this.flag(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1'));
  }

  /** Enters an id's hashes; true when the filters may have seen it before. */
  private seen(hash1: number, hash2: number): boolean {
    const h1 = mix(hash1);
    const h2 = mix(hash2);
    const { filters } = this;
    let seen = false;
    for (let f = 0; f < filters.length - 1 && !seen; f++) seen = this.has(filters[f]!, h1, h2);
    const newest = filters[filters.length - 1]!;
    if (!this.set(newest, h1, h2)) seen = true;
    if (++this.added === newest.capacity) this.grow();
    return seen;
  }

  private flag(id: string): void {
    if (this.flagged.size < candidateLimit) this.flagged.add(id);
    else this.overflowing = true;
  }

  /** Ids that may occur twice, or 'all' when there are too many to list. */
  get candidates(): ReadonlySet<string> | 'all' {
    return this.overflowing ? 'all' : this.flagged;
  }

  private grow(): void {
    const bytes = firstFilterBytes * 2 ** this.filters.length;
    const words = new Int32Array(bytes / 4);
    this.filters.push({ words, shift: 32 - Math.log2(words.length / blockWords), capacity: (bytes * 8) / filterBitsPerId });
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
