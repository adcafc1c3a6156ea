import {
  SEATS_MAX,
  SEATS_MIN,
  isLegacyPrice,
  type Discount,
  type Product,
  type ProductPrice,
  type ProductPriceSeatBased,
} from '../contract';

/** An inclusive range of seats. */
export interface SeatRange {
  min: number;
  max: number;
}

/** Which optional parts of the builder apply to the selected products. */
export interface CheckoutLinkFormAvailability {
  /** A trial needs at least one recurring product. */
  trial: boolean;
  /** Seats need every product to be seat-based; the range all their tiers allow, or `null` (hidden). */
  seats: SeatRange | null;
  /** The legacy prices one may choose from (a single legacy product, new links only), or `null`. */
  priceChoices: ProductPrice[] | null;
  /** Selected ids whose product is not known yet: the rules above wait for them. */
  unknownProductIds: string[];
}

/** Whether a discount can be preset on a link for the selected products, and if not, why. */
export type DiscountApplicability =
  | { applicable: true }
  | {
      applicable: false;
      /** The discount is limited to other products. */
      reason: 'products';
      /** The selected products it does not cover. */
      uncoveredProducts: Product[];
    };

function seatBasedPrice(product: Product): ProductPriceSeatBased | undefined {
  return product.prices.find(
    (price): price is ProductPriceSeatBased => price.amount_type === 'seat_based' && !price.is_archived,
  );
}

/** The seats a seat-based product sells (its first tier's minimum to its last tier's maximum), or `null`. */
export function productSeatRange(product: Product): SeatRange | null {
  const price = seatBasedPrice(product);
  if (!price) return null;
  const tiers = price.seat_tiers.tiers;
  const min = price.seat_tiers.minimum_seats ?? Math.min(...tiers.map((tier) => tier.min_seats));
  const declaredMax = price.seat_tiers.maximum_seats;
  const unbounded = declaredMax === null || tiers.some((tier) => tier.max_seats == null);
  const max = declaredMax ?? (unbounded ? SEATS_MAX : Math.max(...tiers.map((tier) => tier.max_seats ?? 0)));
  return { min: Math.max(min, SEATS_MIN), max: Math.min(max, SEATS_MAX) };
}

/** The seats every product allows, or `null` when one is not seat-based or their ranges do not meet. */
export function sharedSeatRange(products: readonly Product[]): SeatRange | null {
  if (products.length === 0) return null;
  let shared: SeatRange = { min: SEATS_MIN, max: SEATS_MAX };
  for (const product of products) {
    const range = productSeatRange(product);
    if (!range) return null;
    shared = { min: Math.max(shared.min, range.min), max: Math.min(shared.max, range.max) };
  }
  return shared.min <= shared.max ? shared : null;
}

/** The prices a link may be limited to: the live legacy prices of a product that has several. */
export function legacyPriceChoices(product: Product): ProductPrice[] | null {
  const legacy = product.prices.filter((price) => isLegacyPrice(price) && !price.is_archived);
  return legacy.length > 1 ? legacy : null;
}

export function isRecurringProduct(product: Product): boolean {
  return product.is_recurring || product.prices.some((price) => isLegacyPrice(price) && !price.is_archived);
}

/** A discount limited to some products must cover every selected one; an empty or unknown list covers all. */
export function discountApplicability(discount: Discount, products: readonly Product[]): DiscountApplicability {
  const limitedTo = discount.products;
  if (!limitedTo || limitedTo.length === 0) return { applicable: true };
  const covered = new Set(limitedTo.map((product) => product.id));
  const uncoveredProducts = products.filter((product) => !covered.has(product.id));
  return uncoveredProducts.length ? { applicable: false, reason: 'products', uncoveredProducts } : { applicable: true };
}

/** The products of `productIds` that `catalog` knows, in order. */
export function knownProducts(productIds: readonly string[], catalog: Readonly<Record<string, Product>>): Product[] {
  return productIds.flatMap((id) => (catalog[id] ? [catalog[id]] : []));
}

export function formAvailability(
  productIds: readonly string[],
  catalog: Readonly<Record<string, Product>>,
  mode: 'create' | 'edit',
): CheckoutLinkFormAvailability {
  const known = knownProducts(productIds, catalog);
  const unknownProductIds = productIds.filter((id) => !catalog[id]);
  const single = known.length === 1 && productIds.length === 1 ? known[0] : undefined;
  return {
    trial: known.some(isRecurringProduct),
    seats: unknownProductIds.length ? null : sharedSeatRange(known),
    priceChoices: mode === 'create' && single ? legacyPriceChoices(single) : null,
    unknownProductIds,
  };
}
