// Client bench in the browser: the same rounds of creates as in Node, from the page to the bench's server.
import type { CheckoutLinkCreate } from '../../src/contract';
import { makeCheckoutLink, makeProduct } from '../../src/testing/fixtures';
import { clientCalls, timeRound, type ClientRound } from '../clientCalls';

const product = makeProduct();
const link = makeCheckoutLink({ products: [product] });
const body: CheckoutLinkCreate = { payment_processor: 'stripe', products: [product.id] };
const calls = clientCalls(location.origin);

const bench = {
  /** Gives the server the link it answers every create with. */
  async setUp(): Promise<void> {
    await fetch('/bench/link', { method: 'PUT', body: JSON.stringify(link) });
  },

  /** One round of `creates` creates per client, the clients taking turns (see timeRound). */
  round(creates: number): Promise<ClientRound> {
    return timeRound(calls, body, link.id, creates);
  },

  /** A full garbage collection of the page (the bench starts Chromium with --expose-gc). */
  collectGarbage(): void {
    const { gc } = globalThis as { gc?: () => void };
    if (!gc) throw new Error('gc is not exposed: start Chromium with --js-flags=--expose-gc');
    gc();
  },
};

Object.assign(window, { bench });
