import type { Product } from '../../contract';

/** Whether buyers subscribe to the product: a recurring product, or one sold through legacy monthly/yearly prices. */
export function isSubscriptionProduct(product: Product): boolean {
  return product.is_recurring || product.prices.some((price) => price.legacy === true && !price.is_archived);
}

/** Products split into one-time purchases and subscriptions, each in the order given. */
export function groupProducts(products: readonly Product[]): { oneTime: Product[]; subscription: Product[] } {
  const oneTime: Product[] = [];
  const subscription: Product[] = [];
  for (const product of products) (isSubscriptionProduct(product) ? subscription : oneTime).push(product);
  return { oneTime, subscription };
}
