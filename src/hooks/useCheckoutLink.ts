'use client';
import type { CheckoutLink } from '../contract';
import { checkoutLinkQueries } from '../state/queryOptions';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { useQueryObserver, type QueryHookResult } from './useQueryObserver';

export interface UseCheckoutLinkOptions {
  /** The link rendered on the server, shown until the first answer arrives. */
  initialData?: CheckoutLink;
}

/** `data` is the link. */
export type UseCheckoutLinkResult = QueryHookResult<CheckoutLink>;

/** One checkout link by id; nothing is requested while `id` is empty. Updated by `useUpdateCheckoutLink`. */
export function useCheckoutLink(id: string | null | undefined, options: UseCheckoutLinkOptions = {}): UseCheckoutLinkResult {
  const { client } = useCheckoutLinksScope('useCheckoutLink');
  return useQueryObserver('useCheckoutLink', {
    ...checkoutLinkQueries(client).detail(id ?? ''),
    initialData: options.initialData,
    enabled: Boolean(id),
  });
}
