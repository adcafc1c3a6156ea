// @vitest-environment node
// The browser's createFetchClient pointed at the proxy, as a host wires them: every call of the
// client passes the proxy unchanged, and the proxy's refusals reach the client in Polar's shape.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createFetchClient, toPolarApiError, type PolarClient, type PolarOperation } from '../../src/client';
import { operations } from '../../src/client/operations';
import { createPolarProxy, toNodeHandler } from '../../src/server';
import { startRecordingUpstream, type RecordingUpstream } from './recordingUpstream';

const TOKEN = 'polar_oat_client_suite_secret';
const ID = '3f0e4c52-9a7b-4c1d-8e2f-5a6b7c8d9e0f';
const PRODUCT_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

let upstream: RecordingUpstream;
let server: Server;
let client: PolarClient;

beforeAll(async () => {
  upstream = await startRecordingUpstream();
  server = createServer(toNodeHandler(createPolarProxy({ accessToken: TOKEN, baseUrl: upstream.baseUrl, authorize: () => true, polarVersion: '2026-10' })));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  // In a browser the base URL is the relative `/api/polar`; here the page's origin is the server's.
  client = createFetchClient({ baseUrl: `http://127.0.0.1:${port}/api/polar`, timeout: 5 });
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
  await upstream.close();
});
beforeEach(() => {
  upstream.reached.length = 0;
  upstream.answer(undefined);
});

describe('createFetchClient through createPolarProxy', () => {
  it('gets every one of its nine calls through to Polar’s paths, with the token', async () => {
    upstream.answer((request) => (request.method === 'DELETE' ? { status: 204, headers: {}, body: '' } : {}));
    await client.checkoutLinks.create({ payment_processor: 'stripe', products: [PRODUCT_ID] });
    await client.checkoutLinks.list({ product_id: [PRODUCT_ID, ID], page: 2, limit: 20, sorting: ['-created_at'] });
    await client.checkoutLinks.get(ID);
    await client.checkoutLinks.update(ID, { label: 'Spring' });
    await client.checkoutLinks.delete(ID);
    await client.products.list({ is_archived: false, visibility: ['public'], query: 'mug & cup' });
    await client.products.get(PRODUCT_ID);
    await client.discounts.list({ query: 'SPRING' });
    await client.discounts.get(ID);

    expect(upstream.reached.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'POST /v1/checkout-links/',
      `GET /v1/checkout-links/?product_id=${PRODUCT_ID}&product_id=${ID}&page=2&limit=20&sorting=-created_at`,
      `GET /v1/checkout-links/${ID}`,
      `PATCH /v1/checkout-links/${ID}`,
      `DELETE /v1/checkout-links/${ID}`,
      'GET /v1/products/?is_archived=false&visibility=public&query=mug+%26+cup',
      `GET /v1/products/${PRODUCT_ID}`,
      'GET /v1/discounts/?query=SPRING',
      `GET /v1/discounts/${ID}`,
    ]);
    expect(new Set(upstream.reached.map(({ headers }) => headers.authorization))).toEqual(new Set([`Bearer ${TOKEN}`]));
    expect(upstream.reached.every(({ headers }) => headers['polar-version'] === '2026-10')).toBe(true);
  });

  it('agrees with the proxy on the operations table: a proxy serving one operation forwards that call only, to its method and path', async () => {
    upstream.answer((request) => (request.method === 'DELETE' ? { status: 204, headers: {}, body: '' } : {}));
    const calls: Record<PolarOperation, (client: PolarClient) => Promise<unknown>> = {
      'checkoutLinks.create': (c) => c.checkoutLinks.create({ payment_processor: 'stripe', products: [PRODUCT_ID] }),
      'checkoutLinks.list': (c) => c.checkoutLinks.list(),
      'checkoutLinks.get': (c) => c.checkoutLinks.get(ID),
      'checkoutLinks.update': (c) => c.checkoutLinks.update(ID, { label: 'Spring' }),
      'checkoutLinks.delete': (c) => c.checkoutLinks.delete(ID),
      'products.list': (c) => c.products.list(),
      'products.get': (c) => c.products.get(PRODUCT_ID),
      'discounts.list': (c) => c.discounts.list(),
      'discounts.get': (c) => c.discounts.get(ID),
    };
    for (const [operation, spec] of Object.entries(operations) as [PolarOperation, string][]) {
      const single = createServer(toNodeHandler(createPolarProxy({ accessToken: TOKEN, baseUrl: upstream.baseUrl, authorize: () => true, operations: [operation] })));
      await new Promise<void>((listening) => single.listen(0, '127.0.0.1', listening));
      const singleClient = createFetchClient({ baseUrl: `http://127.0.0.1:${(single.address() as AddressInfo).port}/api/polar` });
      upstream.reached.length = 0;
      const outcomes = await Promise.all(
        Object.entries(calls).map(([name, call]) => call(singleClient).then(() => name, (error: unknown) => (error as { status: number }).status)),
      );
      single.closeAllConnections();
      await new Promise((closed) => single.close(closed));
      // Only the table's operation got through; the others met the proxy's 404 or 405.
      expect(outcomes.filter((outcome) => typeof outcome === 'string')).toEqual([operation]);
      expect(outcomes.filter((outcome) => typeof outcome === 'number').every((status) => status === 404 || status === 405)).toBe(true);
      const [method, path] = spec.split(' ');
      expect(upstream.reached.map((request) => `${request.method} ${request.url}`)).toEqual([
        `${method} ${path!.replace('{id}', operation.startsWith('products') ? PRODUCT_ID : ID)}`,
      ]);
    }
  });

  it('receives the proxy’s refusals with their status and Polar’s { error, detail } body', async () => {
    await expect(client.checkoutLinks.get('../customers')).rejects.toMatchObject({
      name: 'PolarResponseError',
      status: 400,
      body: { error: 'BadRequest', detail: expect.any(String) },
    });
    await expect(client.products.list({ metadata: 'x' } as never)).rejects.toMatchObject({
      status: 400,
      body: { error: 'BadRequest', detail: 'products.list takes no query parameter "metadata".' },
    });
    expect(upstream.reached).toEqual([]);
  });

  it('turns a refusal into a PolarApiError whose message the UI can show', async () => {
    const error = toPolarApiError(await client.discounts.get('not-an-id').catch((reason: unknown) => reason));
    expect(error).toMatchObject({ kind: 'validation', status: 400, formErrors: ['The id must be a UUID v4.'] });
    const unauthorized = createServer(toNodeHandler(createPolarProxy({ accessToken: TOKEN, baseUrl: upstream.baseUrl, authorize: () => false })));
    await new Promise<void>((listening) => unauthorized.listen(0, '127.0.0.1', listening));
    const { port } = unauthorized.address() as AddressInfo;
    const signedOut = createFetchClient({ baseUrl: `http://127.0.0.1:${port}/api/polar` });
    const refused = toPolarApiError(await signedOut.products.list().catch((reason: unknown) => reason));
    unauthorized.closeAllConnections();
    unauthorized.close();
    expect(refused).toMatchObject({ kind: 'unauthorized', status: 401, formErrors: ['Sign in to continue.'] });
    expect(upstream.reached).toEqual([]);
  });
});
