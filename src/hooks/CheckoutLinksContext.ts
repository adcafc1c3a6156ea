'use client';
import { createContext } from 'react';
import type { PolarClient } from '../client';
import type { CheckoutLinksMessages } from '../messages';
import type { QueryCache } from '../state/queryCache';

/** What `CheckoutLinksProvider` gives the hooks and components below it. */
export interface CheckoutLinksContextValue {
  /** The API client the host injected. */
  client: PolarClient;
  /** The BCP 47 locale money, dates and numbers are formatted in. */
  locale: string;
  /** Every user-visible string, the host's overrides merged over English. */
  messages: CheckoutLinksMessages;
}

/** The provider's value with the request cache its hooks share (never across providers). */
export interface CheckoutLinksScope extends CheckoutLinksContextValue {
  cache: QueryCache;
}

export const CheckoutLinksContext = createContext<CheckoutLinksScope | null>(null);
CheckoutLinksContext.displayName = 'CheckoutLinksContext';
