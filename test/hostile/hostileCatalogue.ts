import type { Benefit, BenefitType, CheckoutLink, Discount, Product, ProductMedia } from '../../src/contract';
import {
  makeBenefit,
  makeCheckoutLink,
  makeCustomPrice,
  makeDiscount,
  makeFixedPrice,
  makeMedia,
  makeProduct,
  makeSeatBasedPrice,
} from '../../src/testing/fixtures';
import { NOWHERE, textPayloads, urlPayloads, type Payload } from './payloads';

/** An organization whose every merchant-written field carries a payload. */
export interface HostileCatalogue {
  products: Product[];
  discounts: Discount[];
  links: CheckoutLink[];
}

const urlAt = (index: number) => (urlPayloads[index % urlPayloads.length] as Payload).value;

// Metadata keys are 1–40 characters on Polar: a payload is cut to fit.
const metadataKey = (value: string) => value.slice(0, 40);

function benefitsOf(text: string): Benefit[] {
  return [
    makeBenefit('custom', { description: text, properties: { note: text } }),
    makeBenefit('downloadables', { description: text }),
    // A benefit type Polar might add, named by the payload: rendered with the neutral fallback.
    makeBenefit(text as BenefitType, { description: text }),
  ];
}

function mediasOf(text: string, index: number): ProductMedia[] {
  return [
    makeMedia({ name: text, public_url: urlAt(index), mime_type: 'image/png' }),
    makeMedia({ name: text, public_url: urlAt(index + 1), mime_type: 'image/svg+xml' }),
    makeMedia({ name: text, public_url: `${NOWHERE}/cover-${index}.png`, mime_type: 'image/png' }),
    makeMedia({ name: text, public_url: `${NOWHERE}/page-${index}.html`, mime_type: 'text/html' }),
  ];
}

/** One product per text payload, in its name, description, benefits, medias and metadata. */
function textProduct({ value }: Payload, index: number): Product {
  return makeProduct({
    name: value,
    description: `${value}\n\n${value}\nSecond line: ${value}`,
    benefits: benefitsOf(value),
    medias: mediasOf(value, index),
    metadata: { [metadataKey(value)]: value },
    recurring_interval: index % 2 ? 'month' : null,
    prices: [makeFixedPrice({ price_amount: 1900 }), makeCustomPrice()],
  });
}

/** A product whose medias are every URL payload (twice: as a PNG and as an SVG), with two images that are fine. */
function urlProduct(): Product {
  return makeProduct({
    name: 'Every hostile media URL',
    medias: [
      makeMedia({ name: 'first.png', public_url: `${NOWHERE}/first.png` }),
      ...urlPayloads.flatMap(({ name, value }) => [
        makeMedia({ name: `${name}.png`, public_url: value, mime_type: 'image/png' }),
        makeMedia({ name: `${name}.svg`, public_url: value, mime_type: 'image/svg+xml' }),
      ]),
      makeMedia({ name: 'last.png', public_url: `${NOWHERE}/last.png` }),
    ],
    prices: [makeSeatBasedPrice()],
  });
}

/** A discount per text payload, in its name, code and metadata; it applies to every product. */
function textDiscount({ value }: Payload, index: number): Discount {
  const shape = index % 2 ? { type: 'percentage' as const, duration: 'repeating' as const } : {};
  return makeDiscount({ ...shape, name: value, code: value, metadata: { [metadataKey(value)]: value } });
}

/** The catalogue for `payloads` (every text payload by default), and last the product with every hostile media URL. */
export function createHostileCatalogue(payloads: readonly Payload[] = textPayloads, { mediaProduct = true } = {}): HostileCatalogue {
  const products = [...payloads.map(textProduct), ...(mediaProduct ? [urlProduct()] : [])];
  const discounts = payloads.map(textDiscount);
  const links = payloads.map(({ value }, index) =>
    makeCheckoutLink({
      label: value,
      url: urlAt(index),
      success_url: urlAt(index + 1),
      return_url: urlAt(index + 2),
      metadata: { [metadataKey(value)]: value, plan: value },
      products: [products[index] as Product, products[(index + 1) % products.length] as Product],
      discount: discounts[index] ?? null,
    }),
  );
  return { products, discounts, links };
}
