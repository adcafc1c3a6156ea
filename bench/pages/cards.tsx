// Card render bench: 1,000 ProductCards against bare cards showing the same text and images, and
// against ProductCard's own markup prebuilt as React elements.
import { createElement, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { Product } from '../../src/contract';
import { BareCard, bareView, benefitIconPaths, CardList, type BareCardView } from '../bareCard';
import { benchProducts } from '../fixtures';

const CARD_COUNT = 1000;

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
};

Object.assign(window, { bench });
