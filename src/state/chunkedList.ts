/**
 * A long keyed list kept as a shallow tree of chunks, for renderers whose cost grows with the number
 * of siblings they go through: React visits every child of a parent on the way to one that changed.
 * With chunks of about five at each of LEVELS levels, a change to one item of a thousand rebuilds the
 * chunks above it, and React goes through some twenty-seven siblings on the way instead of a thousand.
 * (Chunks of about e items would make that fewest, but each level more is a fragment more on the way;
 * three levels of about five go through a fifth fewer siblings than two levels of about ten.)
 *
 * Where chunks end depends on the items' keys, not on positions: a chunk ends at an item whose key
 * hashes the right way (one in ODDS), once it holds MIN_SIZE. Adding, removing or moving an item
 * leaves the other chunks and their keys as they were, so a renderer keeps their state. A chunk's
 * key is its last item's key (prefixed) or, for the last chunk of a level, TAIL_KEY.
 */
const LEVELS = 3;
const ODDS = 3;
const MIN_SIZE = 3;
const TAIL_KEY = 't';

interface Level<Node> {
  nodes: Node[];
  keys: string[];
  /** The key hash of each node's last item. */
  hashes: number[];
  /** For chunk levels: each chunk's children, as given to `makeChunk`, and where they start below. */
  children: Node[][];
  starts: number[];
  /** Each node's chunk, by index in the level above. */
  parents: number[];
}

/** FNV-1a: cheap, and the same on the server and in every browser. */
function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

/** Whether an item whose key hashes to `hash` may end a chunk at `depth` (1 = chunks of items): one in ODDS at each, independently. */
const endsChunk = (hash: number, depth: number) => Math.floor(hash / ODDS ** (depth - 1)) % ODDS === 0;

/**
 * Turns a list of items into chunked nodes (for React: elements in keyed fragments), remaking only
 * what changed since the previous call. Not React-specific: the caller makes the nodes.
 */
export class ChunkedList<Item, Node> {
  private items: readonly Item[] = [];
  private makeLeaf: ((item: Item) => Node) | null = null;
  /** levels[0] holds one leaf per item; levels[k] the chunks of levels[k - 1]; the last is the top. */
  private levels: Level<Node>[] = [];

  constructor(
    private readonly keyOf: (item: Item) => string,
    private readonly makeChunk: (key: string, children: Node[]) => Node,
  ) {}

  /**
   * The top-level nodes for `items`, the same array while nothing changed. Leaves are reused while
   * their item keeps its identity; a different `makeLeaf` remakes them all.
   */
  update(items: readonly Item[], makeLeaf: (item: Item) => Node): readonly Node[] {
    const previous = this.items;
    if (makeLeaf !== this.makeLeaf || items.length !== previous.length) return this.rebuild(items, makeLeaf);
    if (items === previous) return this.top();
    let changed: number[] | undefined;
    for (let index = 0; index < items.length; index++) {
      const item = items[index]!;
      const before = previous[index]!;
      if (item === before) continue;
      if (this.keyOf(item) !== this.keyOf(before)) return this.rebuild(items, makeLeaf);
      (changed ??= []).push(index);
    }
    this.items = items;
    if (changed) this.replace(changed, makeLeaf);
    return this.top();
  }

  private top(): Node[] {
    return this.levels[LEVELS]!.nodes;
  }

  /** Same keys in the same order: remakes the changed leaves and the chunks above them. */
  private replace(changed: number[], makeLeaf: (item: Item) => Node): void {
    const leaves = this.levels[0]!.nodes;
    for (const index of changed) leaves[index] = makeLeaf(this.items[index]!);
    let dirty = changed;
    for (let depth = 1; depth <= LEVELS; depth++) {
      const below = this.levels[depth - 1]!;
      const level = this.levels[depth]!;
      const chunks: number[] = [];
      for (const index of dirty) {
        const chunk = below.parents[index]!;
        if (chunks[chunks.length - 1] !== chunk) chunks.push(chunk);
      }
      // The top array went to the renderer: a new one, never the old one changed.
      if (depth === LEVELS) level.nodes = level.nodes.slice();
      for (const chunk of chunks) {
        const start = level.starts[chunk]!;
        const children = below.nodes.slice(start, start + level.children[chunk]!.length);
        level.children[chunk] = children;
        level.nodes[chunk] = this.makeChunk(level.keys[chunk]!, children);
      }
      dirty = chunks;
    }
  }

  /** Keys added, removed or moved (or new leaves): cuts the chunks again, reusing every one that kept its children. */
  private rebuild(items: readonly Item[], makeLeaf: (item: Item) => Node): Node[] {
    const sameLeaves = makeLeaf === this.makeLeaf;
    const oldIndex = new Map<string, number>();
    if (sameLeaves) this.items.forEach((item, index) => oldIndex.set(this.keyOf(item), index));
    const oldLevels = this.levels;
    const keys = items.map(this.keyOf);
    const leaves = items.map((item, index) => {
      const old = oldIndex.get(keys[index]!);
      return old !== undefined && this.items[old] === item ? oldLevels[0]!.nodes[old]! : makeLeaf(item);
    });
    let below: Level<Node> = { nodes: leaves, keys, hashes: keys.map(keyHash), children: [], starts: [], parents: [] };
    const levels = [below];
    for (let depth = 1; depth <= LEVELS; depth++) {
      const old = oldLevels[depth];
      const oldChunks = new Map(old?.keys.map((key, index) => [key, index]));
      const level: Level<Node> = { nodes: [], keys: [], hashes: [], children: [], starts: [], parents: [] };
      let start = 0;
      below.nodes.forEach((_, index) => {
        const hash = below.hashes[index]!;
        below.parents.push(level.nodes.length);
        const ends = index + 1 - start >= MIN_SIZE && endsChunk(hash, depth);
        if (!ends && index < below.nodes.length - 1) return;
        const key = ends ? (depth === 1 ? `.${below.keys[index]!}` : below.keys[index]!) : TAIL_KEY;
        const children = below.nodes.slice(start, index + 1);
        const reused = oldChunks.get(key);
        const same = reused !== undefined && sameNodes(old!.children[reused]!, children);
        level.children.push(same ? old!.children[reused]! : children);
        level.nodes.push(same ? old!.nodes[reused]! : this.makeChunk(key, children));
        level.starts.push(start);
        level.keys.push(key);
        level.hashes.push(hash);
        start = index + 1;
      });
      levels.push(level);
      below = level;
    }
    this.items = items;
    this.makeLeaf = makeLeaf;
    this.levels = levels;
    return this.top();
  }
}

function sameNodes<Node>(a: readonly Node[], b: readonly Node[]): boolean {
  return a.length === b.length && a.every((node, index) => node === b[index]);
}
