import type { Loader } from '@storybook/react-vite';
import type { PolarClient } from '../src/client';
import type { PartialMessages } from '../src/messages';
import { createMemoryClient, type MemoryClientOptions } from '../src/testing';
import { catalogueInCurrency } from './catalogueInCurrency';
import { readToolbar, type StoryCurrency } from './toolbar';

/**
 * `parameters.polar` of a story or of a component's `meta` (Storybook merges the two): which client
 * the story's `CheckoutLinksProvider` gets. Without it, a fresh `createMemoryClient` over the seeded
 * catalogue in the toolbar's currency.
 */
export interface PolarStoryParameters {
  /**
   * A client of the story's own, replacing the memory client: a `PolarClient`, or a function of the
   * toolbar's currency returning one (called once per mount, and again when the currency changes).
   */
  client?: PolarClient | ((currency: StoryCurrency) => PolarClient);
  /**
   * Options of the story's `createMemoryClient`, over the seeded catalogue: `fail` to inject failures,
   * `latencyMs` for pending states, `products` / `discounts` / `links` to replace the seed.
   */
  memory?: MemoryClientOptions;
  /** Wording given to `CheckoutLinksProvider`, merged over the defaults (e.g. a story about custom text). */
  messages?: PartialMessages;
  /** `false` renders the story without `CheckoutLinksProvider` (e.g. to show the missing-provider error). */
  provider?: boolean;
}

/** What the loader adds to a story's `loaded`: the client its provider uses, for `play` functions to inspect. */
export interface PolarLoaded {
  polarClient: PolarClient;
}

function createStoryClient(parameters: PolarStoryParameters, currency: StoryCurrency): PolarClient {
  if (typeof parameters.client === 'function') return parameters.client(currency);
  if (parameters.client) return parameters.client;
  return createMemoryClient({ ...catalogueInCurrency(currency), ...parameters.memory });
}

// Loaders run on every render, including each change of a control. Storybook replaces the render's
// abort signal only when the story remounts, so keying on it keeps the client (and what a designer
// created in it) for one mount.
const clientsByMount = new WeakMap<AbortSignal, { currency: StoryCurrency; client: PolarClient }>();

/** Creates (or keeps, for the current mount) the story's client; see `PolarStoryParameters`. */
export const loadPolarClient: Loader = ({ abortSignal, globals, parameters }): PolarLoaded => {
  const { currency } = readToolbar(globals);
  const kept = clientsByMount.get(abortSignal);
  if (kept?.currency === currency) return { polarClient: kept.client };
  const client = createStoryClient((parameters.polar ?? {}) as PolarStoryParameters, currency);
  clientsByMount.set(abortSignal, { currency, client });
  return { polarClient: client };
};
