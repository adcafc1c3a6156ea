'use client';
import { mergeMessages, type CheckoutLinksMessages } from '../messages';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';

/** Every user-visible string: the provider's overrides merged over English. */
export function useMessages(): CheckoutLinksMessages {
  return mergeMessages(useCheckoutLinksScope('useMessages').messageOverrides);
}
