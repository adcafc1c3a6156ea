'use client';
import type { CheckoutLink, CheckoutLinkCreate } from '../contract';
import { createCheckoutLinkMutation } from '../state/checkoutLinkMutations';
import type { MutationCallbacks } from '../state/mutationObserver';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { useMutationObserver, type MutationHookResult } from './useMutationObserver';

/** `onSuccess(link, body)`, `onError(error, body)`, `onSettled`; none is called after the component unmounted. */
export type UseCreateCheckoutLinkOptions = MutationCallbacks<CheckoutLinkCreate, CheckoutLink>;

export interface UseCreateCheckoutLinkResult extends MutationHookResult<CheckoutLinkCreate, CheckoutLink> {
  /**
   * `mutateAsync` under its own name: checks `body` with the contract (an invalid body rejects with
   * a `validation` error and sends nothing), then creates the link.
   */
  createCheckoutLink: MutationHookResult<CheckoutLinkCreate, CheckoutLink>['mutateAsync'];
}

/**
 * Creates checkout links. Success refreshes every `useCheckoutLinks` list of the provider;
 * unmounting aborts a pending request.
 */
export function useCreateCheckoutLink(options: UseCreateCheckoutLinkOptions = {}): UseCreateCheckoutLinkResult {
  const { client, cache, onChange } = useCheckoutLinksScope('useCreateCheckoutLink');
  const mutation = useMutationObserver(createCheckoutLinkMutation(client, cache, onChange), options);
  return { ...mutation, createCheckoutLink: mutation.mutateAsync };
}
