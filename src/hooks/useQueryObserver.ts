'use client';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { QueryObserver, type QueryObserverOptions, type QueryResult } from '../state/queryObserver';
import type { QueryOptions } from '../state/queryOptions';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';

/** What every read hook returns, as TanStack Query's `useQuery` does. */
export interface QueryHookResult<T> extends QueryResult<T> {
  /** Fetches again, keeping the current data on screen meanwhile. */
  refetch: () => Promise<void>;
}

/**
 * Binds a `QueryObserver` of the provider's cache to a component, TanStack Query's way: the
 * observer is made once per cache, rendering reads the result its options would give, and the
 * options reach the observer in an effect, so a render never writes to the shared cache (requests
 * start in effects only, and server rendering sends none).
 */
export function useQueryObserver<T>(
  consumerName: string,
  { queryKey, queryFn, ...rest }: QueryOptions<T> & Omit<QueryObserverOptions<T>, 'key' | 'fetcher'>,
): QueryHookResult<T> {
  const { cache } = useCheckoutLinksScope(consumerName);
  const options: QueryObserverOptions<T> = { ...rest, key: queryKey, fetcher: (signal) => queryFn({ signal }) };
  const [created, setObserver] = useState(() => new QueryObserver(cache, options));
  // Another client means another cache: start over with an observer of that one.
  const observer = created.cache === cache ? created : new QueryObserver(cache, options);
  if (observer !== created) setObserver(observer);
  const result = useSyncExternalStore(
    observer.subscribe,
    () => observer.getOptimisticResult(options),
    () => observer.getServerResult(options),
  );
  useEffect(() => observer.setOptions(options));
  const refetch = useCallback(() => observer.refetch().then(() => undefined, () => undefined), [observer]);
  return useMemo(() => ({ ...result, refetch }), [result, refetch]);
}
