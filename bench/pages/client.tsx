// Client bench in the browser: the same creates as in Node, from the page to the bench's server.
import type { CheckoutLinkCreate } from '../../src/contract';
import { makeCheckoutLink, makeProduct } from '../../src/testing/fixtures';
import { clientCalls, timeCreates, type ClientName } from '../clientCalls';

const product = makeProduct();
const link = makeCheckoutLink({ products: [product] });
const body: CheckoutLinkCreate = { payment_processor: 'stripe', products: [product.id] };
const calls = clientCalls(location.origin);

const bench = {
  /** Gives the server the link it answers every create with. */
  async setUp(): Promise<void> {
    await fetch('/bench/link', { method: 'PUT', body: JSON.stringify(link) });
  },

  /** Milliseconds for `count` sequential creates with `name`. */
  time(name: ClientName, count: number): Promise<number> {
    return timeCreates(calls[name], body, link.id, count);
  },
};

Object.assign(window, { bench });
