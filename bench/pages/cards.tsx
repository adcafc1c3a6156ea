// Card render and update benches: ProductCard against a bare component showing the same text and images.
import { createElement, memo, type JSX, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { Product } from '../../src/contract';
import { ProductCard } from '../../src/components/ProductCard';
import { benefitLabel, defaultFormatMessages, formatPrice, pricesForCurrency } from '../../src/format';
import { defaultProductCardMessages } from '../../src/messages/productCardMessages';
import { benchProducts } from '../fixtures';

const CARD_COUNT = 1000;

/** What a card shows, worked out beforehand: the bare component only puts it on the page. */
interface BareCardView {
  name: string;
  description: string;
  images: { src: string; alt: string; width: number; height: number }[];
  prices: { line: string; details: string[] }[];
  benefitsTitle: string;
  benefits: { label: string; description: string; icon: string }[];
}

/** The path of each benefit type's icon, read off a rendered card: the bare cards draw the same icons. */
function benefitIconPaths(product: Product): Map<string, string> {
  const container = document.createElement('div');
  const root = createRoot(container);
  flushSync(() => root.render(<ProductCard product={product} />));
  const paths = new Map([...container.querySelectorAll('li[data-type]')].map((item) => [item.getAttribute('data-type')!, item.querySelector('path')!.getAttribute('d')!]));
  root.unmount();
  return paths;
}

function bareView(product: Product, iconPaths: Map<string, string>): BareCardView {
  const messages = { ...defaultFormatMessages, ...defaultProductCardMessages };
  const count = product.medias.length;
  return {
    name: product.name,
    description: product.description ?? '',
    images: product.medias.map((media, index) => ({
      src: media.public_url,
      alt: messages.imageAlt(product.name, index + 1, count),
      width: index === 0 ? 640 : 160,
      height: index === 0 ? 360 : 160,
    })),
    prices: pricesForCurrency(product.prices).map((price) => {
      const formatted = formatPrice(price, { product });
      return { line: formatted.label, details: formatted.details };
    }),
    benefitsTitle: messages.benefitsTitle,
    benefits: product.benefits.map((benefit) => ({ label: benefitLabel(benefit), description: benefit.description, icon: iconPaths.get(benefit.type)! })),
  };
}

/** The floor: the card's visible text, images and icons, with no logic at all. */
function BareCard({ view }: { view: BareCardView }) {
  return (
    <article>
      <ul>
        {view.images.map((image) => (
          <li key={image.src}>
            <img src={image.src} alt={image.alt} width={image.width} height={image.height} loading="lazy" />
          </li>
        ))}
      </ul>
      <h3>{view.name}</h3>
      <p>{view.description}</p>
      {view.prices.map((price) => (
        <div key={price.line}>
          <p>{price.line}</p>
          {price.details.map((detail) => (
            <p key={detail}>{detail}</p>
          ))}
        </div>
      ))}
      <p>{view.benefitsTitle}</p>
      <ul>
        {view.benefits.map((benefit) => (
          <li key={benefit.label}>
            <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round">
              <path d={benefit.icon} />
            </svg>
            <span>{benefit.label}</span> <span>{benefit.description}</span>
          </li>
        ))}
      </ul>
    </article>
  );
}

// The same floor for updates: what React itself spends re-rendering a list of memoised children.
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

function BareList({ views }: { views: readonly BareCardView[] }) {
  return (
    <div>
      {views.map((view, index) => (
        <BareCard key={index} view={view} />
      ))}
    </div>
  );
}

/** `node` as a React element tree: the same markup, with nothing left to work out. */
function prebuilt(node: Node): ReactNode {
  if (!(node instanceof Element)) return node.textContent;
  const props: Record<string, unknown> = {};
  for (const { name, value } of node.attributes) {
    if (name === 'class') props.className = value;
    else if (name === 'style') {
      const { style } = node as HTMLElement;
      props.style = Object.fromEntries([...style].map((property) => [property.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()), style.getPropertyValue(property)]));
    } else props[name] = value;
  }
  return createElement(node.localName, props, ...[...node.childNodes].map(prebuilt));
}

/** Every card's markup, as ProductCard renders it, prebuilt as React elements. */
function prebuiltCards(products: readonly Product[]): ReactNode[] {
  const container = document.createElement('div');
  const root = createRoot(container);
  flushSync(() => root.render(<CardList products={products} />));
  const cards = [...container.firstElementChild!.children].map((card, index) => <div key={index}>{prebuilt(card)}</div>);
  root.unmount();
  return cards;
}

const products = benchProducts(CARD_COUNT, location.origin);
const iconPaths = benefitIconPaths(products[0]!);
const views = products.map((product) => bareView(product, iconPaths));
const markup = prebuiltCards(products);

function mountRoot(): { root: Root; container: HTMLElement } {
  const container = document.body.appendChild(document.createElement('div'));
  return { root: createRoot(container), container };
}

/** Another name, and back again on the next call. */
const renamed = (name: string) => (name.endsWith(' (new)') ? name.slice(0, -6) : `${name} (new)`);

interface Mounted<Item> {
  root: Root;
  container: HTMLElement;
  items: Item[];
}

/** Mounts `render(items)` in a root of its own. */
function mountList<Item>(items: Item[], render: (items: Item[]) => JSX.Element): Mounted<Item> {
  const mounted = { ...mountRoot(), items };
  flushSync(() => mounted.root.render(render(items)));
  return mounted;
}

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

let updates: {
  cards: Mounted<Product>;
  card: Mounted<Product>;
  bares: Mounted<BareCardView>;
  bare: Mounted<BareCardView>;
} | null = null;

const bench = {
  cardCount: CARD_COUNT,

  /**
   * Milliseconds to render and commit 1,000 cards of `kind` into an empty root: ProductCards, bare
   * cards, or ProductCard's own markup prebuilt (what the cards cost without their logic).
   */
  mount(kind: 'card' | 'bare' | 'markup'): number {
    const { root, container } = mountRoot();
    const start = performance.now();
    flushSync(() => root.render(kind === 'card' ? <CardList products={products} /> : kind === 'bare' ? <BareList views={views} /> : <div>{markup}</div>));
    const elapsed = performance.now() - start;
    root.unmount();
    container.remove();
    return elapsed;
  },

  /** Every text the bare cards show is in the cards too, and they show as many images and icons. */
  checkSameContent(): { missing: string[]; cardImages: number; bareImages: number; cardIcons: number; bareIcons: number } {
    const cards = mountRoot();
    const bare = mountRoot();
    flushSync(() => cards.root.render(<CardList products={products.slice(0, 20)} />));
    flushSync(() => bare.root.render(<BareList views={views.slice(0, 20)} />));
    const cardText = cards.container.textContent ?? '';
    const missing = views
      .slice(0, 20)
      .flatMap((view) => [view.name, view.description, view.benefitsTitle, ...view.prices.flatMap((price) => [price.line, ...price.details]), ...view.benefits.flatMap((benefit) => [benefit.label, benefit.description])])
      .filter((text) => !cardText.includes(text));
    const result = {
      missing: [...new Set(missing)],
      cardImages: cards.container.querySelectorAll('img').length,
      bareImages: bare.container.querySelectorAll('img').length,
      cardIcons: cards.container.querySelectorAll('svg').length,
      bareIcons: bare.container.querySelectorAll('svg').length,
    };
    for (const { root, container } of [cards, bare]) {
      root.unmount();
      container.remove();
    }
    return result;
  },

  /** Mounts the 1,000-card list and one more card, and the same of memoised bare cards, each in a root of its own. */
  setUpUpdates(): void {
    updates = {
      cards: mountList([...products], renderCards),
      card: mountList([products[0]!], renderCard),
      bares: mountList([...views], renderBares),
      bare: mountList([views[0]!], renderBare),
    };
  },

  /**
   * Milliseconds for `times` updates of one product: `cards` re-renders the 1,000-card list, `card`
   * the lone card; `bares` and `bare` do the same with memoised bare cards (React's own floor).
   */
  update(kind: 'cards' | 'card' | 'bares' | 'bare', times: number): number {
    const mounted = updates!;
    if (kind === 'cards') return timeUpdates(mounted.cards, times, spread, renameProduct, renderCards);
    if (kind === 'card') return timeUpdates(mounted.card, times, first, renameProduct, renderCard);
    if (kind === 'bares') return timeUpdates(mounted.bares, times, spread, renameView, renderBares);
    return timeUpdates(mounted.bare, times, first, renameView, renderBare);
  },
};

Object.assign(window, { bench });
