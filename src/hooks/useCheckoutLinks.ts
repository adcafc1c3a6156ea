'use client';
import { useMemo } from 'react';
import type { CheckoutLink, CheckoutLinkListQuery, ListResource } from '../contract';
import { checkoutLinkQueries } from '../state/queryOptions';
import { pageInfo, type ListHookResult } from './pageInfo';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { useQueryObserver } from './useQueryObserver';

export interface UseCheckoutLinksOptions {
  /** A page rendered on the server, shown until the first answer arrives. */
  initialData?: ListResource<CheckoutLink>;
  /** `false` sends no request. Default `true`. */
  enabled?: boolean;
}

export type UseCheckoutLinksResult = ListHookResult<CheckoutLink>;

/**
 * A page of the organization's checkout links (`query`: `page`, `limit`, `product_id`, `sorting`).
 * Refreshed whenever a link is created, updated or deleted through the same provider.
 */
export function useCheckoutLinks(query: CheckoutLinkListQuery = {}, options: UseCheckoutLinksOptions = {}): UseCheckoutLinksResult {
  const { client } = useCheckoutLinksScope('useCheckoutLinks');
  const result = useQueryObserver('useCheckoutLinks', {
    ...checkoutLinkQueries(client).list(query),
    initialData: options.initialData,
    enabled: options.enabled,
    keepPreviousData: true,
  });
  const page = query.page ?? 1;
  return useMemo(() => ({ ...result, items: result.data?.items ?? [], pagination: pageInfo(page, result.data) }), [result, page]);
}
