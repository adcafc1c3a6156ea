'use client';
import { useMemo, useState, type ReactNode } from 'react';
import type { PolarClient } from '../client';
import { mergeMessages, type PartialMessages } from '../messages';
import { QueryCache } from '../state/queryCache';
import { CheckoutLinksContext, type CheckoutLinksScope } from './CheckoutLinksContext';

export interface CheckoutLinksProviderProps {
  /**
   * The API client every hook below uses: `createFetchClient(...)` pointed at your backend,
   * `createMemoryClient()` in stories and tests, or the official SDK's `createPolar(...)` where the
   * code runs on a server. The library never creates one, so you decide how requests are authenticated.
   */
  client: PolarClient;
  /** The BCP 47 locale for money, numbers and dates. Default `en-US`, so server and client render the same. */
  locale?: string;
  /**
   * Your wording, merged key by key over the English defaults (`defaultMessages`). Keep the object
   * stable (a module constant or `useMemo`): a new object re-renders every consumer.
   */
  messages?: PartialMessages;
  children?: ReactNode;
}

const DEFAULT_LOCALE = 'en-US';

/**
 * Scopes the hooks to one API client: its request cache and mutation bookkeeping live in this
 * provider, so two providers never share data, even with the same client.
 */
export function CheckoutLinksProvider({ client, locale = DEFAULT_LOCALE, messages, children }: CheckoutLinksProviderProps) {
  // One cache per client for this provider's lifetime; another client starts from an empty cache.
  const [caches] = useState(() => new WeakMap<PolarClient, QueryCache>());
  let cache = caches.get(client);
  if (!cache) {
    cache = new QueryCache();
    caches.set(client, cache);
  }
  const mergedMessages = useMemo(() => mergeMessages(messages), [messages]);
  const value = useMemo<CheckoutLinksScope>(
    () => ({ client, locale, messages: mergedMessages, cache }),
    [client, locale, mergedMessages, cache],
  );
  return <CheckoutLinksContext.Provider value={value}>{children}</CheckoutLinksContext.Provider>;
}
CheckoutLinksProvider.displayName = 'CheckoutLinksProvider';
