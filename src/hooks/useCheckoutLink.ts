'use client';
import type { PolarApiError } from '../client';
import type { CheckoutLink } from '../contract';
import type { QueryStatus } from '../state/queryCache';
import { queryKeys } from '../state/queryKeys';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { useQueryObserver } from './useQueryObserver';

export interface UseCheckoutLinkOptions {
  /** The link rendered on the server, shown until the first answer arrives. */
  initialData?: CheckoutLink;
}

export interface UseCheckoutLinkResult {
  link: CheckoutLink | undefined;
  status: QueryStatus;
  error: PolarApiError | null;
  isFetching: boolean;
  refetch: () => Promise<void>;
}

/** One checkout link by id; nothing is requested while `id` is empty. Updated by `useUpdateCheckoutLink`. */
export function useCheckoutLink(id: string | null | undefined, options: UseCheckoutLinkOptions = {}): UseCheckoutLinkResult {
  const { client } = useCheckoutLinksScope('useCheckoutLink');
  const result = useQueryObserver('useCheckoutLink', {
    key: queryKeys.checkoutLink(id ?? ''),
    fetcher: (signal) => client.checkoutLinks.get(id ?? '', { signal }),
    initialData: options.initialData,
    enabled: Boolean(id),
  });
  return { link: result.data, status: result.status, error: result.error, isFetching: result.isFetching, refetch: result.refetch };
}
