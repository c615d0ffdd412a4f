/**
 * Screens a file's ids for repeats as they stream past, in fixed memory: a Bloom filter says for
 * each id whether it may have been seen before. Ids it flags are candidates, which the database
 * then checks exactly (validate.ts, findDuplicates); ids it does not flag are certainly new. A
 * hash aggregate over a million ids in PostgreSQL costs a second or more, and an exact set in
 * memory would grow with the file; the filter costs 32 MiB and tens of nanoseconds per id.
 */
const bits = 2 ** 28;
const hashes = 6;
/** Past this many candidates the file has real repeats en masse: the database checks every id. */
const candidateLimit = 10_000;

export class IdScreen {
  private readonly filter = new Int32Array(bits / 32);
  private readonly flagged = new Set<string>();
  private overflowing = false;

  add(id: string): void {
    // Two 32-bit FNV-1a hashes with different offsets, combined as h1 + i·h2 (Kirsch–Mitzenmacher).
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ id.length;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h2 |= 1;
    let seen = true;
    for (let i = 0; i < hashes; i++) {
      const bit = (h1 + Math.imul(i, h2)) >>> 4; // 28 of 32 bits
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      if ((this.filter[word]! & mask) === 0) {
        seen = false;
        this.filter[word]! |= mask;
      }
    }
    if (!seen) return;
    if (this.flagged.size < candidateLimit) this.flagged.add(id);
    else this.overflowing = true;
  }

  /** Ids that may occur twice, or 'all' when there are too many to list. */
  get candidates(): ReadonlySet<string> | 'all' {
    return this.overflowing ? 'all' : this.flagged;
  }
}
