'use client';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { withResponseValidation, type PolarClient } from '../client';
import type { PartialMessages } from '../messages';
import type { CheckoutLinkChangeEvent } from '../state/checkoutLinkMutations';
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
  /**
   * Called with each link created, updated or deleted through this provider (`{ kind: 'created' |
   * 'updated', link }` or `{ kind: 'deleted', id }`), so a host cache can follow, e.g.
   * `onChange={() => queryClient.invalidateQueries({ queryKey: checkoutLinkKeys.all })}`.
   */
  onChange?: (event: CheckoutLinkChangeEvent) => void;
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
  onChange,
  children,
}: CheckoutLinksProviderProps) {
  // The latest onChange, read when a change happens, so a new function does not re-render every consumer.
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  const [notifyChange] = useState(() => (event: CheckoutLinkChangeEvent) => latestOnChange.current?.(event));
  // One cache per client for this provider's lifetime; another client starts from an empty cache.
  const [caches] = useState(() => new WeakMap<PolarClient, QueryCache>());
  let cache = caches.get(client);
  if (!cache) {
    cache = new QueryCache();
    caches.set(client, cache);
  }
  const scopedClient = useMemo(() => (validateResponses ? withResponseValidation(client) : client), [client, validateResponses]);
  const value = useMemo<CheckoutLinksScope>(
    () => ({ client: scopedClient, locale, messageOverrides: messages, cache, onChange: notifyChange }),
    [scopedClient, locale, messages, cache, notifyChange],
  );
  return <CheckoutLinksContext.Provider value={value}>{children}</CheckoutLinksContext.Provider>;
}
CheckoutLinksProvider.displayName = 'CheckoutLinksProvider';
