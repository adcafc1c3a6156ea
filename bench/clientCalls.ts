import { createPolar } from '@polar-sh/sdk/2026-10';
import { createFetchClient } from '../src/client';
import type { CheckoutLinkCreate } from '../src/contract';

export type ClientName = 'createFetchClient' | 'fetch' | 'fetch + timeout signal' | '@polar-sh/sdk';

export const clientNames: ClientName[] = ['createFetchClient', 'fetch', 'fetch + timeout signal', '@polar-sh/sdk'];

type Create = (body: CheckoutLinkCreate) => Promise<{ id: string }>;

/**
 * One create per client, against Polar's API at `origin`. Plain fetch is what a host would write
 * without a client (post JSON, check the status, read the link); with a timeout signal, it is what
 * `createFetchClient` and the SDK build on, as both give every call a timeout.
 */
export function clientCalls(origin: string): Record<ClientName, Create> {
  const url = `${origin}/v1/checkout-links/`;
  const fetchClient = createFetchClient({ baseUrl: origin });
  const sdk = createPolar({ accessToken: 'polar_oat_bench_only', baseUrl: origin });
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
  };
}

/** Milliseconds for `count` sequential creates of `body` with `create`, each checked to be `linkId`. */
export async function timeCreates(create: Create, body: CheckoutLinkCreate, linkId: string, count: number): Promise<number> {
  const start = performance.now();
  for (let call = 0; call < count; call++) {
    const created = await create(body);
    if (created.id !== linkId) throw new Error('a create returned another link');
  }
  return performance.now() - start;
}
