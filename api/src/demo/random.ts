/**
 * A small seeded pseudo-random generator (sfc32, seeded through FNV-1a and splitmix32), so that
 * `samsyn demo --seed N` writes byte-identical files on every machine and Node version:
 * Math.random cannot be seeded, and its algorithm is the engine's choice.
 *
 * Every part of the demo draws from its own stream, forked by a key such as
 * `pv_kontakter/1480/2025-03`. A change in one part (another dataset, one more month) then leaves
 * the numbers of every other part as they were.
 */
export class Random {
  readonly #key: string;
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(key: string) {
    this.#key = key;
    let state = fnv1a(key);
    const nextWord = () => {
      state = (state + 0x9e3779b9) | 0;
      return splitmix32(state);
    };
    this.#a = nextWord();
    this.#b = nextWord();
    this.#c = nextWord();
    this.#d = nextWord();
    // sfc32's first outputs are still close to the seed words; discard them.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** An independent stream for a part of the demo. */
  fork(...keys: (string | number)[]): Random {
    return new Random(`${this.#key}/${keys.join('/')}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0;
    this.#d = (this.#d + 1) | 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) | 0;
    this.#c = (this.#c << 21) | (this.#c >>> 11);
    this.#c = (this.#c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Normal distribution (Box–Muller). */
  normal(mean: number, sd: number): number {
    const u = 1 - this.next(); // (0, 1]: log(0) is not a number
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Whole days (0, 1, 2, …) with the given mean: the geometric distribution. */
  geometric(mean: number): number {
    if (mean <= 0) return 0;
    return Math.floor(Math.log(1 - this.next()) / Math.log(mean / (mean + 1)));
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** A count of events with the given mean (Knuth for small means, a rounded normal for large ones). */
  poisson(mean: number): number {
    if (mean <= 0) return 0;
    if (mean > 50) return Math.max(0, Math.round(this.normal(mean, Math.sqrt(mean))));
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count++;
      product *= this.next();
    }
    return count;
  }

  /** One item, with probability proportional to its weight. */
  pick<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const weight of weights) total += weight;
    let target = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      target -= weights[i] ?? 0;
      if (target < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

function splitmix32(value: number): number {
  let z = value;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) | 0;
}
