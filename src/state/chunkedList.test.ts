import { describe, expect, it } from 'vitest';
import { ChunkedList } from './chunkedList';

interface Item {
  id: string;
  version: number;
}
type Node = { leaf: Item } | { key: string; children: Node[] };

const item = (index: number, version = 0): Item => ({ id: `product-${index}`, version });
const items = (count: number) => Array.from({ length: count }, (_, index) => item(index));
const leaf = (value: Item): Node => ({ leaf: value });

function chunkedList() {
  return new ChunkedList<Item, Node>(
    (value) => value.id,
    (key, children) => ({ key, children }),
  );
}

/** The leaves under `nodes`, in order. */
function leaves(nodes: readonly Node[]): Item[] {
  return nodes.flatMap((node) => ('leaf' in node ? [node.leaf] : leaves(node.children)));
}

/** Every node under `nodes`, chunks and leaves. */
function allNodes(nodes: readonly Node[]): Node[] {
  return nodes.flatMap((node) => ('leaf' in node ? [node] : [node, ...allNodes(node.children)]));
}

/** The nodes of `after` that `before` did not have. */
function newNodes(before: readonly Node[], after: readonly Node[]): Node[] {
  const old = new Set(allNodes(before));
  return allNodes(after).filter((node) => !old.has(node));
}

describe('ChunkedList', () => {
  it('gives every item a leaf, in order, under chunks with distinct keys', () => {
    const list = chunkedList();
    const products = items(1000);
    const top = list.update(products, leaf);
    expect(leaves(top)).toEqual(products);
    const chunks = allNodes(top).filter((node): node is { key: string; children: Node[] } => 'key' in node);
    for (const siblings of [top, ...chunks.map((chunk) => chunk.children)]) {
      const keys = siblings.flatMap((node) => ('key' in node ? [node.key] : []));
      expect(new Set(keys).size).toBe(keys.length);
    }
    // Chunks of about five at each of three levels: a thousand items sit under a dozen or so at the top.
    expect(top.length).toBeGreaterThan(2);
    expect(top.length).toBeLessThan(40);
  });

  it('gives the same nodes back while nothing changed', () => {
    const list = chunkedList();
    const products = items(300);
    const top = list.update(products, leaf);
    expect(list.update(products, leaf)).toBe(top);
    expect(list.update([...products], leaf)).toBe(top);
  });

  it('remakes only the changed item and the chunks above it', () => {
    const list = chunkedList();
    const products = items(1000);
    const before = list.update(products, leaf);
    const next = products.slice();
    next[417] = item(417, 1);
    const after = list.update(next, leaf);
    expect(leaves(after)).toEqual(next);
    const made = newNodes(before, after);
    expect(made.filter((node) => 'leaf' in node)).toEqual([{ leaf: next[417] }]);
    // The leaf and the chunk above it at each of the three levels.
    expect(made).toHaveLength(4);
    expect(after.filter((node, index) => node !== before[index])).toHaveLength(1);
  });

  it('remakes the paths of several changed items at once', () => {
    const list = chunkedList();
    const products = items(1000);
    const before = list.update(products, leaf);
    const next = products.map((value, index) => (index % 250 === 3 ? item(index, 1) : value));
    const after = list.update(next, leaf);
    expect(leaves(after)).toEqual(next);
    expect(newNodes(before, after).filter((node) => 'leaf' in node)).toHaveLength(4);
  });

  it('keeps the other chunks when items are added, removed or moved', () => {
    const list = chunkedList();
    const products = items(1000);
    const before = list.update(products, leaf);
    const added = [item(5000), ...products.slice(0, 600), item(5001), ...products.slice(600)];
    const afterAdding = list.update(added, leaf);
    expect(leaves(afterAdding)).toEqual(added);
    // The new leaves, and the few chunks that hold them or were cut anew around them.
    expect(newNodes(before, afterAdding).filter((node) => 'leaf' in node)).toHaveLength(2);
    expect(newNodes(before, afterAdding).length).toBeLessThan(12);

    const removed = added.filter((value) => value.id !== 'product-10' && value.id !== 'product-700');
    const afterRemoving = list.update(removed, leaf);
    expect(leaves(afterRemoving)).toEqual(removed);
    expect(newNodes(afterAdding, afterRemoving).filter((node) => 'leaf' in node)).toHaveLength(0);

    const moved = [...removed.slice(1, 500), removed[0]!, ...removed.slice(500)];
    expect(leaves(list.update(moved, leaf))).toEqual(moved);
  });

  it('remakes every leaf for a new makeLeaf', () => {
    const list = chunkedList();
    const products = items(50);
    const before = list.update(products, leaf);
    const after = list.update(products, (value) => ({ leaf: value }));
    expect(leaves(after)).toEqual(products);
    expect(newNodes(before, after).filter((node) => 'leaf' in node)).toHaveLength(50);
  });

  it('handles an empty list and a list of one', () => {
    const list = chunkedList();
    expect(list.update([], leaf)).toEqual([]);
    expect(leaves(list.update([item(1)], leaf))).toEqual([item(1)]);
    expect(list.update([], leaf)).toEqual([]);
  });
});
