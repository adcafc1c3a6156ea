// @vitest-environment node
// createFetchClient against a real HTTP server on 127.0.0.1: what reaches the server, and what a
// caller gets back, for every option and failure the client handles itself.
import { getEventListeners } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRecordingUpstream, type RecordingUpstream } from '../../test/proxy/recordingUpstream';
import { createFetchClient, type FetchClientOptions } from './createFetchClient';
import { toPolarApiError } from './toPolarApiError';

const LINK_ID = '3f0e4c52-9a7b-4c1d-8e2f-5a6b7c8d9e0f';
const PRODUCT_A = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const PRODUCT_B = '7d2e1f0a-3b4c-4d5e-9f6a-7b8c9d0e1f2a';

let server: RecordingUpstream;

beforeAll(async () => {
  server = await startRecordingUpstream();
});
afterAll(() => server.close());
beforeEach(() => {
  server.reached.length = 0;
  server.answer(undefined);
});

const clientFor = (options: Partial<FetchClientOptions> = {}) => createFetchClient({ baseUrl: server.baseUrl, ...options });

/** Answers each request with the next of `answers`, repeating the last one. */
function answerInTurn(...answers: { status: number; headers?: Record<string, string>; body?: string }[]) {
  let turn = 0;
  server.answer(() => answers[Math.min(turn++, answers.length - 1)] ?? {});
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

/** The settled rejection of `promise`, or a failure if it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => expect.fail(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}

describe('requests', () => {
  it('sends each operation to Polar’s path and method, collection paths with their trailing slash', async () => {
    server.answer((request) => (request.method === 'DELETE' ? { status: 204, body: '' } : {}));
    const client = clientFor();
    await client.checkoutLinks.create({ payment_processor: 'stripe', products: [PRODUCT_A] });
    await client.checkoutLinks.list();
    await client.checkoutLinks.get(LINK_ID);
    await client.checkoutLinks.update(LINK_ID, { label: 'Spring' });
    await client.checkoutLinks.delete(LINK_ID);
    await client.products.list();
    await client.products.get(PRODUCT_A);
    await client.discounts.list();
    await client.discounts.get(LINK_ID);

    expect(server.reached.map(({ method, url }) => `${method} ${url}`)).toEqual([
      'POST /v1/checkout-links/',
      'GET /v1/checkout-links/',
      `GET /v1/checkout-links/${LINK_ID}`,
      `PATCH /v1/checkout-links/${LINK_ID}`,
      `DELETE /v1/checkout-links/${LINK_ID}`,
      'GET /v1/products/',
      `GET /v1/products/${PRODUCT_A}`,
      'GET /v1/discounts/',
      `GET /v1/discounts/${LINK_ID}`,
    ]);
  });

  it('sends bodies as JSON and no body (nor its content type) with GET and DELETE', async () => {
    const client = clientFor();
    const body = { payment_processor: 'stripe' as const, products: [PRODUCT_A], metadata: { plan: 'pro', seats: 3 } };
    await client.checkoutLinks.create(body);
    await client.checkoutLinks.update(LINK_ID, { label: null, success_url: 'https://example.com/ok?checkout_id={CHECKOUT_ID}' });
    await client.checkoutLinks.get(LINK_ID);

    const [create, update, get] = server.reached;
    expect(JSON.parse(create!.body)).toEqual(body);
    expect(create!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(update!.body)).toEqual({ label: null, success_url: 'https://example.com/ok?checkout_id={CHECKOUT_ID}' });
    expect(get!.body).toBe('');
    expect(get!.headers['content-type']).toBeUndefined();
  });

  it('repeats the key for each value of an array filter, sorting included, and leaves out undefined values', async () => {
    const client = clientFor();
    await client.checkoutLinks.list({ product_id: [PRODUCT_A, PRODUCT_B], page: 2, limit: 20, sorting: ['-created_at', 'label'] });
    await client.products.list({ id: PRODUCT_A, is_archived: false, visibility: ['public', 'private'], query: undefined });
    await client.discounts.list({ query: 'spring & summer' });

    expect(server.reached.map(({ url }) => url)).toEqual([
      `/v1/checkout-links/?product_id=${PRODUCT_A}&product_id=${PRODUCT_B}&page=2&limit=20&sorting=-created_at&sorting=label`,
      `/v1/products/?id=${PRODUCT_A}&is_archived=false&visibility=public&visibility=private`,
      '/v1/discounts/?query=spring+%26+summer',
    ]);
  });

  it('encodes ids, so an id cannot reach another path', async () => {
    await clientFor().checkoutLinks.get('../../customers/?x=1#y');
    expect(server.reached[0]!.url).toBe('/v1/checkout-links/..%2F..%2Fcustomers%2F%3Fx%3D1%23y');
  });

  it('appends paths to a base URL with a path of its own, with or without its trailing slash', async () => {
    await clientFor({ baseUrl: `${server.baseUrl}/api/polar/` }).products.list();
    await clientFor({ baseUrl: `${server.baseUrl}/api/polar` }).products.list();
    expect(server.reached.map(({ url }) => url)).toEqual(['/api/polar/v1/products/', '/api/polar/v1/products/']);
  });

  it('sends the headers of an object on every request', async () => {
    const client = clientFor({ headers: { 'X-Csrf-Token': 'abc' } });
    await client.products.list();
    await client.discounts.list();
    expect(server.reached.map(({ headers }) => headers['x-csrf-token'])).toEqual(['abc', 'abc']);
  });

  it('calls a headers function before each request, sync or async', async () => {
    let issued = 0;
    const sync = clientFor({ headers: () => ({ Authorization: `Bearer sync-${++issued}` }) });
    await sync.products.list();
    await sync.products.list();
    const async = clientFor({ headers: async () => new Headers({ Authorization: `Bearer async-${++issued}` }) });
    await async.products.list();

    expect(server.reached.map(({ headers }) => headers.authorization)).toEqual(['Bearer sync-1', 'Bearer sync-2', 'Bearer async-3']);
  });

  it('sends Polar-Version only when it is set', async () => {
    await clientFor({ polarVersion: '2026-10' }).products.list();
    await clientFor().products.list();
    expect(server.reached.map(({ headers }) => headers['polar-version'])).toEqual(['2026-10', undefined]);
  });

  it('sends requests through the fetch it is given', async () => {
    const seen: string[] = [];
    const client = clientFor({
      fetch: (url, init) => {
        seen.push(`${init.method} ${url}`);
        return fetch(url, init);
      },
    });
    await client.products.get(PRODUCT_A);
    expect(seen).toEqual([`GET ${server.baseUrl}/v1/products/${PRODUCT_A}`]);
    expect(server.reached).toHaveLength(1);
  });
});

describe('responses', () => {
  it('resolves with the JSON body of a 2xx response', async () => {
    server.answer(() => json(201, { id: LINK_ID, url: 'https://buy.polar.sh/polar_cl_x', unknown_new_field: [1] }));
    await expect(clientFor().checkoutLinks.create({ payment_processor: 'stripe', products: [PRODUCT_A] })).resolves.toEqual({
      id: LINK_ID,
      url: 'https://buy.polar.sh/polar_cl_x',
      unknown_new_field: [1],
    });
  });

  it('resolves a 204 with undefined', async () => {
    server.answer(() => ({ status: 204, body: '' }));
    await expect(clientFor().checkoutLinks.delete(LINK_ID)).resolves.toBeUndefined();
  });

  it('rejects a 2xx whose body is not a JSON object, such as an HTML page, as an invalid response', async () => {
    server.answer(() => ({ status: 200, headers: { 'content-type': 'text/html' }, body: '<!doctype html><p>App</p>' }));
    const rejection = await rejectionOf(clientFor().products.list());
    expect(rejection).toMatchObject({ name: 'PolarResponseError', status: 200, body: '<!doctype html><p>App</p>' });
    expect(toPolarApiError(rejection)).toMatchObject({ kind: 'invalid_response', status: 200 });

    server.answer(() => json(200, 'a string'));
    expect(toPolarApiError(await rejectionOf(clientFor().products.get(PRODUCT_A))).kind).toBe('invalid_response');
  });

  it('rejects a non-2xx response with its status, parsed body and Retry-After', async () => {
    server.answer(() => json(429, { error: 'TooManyRequests' }, { 'retry-after': '30' }));
    await expect(clientFor().checkoutLinks.create({ payment_processor: 'stripe', products: [PRODUCT_A] })).rejects.toMatchObject({
      name: 'PolarResponseError',
      status: 429,
      body: { error: 'TooManyRequests' },
      retryAfter: 30,
    });
  });
});

describe('timeout and abort', () => {
  it('fails with a timeout when the server answers later than the client’s timeout', async () => {
    server.answer(() => ({ stallMs: 2_000 }));
    const started = Date.now();
    const rejection = await rejectionOf(clientFor({ timeout: 0.2 }).products.list());
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(rejection).toMatchObject({ name: 'TimeoutError' });
    expect(toPolarApiError(rejection).kind).toBe('timeout');
  });

  it('lets a call’s timeout override the client’s, both shorter and longer', async () => {
    server.answer(() => ({ stallMs: 400 }));
    const patient = clientFor({ timeout: 5 });
    expect(toPolarApiError(await rejectionOf(patient.products.list(undefined, { timeout: 0.1 }))).kind).toBe('timeout');

    const impatient = clientFor({ timeout: 0.1 });
    await expect(impatient.products.list(undefined, { timeout: 5 })).resolves.toMatchObject({ method: 'GET' });
  });

  it('fails with an abort when the caller’s signal aborts, whatever its reason', async () => {
    server.answer(() => ({ stallMs: 2_000 }));
    const client = clientFor({ timeout: 5 });
    for (const reason of [undefined, new Error('The user left the page.'), 'navigated away']) {
      const controller = new AbortController();
      const pending = rejectionOf(client.products.list(undefined, { signal: controller.signal }));
      setTimeout(() => controller.abort(reason), 50);
      const rejection = await pending;
      expect(rejection).toMatchObject({ name: 'AbortError' });
      expect(toPolarApiError(rejection).kind).toBe('aborted');
    }
  });

  it('sends nothing when the signal has already aborted', async () => {
    const rejection = await rejectionOf(clientFor().products.list(undefined, { signal: AbortSignal.abort() }));
    expect(toPolarApiError(rejection).kind).toBe('aborted');
    expect(server.reached).toEqual([]);
  });

  it('tells an abort from a timeout when both are set', async () => {
    server.answer(() => ({ stallMs: 2_000 }));
    const client = clientFor();
    const timedOut = await rejectionOf(client.products.list(undefined, { signal: new AbortController().signal, timeout: 0.1 }));
    expect(toPolarApiError(timedOut).kind).toBe('timeout');
  });

  it('leaves no timer running once a call settles, so a script can end without waiting out the timeout', async () => {
    // Timers of earlier tests may end meanwhile; one left by each of ten calls would still show.
    const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timers();
    const client = clientFor();
    for (let call = 0; call < 5; call++) await client.products.list();
    server.answer(() => json(404, { detail: 'Not found' }));
    for (let call = 0; call < 5; call++) await rejectionOf(client.products.get(PRODUCT_A));
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('leaves no listener on the caller’s signal once a call settles, so one signal can serve many calls', async () => {
    const controller = new AbortController();
    const client = clientFor();
    for (let call = 0; call < 20; call++) await client.products.list(undefined, { signal: controller.signal });
    server.answer(() => json(404, { detail: 'Not found' }));
    await rejectionOf(client.products.get(PRODUCT_A, { signal: controller.signal }));
    expect(getEventListeners(controller.signal, 'abort')).toEqual([]);
  });
});

describe('retries', () => {
  const tooMany = (retryAfter = '0') => json(429, { error: 'TooManyRequests' }, { 'retry-after': retryAfter });
  const unavailable = (retryAfter = '0') => json(503, { error: 'ServiceUnavailable' }, { 'retry-after': retryAfter });

  it('retries a GET on 429 and 503 and resolves with the answer that follows', async () => {
    answerInTurn(tooMany(), unavailable(), json(200, { items: [], pagination: { total_count: 0, max_page: 0 } }));
    await expect(clientFor().products.list()).resolves.toEqual({ items: [], pagination: { total_count: 0, max_page: 0 } });
    expect(server.reached).toHaveLength(3);
  });

  it('retries at most twice, then fails with the last answer', async () => {
    answerInTurn(tooMany(), tooMany(), unavailable());
    const rejection = await rejectionOf(clientFor().checkoutLinks.get(LINK_ID));
    expect(server.reached).toHaveLength(3);
    expect(toPolarApiError(rejection)).toMatchObject({ kind: 'server', status: 503 });
  });

  it('calls the headers function again for each retry', async () => {
    let issued = 0;
    answerInTurn(tooMany(), json(200, { id: LINK_ID }));
    await clientFor({ headers: () => ({ Authorization: `Bearer ${++issued}` }) }).checkoutLinks.get(LINK_ID);
    expect(server.reached.map(({ headers }) => headers.authorization)).toEqual(['Bearer 1', 'Bearer 2']);
  });

  it('waits as long as Retry-After says, in seconds', async () => {
    answerInTurn(tooMany('1'), json(200, { id: LINK_ID }));
    const started = Date.now();
    await clientFor().checkoutLinks.get(LINK_ID);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('reads Retry-After as an HTTP date too', async () => {
    answerInTurn(tooMany(new Date(Date.now() - 60_000).toUTCString()), json(200, { id: LINK_ID }));
    await expect(clientFor().checkoutLinks.get(LINK_ID)).resolves.toEqual({ id: LINK_ID });
    expect(server.reached).toHaveLength(2);

    server.reached.length = 0;
    answerInTurn(tooMany(new Date(Date.now() + 120_000).toUTCString()), json(200, { id: LINK_ID }));
    const rejection = toPolarApiError(await rejectionOf(clientFor().checkoutLinks.get(LINK_ID)));
    expect(server.reached).toHaveLength(1);
    expect(rejection.kind).toBe('rate_limited');
    expect(rejection.retryAfter).toBeGreaterThanOrEqual(119);
    expect(rejection.retryAfter).toBeLessThanOrEqual(121);
  });

  it('fails at once with the 429 when the wait would outlast the timeout', async () => {
    answerInTurn(tooMany('10'), json(200, { id: LINK_ID }));
    const started = Date.now();
    const rejection = toPolarApiError(await rejectionOf(clientFor({ timeout: 3 }).checkoutLinks.get(LINK_ID)));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(server.reached).toHaveLength(1);
    expect(rejection).toMatchObject({ kind: 'rate_limited', status: 429, retryAfter: 10 });
    expect(rejection.message).toBe('Too many requests: retry in 10 s.');
  });

  it('stops waiting for a retry when the caller aborts', async () => {
    answerInTurn(tooMany('2'), json(200, { id: LINK_ID }));
    const controller = new AbortController();
    const started = Date.now();
    const pending = rejectionOf(clientFor().checkoutLinks.get(LINK_ID, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 200);
    expect(toPolarApiError(await pending).kind).toBe('aborted');
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(server.reached).toHaveLength(1);
  });

  it('never retries POST, PATCH or DELETE', async () => {
    const client = clientFor();
    for (const answer of [tooMany(), unavailable()]) {
      server.answer(() => answer);
      server.reached.length = 0;
      await rejectionOf(client.checkoutLinks.create({ payment_processor: 'stripe', products: [PRODUCT_A] }));
      await rejectionOf(client.checkoutLinks.update(LINK_ID, { label: 'x' }));
      await rejectionOf(client.checkoutLinks.delete(LINK_ID));
      expect(server.reached.map(({ method }) => method)).toEqual(['POST', 'PATCH', 'DELETE']);
    }
  });

  it('does not retry a GET on other failures', async () => {
    for (const status of [500, 502, 404]) {
      server.answer(() => json(status, { error: 'x' }));
      server.reached.length = 0;
      await rejectionOf(clientFor().products.get(PRODUCT_A));
      expect(server.reached).toHaveLength(1);
    }
  });
});

describe('network failure', () => {
  it('fails as a network error when nothing listens at the base URL', async () => {
    const closed = createServer();
    await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening));
    const { port } = closed.address() as AddressInfo;
    await new Promise((done) => closed.close(done));

    const rejection = await rejectionOf(createFetchClient({ baseUrl: `http://127.0.0.1:${port}` }).products.list());
    expect(rejection).toBeInstanceOf(TypeError);
    expect(toPolarApiError(rejection)).toMatchObject({ kind: 'network', message: 'Could not reach Polar: check the connection.' });
  });
});
