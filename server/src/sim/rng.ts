/** Seeded PRNG (sfc32, seeded through splitmix32) so simulated data is reproducible across runs and machines. */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  pick<T>(arr: readonly T[]): T;
  chance(p: number): boolean;
  /** Picks an item with probability proportional to its weight. For hot paths prefer a prebuilt WeightedTable. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** Fisher–Yates in place; returns the same array. */
  shuffle<T>(arr: T[]): T[];
  /** An independent generator whose seed is drawn from this one. */
  fork(): Rng;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** Hashes any JS number (integer, negative, fractional, > 2^32) into 32 bits. */
function seedBits(seed: number): number {
  F64[0] = seed;
  let h = (U32[0]! ^ Math.imul(U32[1]!, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class Sfc32 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed32: number) {
    // splitmix32 expands one 32-bit seed into four well-mixed state words.
    let s = seed32 >>> 0;
    const sm = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = sm();
    this.b = sm();
    this.c = sm();
    this.d = sm();
    for (let i = 0; i < 12; i++) this.u32();
  }

  private u32(): number {
    const a = this.a, b = this.b, c = this.c, d = this.d;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    const r = (c << 21) | (c >>> 11);
    this.c = (r + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.u32() / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(arr: readonly T[]): T {
    if (arr.length === 0) throw new Error('pick from empty array');
    return arr[Math.floor(this.next() * arr.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const it of items) total += it[1];
    if (!(total > 0)) throw new Error('weighted: no positive weight');
    let x = this.next() * total;
    for (const it of items) {
      x -= it[1];
      if (x < 0) return it[0];
    }
    return items[items.length - 1]![0];
  }

  shuffle<T>(arr: T[]): T[] {
    for (let i = arr.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = arr[i]!;
      arr[i] = arr[j]!;
      arr[j] = t;
    }
    return arr;
  }

  fork(): Rng {
    return new Sfc32(this.u32());
  }
}

export function createRng(seed: number): Rng {
  return new Sfc32(seedBits(seed));
}

/** Seed for an independent sub-stream (e.g. clerks vs forms) of one user-visible seed. */
export function deriveSeed(seed: number, stream: number): number {
  return (seedBits(seed) ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
}

/** Precomputed cumulative weights: O(log n) picks with no allocation. */
export class WeightedTable<T> {
  readonly items: readonly T[];
  private readonly cum: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    const kept = entries.filter((e) => e[1] > 0);
    if (kept.length === 0) throw new Error('WeightedTable: no positive weight');
    this.items = kept.map((e) => e[0]);
    this.cum = new Float64Array(kept.length);
    let t = 0;
    kept.forEach((e, i) => {
      t += e[1];
      this.cum[i] = t;
    });
    this.total = t;
  }

  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    const cum = this.cum;
    let lo = 0, hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cum[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo]!;
  }
}
