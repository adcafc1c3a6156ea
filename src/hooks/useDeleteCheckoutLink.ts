'use client';
import type { PolarApiError } from '../client';
import { deleteCheckoutLinkMutation } from '../state/checkoutLinkMutations';
import type { MutationStatus } from '../state/mutationObserver';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { useMutationObserver } from './useMutationObserver';

export interface UseDeleteCheckoutLinkOptions {
  onSuccess?: (id: string) => void;
  onError?: (error: PolarApiError, id: string) => void;
}

export interface UseDeleteCheckoutLinkResult {
  /** Deletes a link by id. A call while one is pending returns that call's promise. Rejects with a `PolarApiError`. */
  deleteCheckoutLink: (id: string) => Promise<void>;
  status: MutationStatus;
  error: PolarApiError | null;
  reset: () => void;
}

/** Deletes checkout links; success refreshes the provider's lists. */
export function useDeleteCheckoutLink(options: UseDeleteCheckoutLinkOptions = {}): UseDeleteCheckoutLinkResult {
  const { client, cache } = useCheckoutLinksScope('useDeleteCheckoutLink');
  const { onSuccess, onError } = options;
  const mutation = useMutationObserver(deleteCheckoutLinkMutation(client, cache), {
    onSuccess: onSuccess && ((_: void, id: string) => onSuccess(id)),
    onError,
  });
  return { deleteCheckoutLink: mutation.mutate, status: mutation.status, error: mutation.error, reset: mutation.reset };
}
