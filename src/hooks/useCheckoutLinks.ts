'use client';
import type { PolarApiError } from '../client';
import type { CheckoutLink, CheckoutLinkListQuery, ListResource } from '../contract';
import type { QueryStatus } from '../state/queryCache';
import { queryKeys } from '../state/queryKeys';
import { pageInfo, type PageInfo } from './pageInfo';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { useQueryObserver } from './useQueryObserver';

export interface UseCheckoutLinksOptions {
  /** A page rendered on the server, shown until the first answer arrives. */
  initialData?: ListResource<CheckoutLink>;
  /** `false` sends no request. Default `true`. */
  enabled?: boolean;
}

export interface UseCheckoutLinksResult {
  /** The links of the current page; the previous page's stay while the next loads. */
  items: CheckoutLink[];
  /** Where the list stands: page, `max_page` as `pageCount`, whether there is a next page. */
  pagination: PageInfo;
  data: ListResource<CheckoutLink> | undefined;
  status: QueryStatus;
  error: PolarApiError | null;
  /** A request is in flight, also while the current items are shown. */
  isFetching: boolean;
  /** The items belong to the previous query until the current one's answer arrives. */
  isPlaceholderData: boolean;
  refetch: () => Promise<void>;
}

/**
 * A page of the organization's checkout links (`query`: `page`, `limit`, `product_id`, `sorting`).
 * Refreshed whenever a link is created, updated or deleted through the same provider.
 */
export function useCheckoutLinks(query: CheckoutLinkListQuery = {}, options: UseCheckoutLinksOptions = {}): UseCheckoutLinksResult {
  const { client } = useCheckoutLinksScope('useCheckoutLinks');
  const result = useQueryObserver('useCheckoutLinks', {
    key: queryKeys.checkoutLinks(query),
    fetcher: (signal) => client.checkoutLinks.list(query, { signal }),
    initialData: options.initialData,
    enabled: options.enabled,
    keepPreviousData: true,
  });
  return {
    items: result.data?.items ?? [],
    pagination: pageInfo(query.page ?? 1, result.data),
    data: result.data,
    status: result.status,
    error: result.error,
    isFetching: result.isFetching,
    isPlaceholderData: result.isPlaceholderData,
    refetch: result.refetch,
  };
}
