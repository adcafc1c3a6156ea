'use client';
import type { CheckoutLinksContextValue } from './CheckoutLinksContext';
import { contextValueOf } from './contextValueOf';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';

/** The provider's client, locale and messages, for components built on the hooks. */
export function useCheckoutLinksContext(): CheckoutLinksContextValue {
  return contextValueOf(useCheckoutLinksScope('useCheckoutLinksContext'));
}
