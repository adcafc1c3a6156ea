// Client bench (Node): sequential creates against a loopback server with createFetchClient, plain
// fetch and @polar-sh/sdk, taking turns within each round.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { createPolar } from '@polar-sh/sdk/2026-10';
import { createFetchClient } from '../src/client';
import type { CheckoutLinkCreate } from '../src/contract';
import { makeCheckoutLink, makeProduct } from '../src/testing/fixtures';

const BATCH = 100;

export type ClientName = 'createFetchClient' | 'fetch' | '@polar-sh/sdk';

export interface ClientRound {
  /** Milliseconds for the round's creates, per client. */
  ms: Record<ClientName, number>;
}

/**
 * Runs `rounds` rounds of `creates` sequential creates per client (after one warm-up round), the
 * clients taking turns every 100 creates, and returns each round's times. `serverPath` is loopbackServer.mjs.
 */
export async function benchClients({ serverPath, rounds, creates }: { serverPath: string; rounds: number; creates: number }): Promise<ClientRound[]> {
  const product = makeProduct();
  const link = makeCheckoutLink({ products: [product] });
  const server = fork(serverPath, { stdio: 'inherit' });
  server.send(link);
  const [{ port }] = (await once(server, 'message')) as [{ port: number }];
  const origin = `http://127.0.0.1:${port}`;
  const body: CheckoutLinkCreate = { payment_processor: 'stripe', products: [product.id] };

  const fetchClient = createFetchClient({ baseUrl: origin });
  const sdk = createPolar({ accessToken: 'polar_oat_bench_only', baseUrl: origin });
  const url = `${origin}/v1/checkout-links/`;
  // What a host would write without a client: post JSON, check the status, read the link.
  const plainFetch = async (create: CheckoutLinkCreate) => {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(create) });
    if (!response.ok) throw new Error(`create failed: ${response.status}`);
    return (await response.json()) as { id: string };
  };
  const clients: Record<ClientName, (create: CheckoutLinkCreate) => Promise<{ id: string }>> = {
    createFetchClient: (create) => fetchClient.checkoutLinks.create(create),
    fetch: plainFetch,
    '@polar-sh/sdk': (create) => sdk.checkoutLinks.create(create),
  };
  const names = Object.keys(clients) as ClientName[];

  /** Milliseconds for `count` sequential creates with `name`. */
  async function time(name: ClientName, count: number): Promise<number> {
    const create = clients[name];
    const start = performance.now();
    for (let call = 0; call < count; call++) {
      const created = await create(body);
      if (created.id !== link.id) throw new Error(`${name} returned another link`);
    }
    return performance.now() - start;
  }

  try {
    const results: ClientRound[] = [];
    for (let round = -1; round < rounds; round++) {
      const ms = { createFetchClient: 0, fetch: 0, '@polar-sh/sdk': 0 };
      // The clients take turns in batches, each batch starting with the next client, so a
      // neighbour's load on this shared machine falls on all of them alike.
      for (let batch = 0; batch < creates / BATCH; batch++) {
        for (let turn = 0; turn < names.length; turn++) {
          const name = names[(batch + turn) % names.length]!;
          ms[name] += await time(name, BATCH);
        }
      }
      if (round >= 0) results.push({ ms });
    }
    return results;
  } finally {
    server.disconnect();
    await once(server, 'exit');
  }
}
