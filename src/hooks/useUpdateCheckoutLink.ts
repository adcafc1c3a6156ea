'use client';
import { useCallback } from 'react';
import type { PolarApiError } from '../client';
import type { CheckoutLink, CheckoutLinkUpdate } from '../contract';
import { checkoutLinkChanges } from '../state/checkoutLinkChanges';
import { updateCheckoutLinkMutation, type UpdateCheckoutLinkVariables } from '../state/checkoutLinkMutations';
import type { MutationStatus } from '../state/mutationObserver';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { useMutationObserver } from './useMutationObserver';

export interface UseUpdateCheckoutLinkOptions {
  onSuccess?: (link: CheckoutLink, variables: UpdateCheckoutLinkVariables) => void;
  onError?: (error: PolarApiError, variables: UpdateCheckoutLinkVariables) => void;
}

export interface UseUpdateCheckoutLinkResult {
  /**
   * PATCHes a link. Given the link itself, only the keys of `changes` that differ from it are sent;
   * given an id, `changes` is sent as is. `null` clears `label`, `discount_id`, `seats`, the URLs and
   * the trial. A call while one is pending returns that call's promise. Rejects with a `PolarApiError`.
   */
  updateCheckoutLink: (link: CheckoutLink | string, changes: CheckoutLinkUpdate) => Promise<CheckoutLink>;
  status: MutationStatus;
  data: CheckoutLink | undefined;
  error: PolarApiError | null;
  reset: () => void;
}

/** Updates checkout links; success refreshes the provider's lists and that link's `useCheckoutLink`. */
export function useUpdateCheckoutLink(options: UseUpdateCheckoutLinkOptions = {}): UseUpdateCheckoutLinkResult {
  const { client, cache } = useCheckoutLinksScope('useUpdateCheckoutLink');
  const mutation = useMutationObserver(updateCheckoutLinkMutation(client, cache), options);
  const { mutate } = mutation;
  const updateCheckoutLink = useCallback(
    (link: CheckoutLink | string, changes: CheckoutLinkUpdate) =>
      typeof link === 'string' ? mutate({ id: link, changes }) : mutate({ id: link.id, changes: checkoutLinkChanges(link, changes) }),
    [mutate],
  );
  return { updateCheckoutLink, status: mutation.status, data: mutation.data, error: mutation.error, reset: mutation.reset };
}
