// @vitest-environment node
// Issue 15's attacks that need a proxy of their own settings: slow bodies, what a faulty authorize
// returns, callbacks that never answer, the Host header in redirects, and clients that hang up.
// Each request's status is checked, and none may reach the upstream unless it says so.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { Response as UndiciResponse } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createPolarProxy,
  toNodeHandler,
  type NodeHandlerOptions,
  type PolarProxyLogEntry,
  type PolarProxyOptions,
} from '../../src/server';
import { sendRaw } from './rawHttp';
import { startRecordingUpstream, type RecordingUpstream } from './recordingUpstream';

const TOKEN = 'polar_oat_fake_strangers_suite';
const ID = '3f0e4c52-9a7b-4c1d-8e2f-5a6b7c8d9e0f';
const MERCHANT = 'session=merchant';
const BODY_TIMEOUT = 0.4;
const CALLBACK_TIMEOUT = 0.3;

let upstream: RecordingUpstream;
const servers: Server[] = [];
const logs: PolarProxyLogEntry[] = [];
let requestCount = 0;

beforeAll(async () => {
  upstream = await startRecordingUpstream();
});
afterAll(async () => {
  console.log(`proxy strangers suite: ${requestCount} hostile requests (slow bodies, faulty authorize answers, hung callbacks, Host, hang-ups)`);
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((closed) => server.close(closed))));
  await upstream.close();
});
beforeEach(() => {
  upstream.reached.length = 0;
  upstream.answer(undefined);
  logs.length = 0;
});

const merchantsOnly: PolarProxyOptions['authorize'] = (request) => request.headers.get('cookie') === MERCHANT;

const proxy = (options: Partial<PolarProxyOptions> = {}) =>
  createPolarProxy({
    accessToken: TOKEN,
    baseUrl: upstream.baseUrl,
    authorize: merchantsOnly,
    bodyTimeout: BODY_TIMEOUT,
    callbackTimeout: CALLBACK_TIMEOUT,
    log: (entry) => logs.push(entry),
    ...options,
  });

/** Serves the proxy through toNodeHandler on 127.0.0.1 and returns the port. */
async function onNode(options: Partial<PolarProxyOptions> = {}, nodeOptions?: NodeHandlerOptions): Promise<number> {
  const server = createServer(toNodeHandler(proxy(options), nodeOptions));
  servers.push(server);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return (server.address() as AddressInfo).port;
}

/** Raw bytes to the proxy; the status of each answer, how long until the server closed, and the text. */
async function tcp(port: number, bytes: string, waitMs = 3000) {
  requestCount += 1;
  const started = performance.now();
  const exchange = await sendRaw(port, bytes, waitMs);
  return { ...exchange, ms: performance.now() - started };
}

const head = (requestLine: string, ...headers: string[]) => [requestLine, 'Host: shop.test', ...headers, '', ''].join('\r\n');

describe('slow bodies', () => {
  let port: number;
  beforeAll(async () => {
    port = await onNode();
  });

  it.each([
    ['a merchant’s body that stops after 5 of 1000 declared bytes', [`Cookie: ${MERCHANT}`, 'Content-Length: 1000'], '{"lab', 408],
    ['a merchant’s chunked body whose last chunk never comes', [`Cookie: ${MERCHANT}`, 'Transfer-Encoding: chunked'], '5\r\n{"lab\r\n', 408],
    ['a stranger’s body that stops after 5 of 1000 declared bytes', ['Content-Length: 1000'], '{"lab', 401],
    ['a stranger’s chunked body whose last chunk never comes', ['Transfer-Encoding: chunked'], '5\r\n{"lab\r\n', 401],
  ])('answers %s within the body deadline and closes the connection', async (_, headers, body, status) => {
    const exchange = await tcp(port, head('POST /api/polar/v1/checkout-links/ HTTP/1.1', 'Content-Type: application/json', ...headers) + body);
    expect(exchange.statuses).toEqual([status]);
    expect(exchange.text).toMatch(/^connection: close\r$/im);
    // Closed by the server well before sendRaw's own 3 s wait.
    expect(exchange.ms).toBeLessThan(BODY_TIMEOUT * 1000 + 1000);
    expect(upstream.reached).toEqual([]);
  });

  it('answers a slow streamed body on the fetch path with 408 within the deadline', async () => {
    requestCount += 1;
    const started = performance.now();
    const body = new ReadableStream<Uint8Array>({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"lab')) });
    const response = await proxy()(
      new Request('https://shop.test/api/polar/v1/checkout-links/', {
        method: 'POST',
        headers: { cookie: MERCHANT, 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(408);
    expect(performance.now() - started).toBeLessThan(BODY_TIMEOUT * 1000 + 1000);
    expect(await response.json()).toEqual({ error: 'RequestTimeout', detail: `The body must arrive within ${BODY_TIMEOUT} s.` });
  });
});

describe('authorize fails closed', () => {
  const faulty: [string, PolarProxyOptions['authorize'], RegExp][] = [
    ['null', () => null as never, /authorize returned null;/],
    ['0', () => 0 as never, /authorize returned 0;/],
    ['an empty string', () => '' as never, /authorize returned "";/],
    ["'deny'", () => 'deny' as never, /authorize returned "deny";/],
    ['{ status: 403 }', () => ({ status: 403 }) as never, /authorize returned an object that is not a Response;/],
    ['undefined from an async authorize that forgets to return', (async () => {}) as never, /authorize returned undefined/],
    ['a promise of a string', async () => 'yes' as never, /authorize returned "yes";/],
  ];

  it.each(faulty)('answers 500 when authorize returns %s, forwards nothing, and logs what it returned', async (_, authorize, named) => {
    requestCount += 1;
    const response = await proxy({ authorize })(new Request(`https://shop.test/api/polar/v1/checkout-links/${ID}`, { method: 'DELETE' }));
    expect(response.status).toBe(500);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ error: 'InternalServerError', detail: 'The proxy could not handle the request.' });
    expect(upstream.reached).toEqual([]);
    expect(logs).toHaveLength(1);
    expect(String(logs[0]!.error)).toMatch(named);
  });

  it('refuses over TCP too when authorize returns something other than true', async () => {
    const port = await onNode({ authorize: () => 'deny' as never });
    const exchange = await tcp(port, head(`DELETE /api/polar/v1/checkout-links/${ID} HTTP/1.1`, `Cookie: ${MERCHANT}`));
    expect(exchange.statuses).toEqual([500]);
    expect(upstream.reached).toEqual([]);
  });

  it('sends a Response from another copy of fetch (not an instance of this realm’s Response) as it is, with no-store', async () => {
    requestCount += 1;
    const foreign = new UndiciResponse(JSON.stringify({ error: 'NotPermitted', detail: 'Admins only.' }), {
      status: 403,
      headers: { 'content-type': 'application/json', 'cache-control': 'public, max-age=3600', 'x-reason': 'role' },
    });
    expect(foreign).not.toBeInstanceOf(Response);
    const response = await proxy({ authorize: () => foreign as unknown as Response })(new Request('https://shop.test/api/polar/v1/products/'));
    expect(response.status).toBe(403);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-reason')).toBe('role');
    expect(await response.json()).toEqual({ error: 'NotPermitted', detail: 'Admins only.' });
    expect(upstream.reached).toEqual([]);
  });

  it('answers 503 when authorize or the accessToken function does not settle within the callback deadline', async () => {
    const never = () => new Promise<never>(() => {});
    for (const options of [{ authorize: never }, { authorize: () => true, accessToken: never }]) {
      requestCount += 1;
      const started = performance.now();
      const response = await proxy(options)(new Request('https://shop.test/api/polar/v1/products/', { headers: { cookie: MERCHANT } }));
      expect(response.status).toBe(503);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(performance.now() - started).toBeLessThan(CALLBACK_TIMEOUT * 1000 + 500);
    }
    expect(logs.map(({ detail }) => detail)).toEqual(['The session check did not answer in time.', 'The access token did not come in time.']);
    expect(upstream.reached).toEqual([]);
  });
});

describe('the Host header', () => {
  const toLogin: PolarProxyOptions['authorize'] = (request) => merchantsOnly(request) || Response.redirect(new URL('/login', request.url), 302);

  it('does not build request.url: an authorize redirect goes to the configured origin, with no-store', async () => {
    const port = await onNode({ authorize: toLogin }, { origin: 'https://shop.test' });
    const exchange = await tcp(port, ['GET /api/polar/v1/products/ HTTP/1.1', 'Host: evil.test', 'Connection: close', '', ''].join('\r\n'));
    expect(exchange.statuses).toEqual([302]);
    expect(exchange.text).toMatch(/^location: https:\/\/shop\.test\/login\r$/im);
    expect(exchange.text).toMatch(/^cache-control: no-store\r$/im);
    expect(exchange.text).not.toContain('evil.test');
  });

  it('without an origin, builds request.url on localhost and the server’s port, not on the Host header', async () => {
    const port = await onNode({ authorize: toLogin });
    const exchange = await tcp(port, ['GET /api/polar/v1/products/ HTTP/1.1', 'Host: evil.test', 'Connection: close', '', ''].join('\r\n'));
    expect(exchange.statuses).toEqual([302]);
    expect(exchange.text).toMatch(new RegExp(`^location: http://localhost:${port}/login\\r$`, 'im'));
    expect(exchange.text).not.toContain('evil.test');
  });
});

describe('clients that hang up', () => {
  it('forwards none of 30 POSTs whose client hangs up while authorize is deciding', async () => {
    const port = await onNode({
      authorize: async (request) => {
        await new Promise((decided) => setTimeout(decided, 300));
        return merchantsOnly(request);
      },
    });
    const body = JSON.stringify({ payment_processor: 'stripe', products: [ID] });
    const request = head(
      'POST /api/polar/v1/checkout-links/ HTTP/1.1',
      `Cookie: ${MERCHANT}`,
      'Content-Type: application/json',
      `Content-Length: ${body.length}`,
    ) + body;
    await Promise.all(
      Array.from({ length: 30 }, async () => {
        requestCount += 1;
        const socket = connect(port, '127.0.0.1');
        socket.on('error', () => {});
        await new Promise((connected) => socket.once('connect', connected));
        socket.end(request, () => socket.destroy());
      }),
    );
    await expect.poll(() => logs.length, { timeout: 10_000 }).toBe(30);
    expect(upstream.reached).toEqual([]);
    expect(new Set(logs.map(({ status }) => status))).toEqual(new Set([499]));
  });

  it('aborts the call to Polar when the client hangs up while Polar is answering', async () => {
    upstream.answer(() => ({ stallMs: 5000 }));
    const port = await onNode();
    requestCount += 1;
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    socket.write(head('GET /api/polar/v1/products/ HTTP/1.1', `Cookie: ${MERCHANT}`));
    await expect.poll(() => upstream.reached.length, { timeout: 3000 }).toBe(1);
    const hungUp = performance.now();
    socket.destroy();
    await expect.poll(() => logs.length, { timeout: 3000 }).toBe(1);
    expect(logs[0]).toMatchObject({ status: 499, operation: 'products.list' });
    expect(performance.now() - hungUp).toBeLessThan(1000);
  });
});
