'use client';
import { deleteCheckoutLinkMutation } from '../state/checkoutLinkMutations';
import type { MutationCallbacks } from '../state/mutationObserver';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { useMutationObserver, type MutationHookResult } from './useMutationObserver';

/** `onSuccess(id, id)`, `onError(error, id)`, `onSettled`; none is called after the component unmounted. */
export type UseDeleteCheckoutLinkOptions = MutationCallbacks<string, string>;

export interface UseDeleteCheckoutLinkResult extends MutationHookResult<string, string> {
  /** `mutateAsync` under its own name: deletes a link by id and resolves with that id (`data` holds it too). */
  deleteCheckoutLink: MutationHookResult<string, string>['mutateAsync'];
}

/** Deletes checkout links; success refreshes the provider's lists. */
export function useDeleteCheckoutLink(options: UseDeleteCheckoutLinkOptions = {}): UseDeleteCheckoutLinkResult {
  const { client, cache, onChange } = useCheckoutLinksScope('useDeleteCheckoutLink');
  const mutation = useMutationObserver(deleteCheckoutLinkMutation(client, cache, onChange), options);
  return { ...mutation, deleteCheckoutLink: mutation.mutateAsync };
}
