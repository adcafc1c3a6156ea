'use client';
import { useMemo } from 'react';
import type { QueryCache } from '../state/queryCache';
import { matchesQueryKey, type QueryKey } from '../state/queryKey';
import { checkoutLinkKeys } from '../state/queryKeys';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';

/** The provider's request cache, as far as a host needs it to follow changes made elsewhere. */
export interface CheckoutLinksCache {
  /**
   * Marks every query whose key starts with `queryKey` stale (all of them without one); those on
   * screen fetch again. The same call as TanStack Query's `queryClient.invalidateQueries`.
   */
  invalidateQueries: (filters?: { queryKey?: QueryKey }) => void;
  /** `invalidateQueries({ queryKey: checkoutLinkKeys.all })`: after the host created, updated or deleted a link itself. */
  invalidateCheckoutLinks: () => void;
}

function cacheHandle(cache: QueryCache): CheckoutLinksCache {
  const invalidateQueries: CheckoutLinksCache['invalidateQueries'] = ({ queryKey = [] } = {}) =>
    cache.invalidate((key) => matchesQueryKey(queryKey, key));
  return { invalidateQueries, invalidateCheckoutLinks: () => invalidateQueries({ queryKey: checkoutLinkKeys.all }) };
}

/**
 * The provider's cache, for a host whose own code (its TanStack Query mutations, a webhook) changed
 * links: `useCheckoutLinksCache().invalidateCheckoutLinks()` next to `queryClient.invalidateQueries(...)`.
 */
export function useCheckoutLinksCache(): CheckoutLinksCache {
  const { cache } = useCheckoutLinksScope('useCheckoutLinksCache');
  return useMemo(() => cacheHandle(cache), [cache]);
}
