'use client';
import type { CheckoutLinkFormState } from '../state/checkoutLinkFormStore';
import { isDeepEqual } from '../state/isDeepEqual';
import type { UseCheckoutLinkFormResult } from './useCheckoutLinkForm';
import { useStoreSelector } from './useStoreSelector';

/**
 * Any slice of a form's state, e.g. `useCheckoutLinkFormState(form, (s) => s.values.products.includes(id))`
 * for a picker option, or the values for a live preview. Re-renders when the slice changes (compared
 * structurally unless `isEqual` says otherwise).
 */
export function useCheckoutLinkFormState<Selected>(
  form: Pick<UseCheckoutLinkFormResult, 'store'>,
  selector: (state: CheckoutLinkFormState) => Selected,
  isEqual: (a: Selected, b: Selected) => boolean = isDeepEqual,
): Selected {
  const { store } = form;
  return useStoreSelector(store.subscribe, store.getState, selector, isEqual);
}
