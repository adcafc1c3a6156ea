// Update bench: one product of 1,000 changes; what re-rendering the cards costs against updating
// that one card alone, with React's own floor (memoised bare cards) beside it.
import { memo, type JSX } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { Product } from '../../src/contract';
import { ProductCard } from '../../src/components/ProductCard';
import { BareCard, bareView, benefitIconPaths, type BareCardView } from '../bareCard';
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

function CardList({ products }: { products: readonly Product[] }) {
  return (
    <div>
      {products.map((product) => (
        <ProductCard key={product.id} product={product} />
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

/** Milliseconds for `times` re-renders of `mounted`, each with one item (the `pick`th) changed by `change`. */
function timeUpdates<Item>(mounted: Mounted<Item>, times: number, pick: (update: number) => number, change: (item: Item) => Item, render: (items: Item[]) => JSX.Element): number {
  let elapsed = 0;
  for (let update = 0; update < times; update++) {
    const index = pick(update);
    const next = mounted.items.slice();
    next[index] = change(next[index]!);
    mounted.items = next;
    const start = performance.now();
    flushSync(() => mounted.root.render(render(next)));
    elapsed += performance.now() - start;
  }
  return elapsed;
}

const renderCards = (items: Product[]) => <CardList products={items} />;
const renderCard = (items: Product[]) => <ProductCard product={items[0]!} />;
const renderBares = (items: BareCardView[]) => <MemoBareList views={items} />;
const renderBare = (items: BareCardView[]) => <MemoBareCard view={items[0]!} />;
const renameProduct = (product: Product): Product => ({ ...product, name: renamed(product.name) });
const renameView = (view: BareCardView): BareCardView => ({ ...view, name: renamed(view.name) });
const spread = (update: number) => (update * 37) % CARD_COUNT;
const first = () => 0;

const mounted = {
  cards: mountList([...products], renderCards),
  card: mountList([products[0]!], renderCard),
  bares: mountList([...views], renderBares),
  bare: mountList([views[0]!], renderBare),
};

const bench = {
  cardCount: CARD_COUNT,

  /**
   * Milliseconds for `times` updates of one product: `cards` re-renders the 1,000-card list, `card`
   * the lone card; `bares` and `bare` do the same with memoised bare cards (React's own floor).
   */
  update(kind: 'cards' | 'card' | 'bares' | 'bare', times: number): number {
    if (kind === 'cards') return timeUpdates(mounted.cards, times, spread, renameProduct, renderCards);
    if (kind === 'card') return timeUpdates(mounted.card, times, first, renameProduct, renderCard);
    if (kind === 'bares') return timeUpdates(mounted.bares, times, spread, renameView, renderBares);
    return timeUpdates(mounted.bare, times, first, renameView, renderBare);
  },
};

Object.assign(window, { bench });
