'use client';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { MutationObserver, type MutationCallbacks, type MutationFn, type MutationState } from '../state/mutationObserver';

export interface MutationHookResult<TVariables, TResult> extends MutationState<TResult> {
  mutate: (variables: TVariables) => Promise<TResult>;
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
  const mutate = useCallback((variables: TVariables) => observer.mutate(variables), [observer]);
  const reset = useCallback(() => observer.reset(), [observer]);
  return { ...state, mutate, reset };
}
