import type { PolarOperation } from './PolarClient';

/**
 * Every operation of `PolarClient` as Polar's REST API serves it: `'METHOD /path'`, `{id}` standing
 * for an item's id. `createFetchClient` calls them and the server proxy forwards exactly these.
 */
export const operations: Readonly<Record<PolarOperation, `${'GET' | 'POST' | 'PATCH' | 'DELETE'} /v1/${string}`>> = {
  'checkoutLinks.create': 'POST /v1/checkout-links/',
  'checkoutLinks.list': 'GET /v1/checkout-links/',
  'checkoutLinks.get': 'GET /v1/checkout-links/{id}',
  'checkoutLinks.update': 'PATCH /v1/checkout-links/{id}',
  'checkoutLinks.delete': 'DELETE /v1/checkout-links/{id}',
  'products.list': 'GET /v1/products/',
  'products.get': 'GET /v1/products/{id}',
  'discounts.list': 'GET /v1/discounts/',
  'discounts.get': 'GET /v1/discounts/{id}',
};
