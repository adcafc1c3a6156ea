'use client';
import { useContext } from 'react';
import { CheckoutLinksContext, type CheckoutLinksScope } from './CheckoutLinksContext';

/** The provider's scope; outside one, an error that names the consumer and says what to wrap. */
export function useCheckoutLinksScope(consumerName: string): CheckoutLinksScope {
  const scope = useContext(CheckoutLinksContext);
  if (!scope) {
    throw new Error(
      `\`${consumerName}\` must be used within \`<CheckoutLinksProvider>\`. ` +
        'Wrap the part of your app that uses checkout links in `<CheckoutLinksProvider client={polarClient}>` ' +
        '(e.g. `createFetchClient({ baseUrl: "/api/polar" })`).',
    );
  }
  return scope;
}
