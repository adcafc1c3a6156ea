'use client';
import type { PolarApiError } from '../client';
import type { CheckoutLink, CheckoutLinkCreate } from '../contract';
import { createCheckoutLinkMutation } from '../state/checkoutLinkMutations';
import type { MutationStatus } from '../state/mutationObserver';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { useMutationObserver } from './useMutationObserver';

export interface UseCreateCheckoutLinkOptions {
  /** Called with the new link (not after the component unmounted). */
  onSuccess?: (link: CheckoutLink, body: CheckoutLinkCreate) => void;
  /** Called with the failure, an invalid body included (not after the component unmounted). */
  onError?: (error: PolarApiError, body: CheckoutLinkCreate) => void;
}

export interface UseCreateCheckoutLinkResult {
  /**
   * Checks `body` with the contract (an invalid body rejects with a `validation` error and sends
   * nothing), then creates the link. A call while one is pending returns that call's promise.
   * Rejects with a `PolarApiError`, which `error` holds too.
   */
  createCheckoutLink: (body: CheckoutLinkCreate) => Promise<CheckoutLink>;
  status: MutationStatus;
  data: CheckoutLink | undefined;
  error: PolarApiError | null;
  /** Back to `idle` (ignored while pending). */
  reset: () => void;
}

/**
 * Creates checkout links. Success refreshes every `useCheckoutLinks` list of the provider;
 * unmounting aborts a pending request.
 */
export function useCreateCheckoutLink(options: UseCreateCheckoutLinkOptions = {}): UseCreateCheckoutLinkResult {
  const { client, cache } = useCheckoutLinksScope('useCreateCheckoutLink');
  const mutation = useMutationObserver(createCheckoutLinkMutation(client, cache), options);
  return { createCheckoutLink: mutation.mutate, status: mutation.status, data: mutation.data, error: mutation.error, reset: mutation.reset };
}
