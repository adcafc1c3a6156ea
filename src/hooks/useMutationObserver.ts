'use client';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { PolarApiError } from '../client';
import { MutationObserver, type MutationCallbacks, type MutationFn, type MutationStatus } from '../state/mutationObserver';

/** What every mutation hook returns, as TanStack Query's `useMutation` does. */
export interface MutationHookResult<TVariables, TResult> {
  /** Starts the mutation and never rejects: read the outcome from `status`, `data`, `error` or the callbacks. */
  mutate: (variables: TVariables, callbacks?: MutationCallbacks<TVariables, TResult>) => void;
  /**
   * Starts the mutation and resolves with its result; rejects with a `PolarApiError` (which `error`
   * holds too). A call while one is pending returns that call's promise.
   */
  mutateAsync: (variables: TVariables, callbacks?: MutationCallbacks<TVariables, TResult>) => Promise<TResult>;
  data: TResult | undefined;
  status: MutationStatus;
  error: PolarApiError | null;
  /** `status === 'pending'`. */
  isPending: boolean;
  /** Back to `idle`; a pending request still finishes, unseen. */
  reset: () => void;
}

/**
 * Binds a `MutationObserver` to a component: the latest function and callbacks are used, and
 * unmounting aborts a pending request with no state update or callback after it.
 */
export function useMutationObserver<TVariables, TResult>(
  mutationFn: MutationFn<TVariables, TResult>,
  callbacks: MutationCallbacks<TVariables, TResult>,
): MutationHookResult<TVariables, TResult> {
  const [observer] = useState(() => new MutationObserver(mutationFn, callbacks));
  useEffect(() => observer.setOptions(mutationFn, callbacks));
  useEffect(() => {
    observer.mount();
    return () => observer.unmount();
  }, [observer]);
  const state = useSyncExternalStore(observer.subscribe, observer.getSnapshot, observer.getServerSnapshot);
  const mutate = useCallback<MutationHookResult<TVariables, TResult>['mutate']>((variables, on) => observer.mutate(variables, on), [observer]);
  const mutateAsync = useCallback<MutationHookResult<TVariables, TResult>['mutateAsync']>(
    (variables, on) => observer.mutateAsync(variables, on),
    [observer],
  );
  const reset = useCallback(() => observer.reset(), [observer]);
  return { mutate, mutateAsync, data: state.data, status: state.status, error: state.error, isPending: state.status === 'pending', reset };
}
