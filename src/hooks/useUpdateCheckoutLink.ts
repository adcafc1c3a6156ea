'use client';
import type { CheckoutLink } from '../contract';
import { updateCheckoutLinkMutation, type UpdateCheckoutLinkVariables } from '../state/checkoutLinkMutations';
import type { MutationCallbacks } from '../state/mutationObserver';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { useMutationObserver, type MutationHookResult } from './useMutationObserver';

/** `onSuccess(link, variables)`, `onError(error, variables)`, `onSettled`; none is called after the component unmounted. */
export type UseUpdateCheckoutLinkOptions = MutationCallbacks<UpdateCheckoutLinkVariables, CheckoutLink>;

export interface UseUpdateCheckoutLinkResult extends MutationHookResult<UpdateCheckoutLinkVariables, CheckoutLink> {
  /**
   * `mutateAsync` under its own name: PATCHes `{ link, changes }`. Given the link itself, only the
   * keys of `changes` that differ from it are sent; given an id, `changes` is sent as is. `null`
   * clears `label`, `discount_id`, `seats`, the URLs and the trial.
   */
  updateCheckoutLink: MutationHookResult<UpdateCheckoutLinkVariables, CheckoutLink>['mutateAsync'];
}

/** Updates checkout links; success refreshes the provider's lists and that link's `useCheckoutLink`. */
export function useUpdateCheckoutLink(options: UseUpdateCheckoutLinkOptions = {}): UseUpdateCheckoutLinkResult {
  const { client, cache, onChange } = useCheckoutLinksScope('useUpdateCheckoutLink');
  const mutation = useMutationObserver(updateCheckoutLinkMutation(client, cache, onChange), options);
  return { ...mutation, updateCheckoutLink: mutation.mutateAsync };
}
