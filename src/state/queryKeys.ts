import type { CheckoutLinkListQuery, DiscountListQuery, ProductListQuery } from '../contract';
import type { QueryKey } from './queryKey';

/** The cache keys of the read operations: the operation's name, then its arguments. */
export const queryKeys = {
  checkoutLinks: (query: CheckoutLinkListQuery = {}): QueryKey => ['checkoutLinks.list', query],
  checkoutLink: (id: string): QueryKey => ['checkoutLinks.get', id],
  products: (query: ProductListQuery = {}): QueryKey => ['products.list', query],
  product: (id: string): QueryKey => ['products.get', id],
  discounts: (query: DiscountListQuery = {}): QueryKey => ['discounts.list', query],
  discount: (id: string): QueryKey => ['discounts.get', id],
};

export function isCheckoutLinkListKey(key: QueryKey): boolean {
  return key[0] === 'checkoutLinks.list';
}
