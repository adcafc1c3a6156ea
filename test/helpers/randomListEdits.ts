/** Numbers in [0, 1) from a seed (mulberry32): the same sequence on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * The `edit`th of a series of edits a host makes to a list, at random places: in turn an insert (of
 * `make()`), a removal (never of a `kept` item) and a move (now and then of a `kept` one).
 */
export function randomListEdit<T>(items: readonly T[], edit: number, random: () => number, { kept, make }: { kept: readonly T[]; make: (n: number) => T }): T[] {
  const at = (length: number) => Math.floor(random() * length);
  const next = [...items];
  if (edit % 3 === 0) {
    next.splice(at(next.length + 1), 0, make(edit / 3 + 1));
  } else if (edit % 3 === 1) {
    const removable = next.filter((item) => !kept.includes(item));
    next.splice(next.indexOf(removable[at(removable.length)]!), 1);
  } else {
    const moved = edit % 30 === 2 ? kept[Math.floor(edit / 30) % kept.length]! : next[at(next.length)]!;
    next.splice(next.indexOf(moved), 1);
    next.splice(at(next.length + 1), 0, moved);
  }
  return next;
}
