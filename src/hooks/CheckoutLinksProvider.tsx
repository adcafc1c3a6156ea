'use client';
import { useMemo, useState, type ReactNode } from 'react';
import { withResponseValidation, type PolarClient } from '../client';
import type { PartialMessages } from '../messages';
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
  /**
   * Checks every answer against the wire contract before a hook sees it (default `true`): a
   * response that cannot be rendered (a link without `url`, a price without a currency) becomes a
   * `PolarApiError` of kind `invalid_response` with the path, while unknown keys and new enum
   * values pass. Turn it off only for a client that validates on its own.
   */
  validateResponses?: boolean;
  children?: ReactNode;
}

const DEFAULT_LOCALE = 'en-US';

/**
 * Scopes the hooks to one API client: its request cache and mutation bookkeeping live in this
 * provider, so two providers never share data, even with the same client.
 */
export function CheckoutLinksProvider({
  client,
  locale = DEFAULT_LOCALE,
  messages,
  validateResponses = true,
  children,
}: CheckoutLinksProviderProps) {
  // One cache per client for this provider's lifetime; another client starts from an empty cache.
  const [caches] = useState(() => new WeakMap<PolarClient, QueryCache>());
  let cache = caches.get(client);
  if (!cache) {
    cache = new QueryCache();
    caches.set(client, cache);
  }
  const scopedClient = useMemo(() => (validateResponses ? withResponseValidation(client) : client), [client, validateResponses]);
  const value = useMemo<CheckoutLinksScope>(
    () => ({ client: scopedClient, locale, messageOverrides: messages, cache }),
    [scopedClient, locale, messages, cache],
  );
  return <CheckoutLinksContext.Provider value={value}>{children}</CheckoutLinksContext.Provider>;
}
CheckoutLinksProvider.displayName = 'CheckoutLinksProvider';
