// Update bench: one product of 1,000 changes; what re-rendering the cards costs against updating
// that one card alone: in ProductCardList, in a list the host writes, with React's own floor
// (memoised bare cards) beside them.
import { memo, type JSX } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { Product } from '../../src/contract';
import { ProductCard } from '../../src/components/ProductCard';
import { ProductCardList } from '../../src/components/ProductCardList';
import { BareCard, bareView, benefitIconPaths, CardList, type BareCardView } from '../bareCard';
import { benchProducts } from '../fixtures';

const CARD_COUNT = 1000;

const MemoBareCard = memo(BareCard);

function MemoBareList({ views }: { views: readonly BareCardView[] }) {
  return (
    <div>
      {views.map((view, index) => (
        <MemoBareCard key={index} view={view} />
      ))}
    </div>
  );
}

const products = benchProducts(CARD_COUNT, location.origin);
const iconPaths = benefitIconPaths(products[0]!);
const views = products.map((product) => bareView(product, iconPaths));

interface Mounted<Item> {
  root: Root;
  container: HTMLElement;
  items: Item[];
}

/** Mounts `render(items)` in a root of its own. */
function mountList<Item>(items: Item[], render: (items: Item[]) => JSX.Element): Mounted<Item> {
  const container = document.body.appendChild(document.createElement('div'));
  const mounted = { root: createRoot(container), container, items };
  flushSync(() => mounted.root.render(render(items)));
  return mounted;
}

/** Another name, and back again on the next call. */
const renamed = (name: string) => (name.endsWith(' (new)') ? name.slice(0, -6) : `${name} (new)`);

/**
 * Milliseconds for the updates, all timed as one: performance.now() steps by 0.1 ms here, more than
 * one update takes. Each update renders `element` into `root`; making them is not timed, and a
 * collection first moves them out of the young heap, where the lists' 1,000-item arrays would make
 * every scavenge during the run slower than the lone card's.
 */
function timeAll(updates: { root: Root; element: JSX.Element }[]): number {
  (window as Window & { gc?: () => void }).gc?.();
  const start = performance.now();
  for (const { root, element } of updates) flushSync(() => root.render(element));
  return performance.now() - start;
}

/** Milliseconds for `times` updates of a lone card, each time another of `loneCards`. */
function timeLoneCards(loneCards: Mounted<Product>[], times: number): number {
  const updates = Array.from({ length: times }, (_, update) => {
    const mounted = loneCards[spread(update)]!;
    mounted.items = [renameProduct(mounted.items[0]!)];
    return { root: mounted.root, element: renderCard(mounted.items) };
  });
  return timeAll(updates);
}

/** Milliseconds for `times` re-renders of `mounted`, each with one item (the `pick`th) changed by `change`. */
function timeUpdates<Item>(mounted: Mounted<Item>, times: number, pick: (update: number) => number, change: (item: Item) => Item, render: (items: Item[]) => JSX.Element): number {
  const updates = Array.from({ length: times }, (_, update) => {
    const index = pick(update);
    const next = mounted.items.slice();
    next[index] = change(next[index]!);
    mounted.items = next;
    return { root: mounted.root, element: render(next) };
  });
  return timeAll(updates);
}

const renderList = (items: Product[]) => <ProductCardList products={items} />;
const renderCards = (items: Product[]) => <CardList products={items} />;
const renderCard = (items: Product[]) => <ProductCard product={items[0]!} />;
const renderBares = (items: BareCardView[]) => <MemoBareList views={items} />;
const renderBare = (items: BareCardView[]) => <MemoBareCard view={items[0]!} />;
const renameProduct = (product: Product): Product => ({ ...product, name: renamed(product.name) });
const renameView = (view: BareCardView): BareCardView => ({ ...view, name: renamed(view.name) });
const spread = (update: number) => (update * 37) % CARD_COUNT;
const first = () => 0;

const mounted = {
  list: mountList([...products], renderList),
  listSameProduct: mountList([...products], renderList),
  listOfOne: mountList([products[0]!], renderList),
  cards: mountList([...products], renderCards),
  card: mountList([products[0]!], renderCard),
  bares: mountList([...views], renderBares),
  bare: mountList([views[0]!], renderBare),
};
// 1,000 lone cards, each in a root of its own: updating a different one each time, as the lists do,
// instead of the same one again, whose data the processor's caches still hold.
const loneCards = products.map((product) => mountList([product], renderCard));

const bench = {
  cardCount: CARD_COUNT,

  /**
   * Milliseconds for `times` updates of one product. `list`: ProductCardList with 1,000 products
   * (`listSameProduct`: the first changes each time, as the lone card does); `cards`: 1,000
   * ProductCards in a list the host writes; `card`: the lone card; `listOfOne`: ProductCardList of
   * that one product; `loneCards`: another lone card each time; `bares` and `bare`: as `cards` and
   * `card` with memoised bare cards (React's own floor).
   */
  update(kind: 'list' | 'listSameProduct' | 'listOfOne' | 'cards' | 'card' | 'loneCards' | 'bares' | 'bare', times: number): number {
    if (kind === 'list') return timeUpdates(mounted.list, times, spread, renameProduct, renderList);
    if (kind === 'listSameProduct') return timeUpdates(mounted.listSameProduct, times, first, renameProduct, renderList);
    if (kind === 'listOfOne') return timeUpdates(mounted.listOfOne, times, first, renameProduct, renderList);
    if (kind === 'cards') return timeUpdates(mounted.cards, times, spread, renameProduct, renderCards);
    if (kind === 'card') return timeUpdates(mounted.card, times, first, renameProduct, renderCard);
    if (kind === 'loneCards') return timeLoneCards(loneCards, times);
    if (kind === 'bares') return timeUpdates(mounted.bares, times, spread, renameView, renderBares);
    return timeUpdates(mounted.bare, times, first, renameView, renderBare);
  },
};

Object.assign(window, { bench });
