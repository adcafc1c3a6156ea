import type { PolarClient } from '../client';
import type {
  CheckoutLink,
  CheckoutLinkCreate,
  CheckoutLinkListQuery,
  Discount,
  DiscountListQuery,
  ListResource,
  Product,
  ProductListQuery,
} from '../contract';
import {
  createCheckoutLinkRequest,
  deleteCheckoutLinkRequest,
  updateCheckoutLinkRequest,
  type UpdateCheckoutLinkVariables,
} from './checkoutLinkMutations';
import type { QueryKey } from './queryKey';
import { checkoutLinkKeys, discountKeys, productKeys } from './queryKeys';

/** What TanStack Query's `useQuery`, `queryClient.fetchQuery` and friends take: a key and the function that fetches it. */
export interface QueryOptions<T, Key extends QueryKey = QueryKey> {
  queryKey: Key;
  queryFn: (context: { signal: AbortSignal }) => Promise<T>;
}

/** What TanStack Query's `useMutation` takes: a key and the function that sends the mutation (rejects with a `PolarApiError`). */
export interface MutationOptions<TVariables, TData, Key extends QueryKey = QueryKey> {
  mutationKey: Key;
  mutationFn: (variables: TVariables) => Promise<TData>;
}

interface ReadOperations<T, ListQuery> {
  list(query: ListQuery, options: { signal: AbortSignal }): Promise<ListResource<T>>;
  get(id: string, options: { signal: AbortSignal }): Promise<T>;
}

interface ReadKeys<ListQuery> {
  list(query?: ListQuery): QueryKey;
  detail(id: string): QueryKey;
}

/** The `list` and `detail` query options of one resource. */
function readQueries<T, ListQuery>(keys: ReadKeys<ListQuery>, operations: ReadOperations<T, ListQuery>) {
  return {
    list: (query: ListQuery = {} as ListQuery): QueryOptions<ListResource<T>> => ({
      queryKey: keys.list(query),
      queryFn: ({ signal }) => operations.list(query, { signal }),
    }),
    detail: (id: string): QueryOptions<T> => ({
      queryKey: keys.detail(id),
      queryFn: ({ signal }) => operations.get(id, { signal }),
    }),
  };
}

/**
 * The checkout link operations of `client` as plain option objects, for a host that runs TanStack
 * Query: `useQuery(checkoutLinkQueries(client).list({ page: 1 }))`,
 * `useMutation(checkoutLinkQueries(client).create())`. Keys are `checkoutLinkKeys`'; bodies are
 * checked with the contract as our own hooks check them. No dependency on TanStack Query.
 */
export function checkoutLinkQueries(client: PolarClient) {
  return {
    ...readQueries<CheckoutLink, CheckoutLinkListQuery>(checkoutLinkKeys, client.checkoutLinks),
    create: (): MutationOptions<CheckoutLinkCreate, CheckoutLink> => ({
      mutationKey: checkoutLinkKeys.create(),
      mutationFn: (body) => createCheckoutLinkRequest(client, body),
    }),
    update: (): MutationOptions<UpdateCheckoutLinkVariables, CheckoutLink> => ({
      mutationKey: checkoutLinkKeys.update(),
      mutationFn: (variables) => updateCheckoutLinkRequest(client, variables),
    }),
    delete: (): MutationOptions<string, string> => ({
      mutationKey: checkoutLinkKeys.delete(),
      mutationFn: (id) => deleteCheckoutLinkRequest(client, id),
    }),
  };
}

/** The product reads of `client` as TanStack Query option objects (keys: `productKeys`). */
export function productQueries(client: PolarClient) {
  return readQueries<Product, ProductListQuery>(productKeys, client.products);
}

/** The discount reads of `client` as TanStack Query option objects (keys: `discountKeys`). */
export function discountQueries(client: PolarClient) {
  return readQueries<Discount, DiscountListQuery>(discountKeys, client.discounts);
}
