import { createPolar } from '@polar-sh/sdk/2026-10';
import { createFetchClient } from '../src/client';
import type { CheckoutLinkCreate } from '../src/contract';

export type ClientName =
  | 'createFetchClient'
  | 'fetch'
  | 'fetch + timeout signal'
  | '@polar-sh/sdk'
  | 'createFetchClient + SDK headers';

export const clientNames: ClientName[] = ['createFetchClient', 'fetch', 'fetch + timeout signal', '@polar-sh/sdk', 'createFetchClient + SDK headers'];

/** Milliseconds per client for one round's creates. */
export type ClientRound = Record<ClientName, number>;

/** Creates per turn: the clients take turns in blocks this size. */
export const BLOCK = 5;

type Create = (body: CheckoutLinkCreate) => Promise<{ id: string }>;

const ACCESS_TOKEN = 'polar_oat_bench_only';

/**
 * One create per client, against Polar's API at `origin`. createFetchClient runs with its
 * defaults, the SDK as its README shows (`createPolar` with a token; `baseUrl` points it here).
 * Plain fetch is what a host would write without a client (post JSON, check the status, read the
 * link); with a timeout signal, it is that plus what a host would add to give a call a timeout.
 * createFetchClient + SDK headers also sends the two headers the SDK adds to every request
 * (Authorization and Polar-Version), to tell what the client costs from what the headers cost.
 */
export function clientCalls(origin: string): Record<ClientName, Create> {
  const url = `${origin}/v1/checkout-links/`;
  const fetchClient = createFetchClient({ baseUrl: origin });
  const fetchClientWithHeaders = createFetchClient({ baseUrl: origin, polarVersion: '2026-10', headers: { Authorization: `Bearer ${ACCESS_TOKEN}` } });
  const sdk = createPolar({ accessToken: ACCESS_TOKEN, baseUrl: origin });
  const post = async (body: CheckoutLinkCreate, signal?: AbortSignal) => {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal });
    if (!response.ok) throw new Error(`create failed: ${response.status}`);
    return (await response.json()) as { id: string };
  };
  return {
    createFetchClient: (body) => fetchClient.checkoutLinks.create(body),
    fetch: (body) => post(body),
    'fetch + timeout signal': (body) => post(body, AbortSignal.timeout(30_000)),
    '@polar-sh/sdk': (body) => sdk.checkoutLinks.create(body),
    'createFetchClient + SDK headers': (body) => fetchClientWithHeaders.checkoutLinks.create(body),
  };
}

/** The client names in a random order (Fisher–Yates). */
function shuffled(): ClientName[] {
  const names = [...clientNames];
  for (let last = names.length - 1; last > 0; last--) {
    const pick = Math.floor(Math.random() * (last + 1));
    [names[last], names[pick]] = [names[pick]!, names[last]!];
  }
  return names;
}

/**
 * One round: `creates` sequential creates of `body` per client, each checked to return `linkId`.
 * The clients take turns every `BLOCK` creates, in a new random order each time, so that drift
 * of the machine (a neighbour's load, the garbage a turn leaves to the next) falls on all alike.
 */
export async function timeRound(calls: Record<ClientName, Create>, body: CheckoutLinkCreate, linkId: string, creates: number): Promise<ClientRound> {
  const ms = Object.fromEntries(clientNames.map((name) => [name, 0])) as ClientRound;
  for (let block = 0; block < creates / BLOCK; block++) {
    for (const name of shuffled()) {
      const create = calls[name];
      const start = performance.now();
      for (let call = 0; call < BLOCK; call++) {
        const created = await create(body);
        if (created.id !== linkId) throw new Error(`${name} returned another link`);
      }
      ms[name] += performance.now() - start;
    }
  }
  return ms;
}
