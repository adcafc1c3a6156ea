import { operations } from '../client/operations';
import type { PolarOperation } from '../client/PolarClient';
import { isUuid4 } from '../contract/uuid4';
import { ProxyRefusal, badRequest } from './ProxyRefusal';

/** How often a query parameter may appear: `one` at most once, `many` repeated as Polar's array filters are. */
type Arity = 'one' | 'many';
type QuerySpec = Record<string, Arity>;

/** One operation the proxy may forward: its method, whether it targets one item, the query it takes. */
export interface Route {
  operation: PolarOperation;
  method: string;
  /** Polar's path of the collection, e.g. `/v1/products/`; an item's path appends its id. */
  collection: string;
  item: boolean;
  query: QuerySpec;
}

const page: QuerySpec = { page: 'one', limit: 'one', sorting: 'many' };

// The documented query parameters of Polar's list endpoints (OpenAPI 2026-10), minus products'
// `metadata[...]` filter, which the client never sends.
const listQueries: Record<string, QuerySpec> = {
  '/v1/checkout-links/': { ...page, organization_id: 'many', product_id: 'many' },
  '/v1/products/': {
    ...page,
    id: 'many',
    organization_id: 'many',
    query: 'one',
    is_archived: 'one',
    is_recurring: 'one',
    benefit_id: 'many',
    visibility: 'many',
  },
  '/v1/discounts/': { ...page, organization_id: 'many', query: 'one' },
};

/** Every operation of `PolarClient`, as the client's table says Polar serves it. */
export const routes: readonly Route[] = Object.entries(operations).map(([operation, spec]) => {
  const [method, path] = spec.split(' ') as [string, string];
  const collection = path.replace('{id}', '');
  const item = collection !== path;
  return { operation: operation as PolarOperation, method, collection, item, query: item ? {} : listQueries[collection]! };
});

/** The upstream path of a route: collections end in `/` as Polar's do, items do not. */
export const upstreamPath = (route: Route, id: string | undefined): string => route.collection + (route.item ? id : '');

/**
 * The enabled route for a method and a path below the proxy's prefix, and the id in it; refused with
 * 400 (a path with escapes, dots or empty segments, an id that is not a UUID v4), 404 or 405.
 */
export function matchRoute(enabled: readonly Route[], method: string, path: string): { route: Route; id?: string } {
  // The paths Polar serves need no escapes, dots or empty segments; whatever has them is a trick.
  if (!/^[\w/-]*$/.test(path) || path.includes('//')) {
    throw badRequest('The path holds characters or segments that no operation uses.');
  }
  const match = /^(\/v1\/[a-z-]+)(?:\/([^/]*))?$/.exec(path);
  const id = match?.[2] || undefined;
  const candidates = enabled.filter((route) => route.collection === `${match?.[1]}/` && route.item === !!id);
  if (!candidates.length) throw new ProxyRefusal(404, 'NotFound', 'No operation is served at this path.');
  const route = candidates.find((candidate) => candidate.method === method);
  if (!route) {
    const allow = candidates.map((candidate) => candidate.method).join(', ');
    throw new ProxyRefusal(405, 'MethodNotAllowed', `This path accepts ${allow}.`, { allow });
  }
  if (id && !isUuid4(id)) throw badRequest('The id must be a UUID v4.');
  return { route, id };
}

/** The query to send Polar: the route's documented parameters only, scalars once, no control characters. */
export function forwardedQuery(route: Route, params: URLSearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of params) {
    const arity = Object.hasOwn(route.query, key) ? route.query[key] : undefined;
    if (!arity) throw badRequest(`${route.operation} takes no query parameter ${JSON.stringify(key.slice(0, 64))}.`);
    if (arity === 'one' && query.has(key)) throw badRequest(`The query parameter ${key} can appear once.`);
    if (/[\0-\x1f\x7f]/.test(value)) throw badRequest('Query values cannot hold control characters.');
    query.append(key, value);
  }
  return query;
}
