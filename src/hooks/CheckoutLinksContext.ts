'use client';
import { createContext } from 'react';
import type { PolarClient } from '../client';
import type { CheckoutLinksMessages, PartialMessages } from '../messages';
import type { CheckoutLinkChangeListener } from '../state/checkoutLinkMutations';
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

/**
 * The provider's value: its client and locale, the host's message overrides as given (merged over
 * English only by the hooks that show words, so that hooks which show none leave the words out of
 * the host's bundle) and the request cache its hooks share (never across providers).
 */
export interface CheckoutLinksScope {
  client: PolarClient;
  locale: string;
  messageOverrides: PartialMessages | undefined;
  cache: QueryCache;
  /** Tells the host's `onChange` (its latest one) about a created, updated or deleted link. */
  onChange: CheckoutLinkChangeListener;
}

export const CheckoutLinksContext = createContext<CheckoutLinksScope | null>(null);
CheckoutLinksContext.displayName = 'CheckoutLinksContext';
