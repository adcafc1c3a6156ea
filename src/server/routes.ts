import type { PolarOperation } from '../client/PolarClient';

/** How often a query parameter may appear: `one` at most once, `many` repeated as Polar's array filters are. */
type Arity = 'one' | 'many';
type QuerySpec = Record<string, Arity>;

/** One operation the proxy may forward: its method, whether it targets one item, the query it takes. */
export interface Route {
  operation: PolarOperation;
  method: string;
  resource: string;
  item: boolean;
  query: QuerySpec;
}

const page: QuerySpec = { page: 'one', limit: 'one', sorting: 'many' };

// The documented query parameters of Polar's list endpoints (OpenAPI 2026-10), minus products'
// `metadata[...]` filter, which the client never sends.
const listQueries: Record<string, QuerySpec> = {
  'checkout-links': { ...page, organization_id: 'many', product_id: 'many' },
  products: {
    ...page,
    id: 'many',
    organization_id: 'many',
    query: 'one',
    is_archived: 'one',
    is_recurring: 'one',
    benefit_id: 'many',
    visibility: 'many',
  },
  discounts: { ...page, organization_id: 'many', query: 'one' },
};

const route = (operation: PolarOperation, method: string, item: boolean): Route => {
  const resource = operation.startsWith('checkoutLinks') ? 'checkout-links' : operation.split('.')[0]!;
  return { operation, method, resource, item, query: item ? {} : listQueries[resource]! };
};

/** Every operation of `PolarClient`, as Polar's REST API serves it. */
export const routes: readonly Route[] = [
  route('checkoutLinks.create', 'POST', false),
  route('checkoutLinks.list', 'GET', false),
  route('checkoutLinks.get', 'GET', true),
  route('checkoutLinks.update', 'PATCH', true),
  route('checkoutLinks.delete', 'DELETE', true),
  route('products.list', 'GET', false),
  route('products.get', 'GET', true),
  route('discounts.list', 'GET', false),
  route('discounts.get', 'GET', true),
];

/** The upstream path of a route: collections end in `/` as Polar's do, items do not. */
export const upstreamPath = (route: Route, id: string | undefined): string =>
  `/v1/${route.resource}/${route.item ? id : ''}`;
