'use client';
import { useContext } from 'react';
import { CheckoutLinksContext, type CheckoutLinksContextValue } from './CheckoutLinksContext';
import { contextValueOf } from './contextValueOf';

/**
 * The provider's client, locale and messages, or `null` outside a `CheckoutLinksProvider`: for
 * components that also work without one, such as a product card that only shows the data it is given.
 */
export function useOptionalCheckoutLinksContext(): CheckoutLinksContextValue | null {
  const scope = useContext(CheckoutLinksContext);
  return scope && contextValueOf(scope);
}
