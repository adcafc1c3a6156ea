'use client';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { hashQueryKey } from '../state/queryKey';
import { QueryObserver, type QueryObserverOptions, type QueryResult } from '../state/queryObserver';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';

/** A query's result and a way to fetch it again. */
export interface QueryHookResult<T> extends QueryResult<T> {
  /** Fetches again, keeping the current data on screen meanwhile. */
  refetch: () => Promise<void>;
}

/**
 * Binds a `QueryObserver` of the provider's cache to a component. Requests start in effects only
 * (when the store is subscribed), so server rendering sends none.
 */
export function useQueryObserver<T>(consumerName: string, options: QueryObserverOptions<T>): QueryHookResult<T> {
  const { cache } = useCheckoutLinksScope(consumerName);
  const observer = useMemo(() => new QueryObserver(cache, options), [cache]);
  observer.setOptions(options);
  const result = useSyncExternalStore(observer.subscribe, observer.getSnapshot, observer.getServerSnapshot);
  const hash = hashQueryKey(options.key);
  useEffect(() => observer.sync(), [observer, hash, options.enabled]);
  const refetch = useCallback(() => observer.refetch().then(() => undefined, () => undefined), [observer]);
  return useMemo(() => ({ ...result, refetch }), [result, refetch]);
}
