// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRecordingUpstream, type RecordingUpstream } from '../../test/proxy/recordingUpstream';
import { createPolarProxy } from './createPolarProxy';
import { toNodeHandler } from './toNodeHandler';

const TOKEN = 'polar_oat_node_secret';
const PRODUCT_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

let upstream: RecordingUpstream;
const servers: Server[] = [];

beforeAll(async () => {
  upstream = await startRecordingUpstream();
});
afterAll(() => upstream.close());
afterEach(async () => {
  upstream.reached.length = 0;
  upstream.answer(undefined);
  await Promise.all(servers.splice(0).map((server) => new Promise((closed) => server.close(closed))));
});

/** Serves `listener` on 127.0.0.1 and returns its origin. */
async function serve(listener: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const proxyOnNode = (maxBodyBytes?: number) =>
  serve(toNodeHandler(createPolarProxy({ accessToken: TOKEN, baseUrl: upstream.baseUrl, authorize: () => true, maxBodyBytes }), { maxBodyBytes }));

describe('toNodeHandler', () => {
  it('serves the proxy on node:http: the request body goes up, Polar’s status, body and Retry-After come back', async () => {
    const origin = await proxyOnNode();
    upstream.answer(() => ({ status: 201, headers: { 'content-type': 'application/json', 'retry-after': '3' }, body: '{"id":"x"}' }));
    const response = await fetch(`${origin}/api/polar/v1/checkout-links/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'session=1', authorization: 'Bearer browser' },
      body: JSON.stringify({ payment_processor: 'stripe', products: [PRODUCT_ID] }),
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('retry-after')).toBe('3');
    expect(await response.text()).toBe('{"id":"x"}');
    expect(upstream.reached).toHaveLength(1);
    expect(upstream.reached[0]).toMatchObject({ method: 'POST', url: '/v1/checkout-links/', body: `{"payment_processor":"stripe","products":["${PRODUCT_ID}"]}` });
    expect(upstream.reached[0]!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}` });
    expect(upstream.reached[0]!.headers).not.toHaveProperty('cookie');
  });

  it('uses Express’s originalUrl, so a proxy mounted under a sub-path still sees the whole path', async () => {
    const handler = toNodeHandler(createPolarProxy({ accessToken: TOKEN, baseUrl: upstream.baseUrl, authorize: () => true }));
    // What `app.use('/api/polar', handler)` does to the request before calling it.
    const origin = await serve((req, res) => {
      Object.assign(req, { originalUrl: req.url, url: req.url!.slice('/api/polar'.length) });
      handler(req, res);
    });
    expect((await fetch(`${origin}/api/polar/v1/products/?limit=5`)).status).toBe(200);
    expect(upstream.reached.map(({ url }) => url)).toEqual(['/v1/products/?limit=5']);
  });

  it('refuses a body over its cap with 413, by Content-Length and by the bytes streamed', async () => {
    const origin = await proxyOnNode(1024);
    const declared = await fetch(`${origin}/api/polar/v1/checkout-links/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ label: 'x'.repeat(2000) }),
    });
    expect(declared.status).toBe(413);
    const streamed = await fetch(`${origin}/api/polar/v1/checkout-links/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: new Blob([JSON.stringify({ label: 'x'.repeat(2000) })]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toEqual({ error: 'PayloadTooLarge', detail: 'The body can be at most 1024 bytes.' });
    expect(upstream.reached).toEqual([]);
  });

  it.each(['shop.example', 'https://shop.example/', 'https://shop.example/base', 'ftp://shop.example', 'https://user@shop.example'])(
    'throws at creation for the origin %s',
    (origin) => {
      expect(() => toNodeHandler(() => new Response(), { origin })).toThrow(/toNodeHandler: origin must be an http\(s\) origin/);
    },
  );

  it.each([0, -1, 1.5, NaN, Infinity])('throws at creation for maxBodyBytes %s', (maxBodyBytes) => {
    expect(() => toNodeHandler(() => new Response(), { maxBodyBytes })).toThrow(/toNodeHandler: maxBodyBytes must be a whole number of bytes above 0/);
  });

  it('answers 500 without details when the handler throws', async () => {
    const origin = await serve(toNodeHandler(() => Promise.reject(new Error(`boom ${TOKEN}`))));
    const response = await fetch(`${origin}/anything`);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('boom');
  });

  it('answers 500 with the fix when a body parser already read the body', async () => {
    const handler = toNodeHandler(createPolarProxy({ accessToken: TOKEN, baseUrl: upstream.baseUrl, authorize: () => true }));
    const origin = await serve((req, res) => {
      req.resume();
      req.on('end', () => handler(req, res));
    });
    const response = await fetch(`${origin}/api/polar/v1/checkout-links/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(500);
    expect((await response.json()).detail).toMatch(/before any body parser/);
    expect(upstream.reached).toEqual([]);
  });

  it('writes every header of the handler’s Response, each Set-Cookie apart, and streams its body', async () => {
    const big = 'y'.repeat(3_000_000);
    const origin = await serve(
      toNodeHandler(() => {
        const headers = new Headers({ 'content-type': 'text/plain', 'x-kind': 'demo' });
        headers.append('set-cookie', 'a=1');
        headers.append('set-cookie', 'b=2');
        return new Response(big, { status: 203, headers });
      }),
    );
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(203);
    expect(response.headers.get('x-kind')).toBe('demo');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect((await response.text()).length).toBe(big.length);
  });
});
