/**
 * Deterministic UUID v4 strings for fixtures: the n-th id of a seed is always the same, so stories,
 * snapshots and tests are stable, yet ids look random enough that nothing can rely on their order.
 */
export interface IdGenerator {
  /** The next id of the sequence. */
  next(): string;
  /** Restart the sequence (optionally with another seed). */
  reset(seed?: number): void;
}

// A 32-bit integer hash (the finaliser of MurmurHash3): counter in, well-mixed bits out.
function mix(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex8(value: number): string {
  return value.toString(16).padStart(8, '0');
}

/** The `index`-th UUID v4 of `seed`. */
export function uuid4At(seed: number, index: number): string {
  const words = [0, 1, 2, 3].map((part) => hex8(mix(mix(seed * 4 + part) ^ mix(index + 0x9e3779b9 * part))));
  const digits = words.join('');
  const variant = ((parseInt(digits[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-4${digits.slice(13, 16)}-${variant}${digits.slice(17, 20)}-${digits.slice(20, 32)}`;
}

export function createIdGenerator(seed = 1): IdGenerator {
  let currentSeed = seed;
  let index = 0;
  return {
    next: () => uuid4At(currentSeed, index++),
    reset(nextSeed = seed) {
      currentSeed = nextSeed;
      index = 0;
    },
  };
}
