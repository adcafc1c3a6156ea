// The bare reference card shared by the card render and update benches: the text and images a
// ProductCard shows, worked out beforehand, put on the page with no logic.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Product } from '../src/contract';
import { ProductCard } from '../src/components/ProductCard';
import { benefitLabel, defaultFormatMessages, formatPrice, pricesForCurrency } from '../src/format';
import { defaultProductCardMessages } from '../src/messages/productCardMessages';

/** What a card shows, worked out beforehand: the bare component only puts it on the page. */
export interface BareCardView {
  name: string;
  description: string;
  images: { src: string; alt: string; width: number; height: number }[];
  prices: { line: string; details: string[] }[];
  benefitsTitle: string;
  benefits: { label: string; description: string; icon: string }[];
}

/** The path of each benefit type's icon, read off a rendered card: the bare cards draw the same icons. */
export function benefitIconPaths(product: Product): Map<string, string> {
  const container = document.createElement('div');
  const root = createRoot(container);
  flushSync(() => root.render(<ProductCard product={product} />));
  const paths = new Map([...container.querySelectorAll('li[data-type]')].map((item) => [item.getAttribute('data-type')!, item.querySelector('path')!.getAttribute('d')!]));
  root.unmount();
  return paths;
}

export function bareView(product: Product, iconPaths: Map<string, string>): BareCardView {
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
export function BareCard({ view }: { view: BareCardView }) {
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

/** The list a host writes without ProductCardList: one ProductCard per product. */
export function CardList({ products }: { products: readonly Product[] }) {
  return (
    <div>
      {products.map((product) => (
        <ProductCard key={product.id} product={product} />
      ))}
    </div>
  );
}
