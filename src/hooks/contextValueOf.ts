import { mergeMessages } from '../messages';
import type { CheckoutLinksContextValue, CheckoutLinksScope } from './CheckoutLinksContext';

const valueByScope = new WeakMap<CheckoutLinksScope, CheckoutLinksContextValue>();

/** The public view of a provider's scope, its messages merged; one object per scope. */
export function contextValueOf(scope: CheckoutLinksScope): CheckoutLinksContextValue {
  let value = valueByScope.get(scope);
  if (!value) {
    value = { client: scope.client, locale: scope.locale, messages: mergeMessages(scope.messageOverrides) };
    valueByScope.set(scope, value);
  }
  return value;
}
