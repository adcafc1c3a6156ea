// Card render and update benches: ProductCard against a bare component showing the same text and images.
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
  benefits: { label: string; description: string }[];
}

function bareView(product: Product): BareCardView {
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
    benefits: product.benefits.map((benefit) => ({ label: benefitLabel(benefit), description: benefit.description })),
  };
}

/** The floor: the card's visible text and images, with no logic at all. */
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
            <span>{benefit.label}</span> <span>{benefit.description}</span>
          </li>
        ))}
      </ul>
    </article>
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

const products = benchProducts(CARD_COUNT, location.origin);
const views = products.map(bareView);

function mountRoot(): { root: Root; container: HTMLElement } {
  const container = document.body.appendChild(document.createElement('div'));
  return { root: createRoot(container), container };
}

/** A product whose name differs from `product`'s (and back again on the next call). */
function changed(product: Product): Product {
  return { ...product, name: product.name.endsWith(' (new)') ? product.name.slice(0, -6) : `${product.name} (new)` };
}

let list: { root: Root; container: HTMLElement; products: Product[] } | null = null;
let single: { root: Root; container: HTMLElement; product: Product } | null = null;

const bench = {
  cardCount: CARD_COUNT,

  /** Milliseconds to render and commit 1,000 cards of `kind` into an empty root. */
  mount(kind: 'card' | 'bare'): number {
    const { root, container } = mountRoot();
    const start = performance.now();
    flushSync(() => root.render(kind === 'card' ? <CardList products={products} /> : <BareList views={views} />));
    const elapsed = performance.now() - start;
    root.unmount();
    container.remove();
    return elapsed;
  },

  /** Every text the bare cards show is in the cards too, and they show as many images. */
  checkSameContent(): { missing: string[]; cardImages: number; bareImages: number } {
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
    };
    for (const { root, container } of [cards, bare]) {
      root.unmount();
      container.remove();
    }
    return result;
  },

  /** Mounts the 1,000-card list and, in a root of its own, one more card. */
  setUpUpdates(): void {
    list = { ...mountRoot(), products: [...products] };
    single = { ...mountRoot(), product: products[0]! };
    const { root: listRoot, products: listProducts } = list;
    const { root: singleRoot, product } = single;
    flushSync(() => listRoot.render(<CardList products={listProducts} />));
    flushSync(() => singleRoot.render(<ProductCard product={product} />));
  },

  /** Milliseconds for `times` re-renders of the whole list, each with one product changed. */
  updateList(times: number): number {
    const current = list!;
    let elapsed = 0;
    for (let update = 0; update < times; update++) {
      const index = (update * 37) % CARD_COUNT;
      const next = current.products.slice();
      next[index] = changed(next[index]!);
      current.products = next;
      const start = performance.now();
      flushSync(() => current.root.render(<CardList products={next} />));
      elapsed += performance.now() - start;
    }
    return elapsed;
  },

  /** Milliseconds for `times` re-renders of the lone card, each with its product changed. */
  updateSingle(times: number): number {
    const current = single!;
    let elapsed = 0;
    for (let update = 0; update < times; update++) {
      const next = changed(current.product);
      current.product = next;
      const start = performance.now();
      flushSync(() => current.root.render(<ProductCard product={next} />));
      elapsed += performance.now() - start;
    }
    return elapsed;
  },
};

Object.assign(window, { bench });
