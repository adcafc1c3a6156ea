// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PolarOperation } from '../client/PolarClient';
import { startRecordingUpstream, type RecordingUpstream } from '../../test/proxy/recordingUpstream';
import { createPolarProxy, type PolarProxyLogEntry, type PolarProxyOptions } from './createPolarProxy';

const TOKEN = 'polar_oat_unit_secret_0123456789';
const LINK_ID = '3f0e4c52-9a7b-4c1d-8e2f-5a6b7c8d9e0f';
const PRODUCT_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const ORG_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
// Headers Node's own fetch adds to every upstream call; they come from the transport, not from the browser.
const TRANSPORT_HEADERS = ['host', 'connection', 'content-length', 'user-agent', 'accept-encoding', 'accept-language', 'sec-fetch-mode'];
// What a browser (or an attacker) sends along; none of it may reach Polar.
const BROWSER_HEADERS = {
  authorization: 'Bearer browser-token',
  cookie: 'session=abc',
  'user-agent': 'browser-agent',
  'accept-language': 'fr-FR',
  'x-forwarded-for': '203.0.113.9',
  'x-forwarded-host': 'evil.test',
  forwarded: 'for=203.0.113.9',
  'polar-version': '2025-04-10',
  origin: 'https://app.test',
  'x-api-key': 'leak',
};

let upstream: RecordingUpstream;
const logs: PolarProxyLogEntry[] = [];

beforeAll(async () => {
  upstream = await startRecordingUpstream();
});
afterAll(() => upstream.close());
beforeEach(() => {
  upstream.reached.length = 0;
  upstream.answer(undefined);
  logs.length = 0;
});

const proxy = (options: Partial<PolarProxyOptions> = {}) =>
  createPolarProxy({ accessToken: TOKEN, baseUrl: upstream.baseUrl, authorize: () => true, log: (entry) => logs.push(entry), ...options });

const browserRequest = (path: string, init: RequestInit = {}) =>
  new Request(`https://app.test/api/polar${path}`, { ...init, headers: { ...BROWSER_HEADERS, ...init.headers } });

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

describe('createPolarProxy forwards every operation', () => {
  const cases: { operation: PolarOperation; path: string; init?: RequestInit; upstreamUrl: string; body?: unknown }[] = [
    {
      operation: 'checkoutLinks.create',
      path: '/v1/checkout-links/',
      init: json('POST', { payment_processor: 'stripe', products: [PRODUCT_ID], metadata: { plan: 'pro' } }),
      upstreamUrl: '/v1/checkout-links/',
      body: { payment_processor: 'stripe', products: [PRODUCT_ID], metadata: { plan: 'pro' } },
    },
    {
      operation: 'checkoutLinks.list',
      path: `/v1/checkout-links/?organization_id=${ORG_ID}&product_id=${PRODUCT_ID}&product_id=${LINK_ID}&page=2&limit=50&sorting=-created_at`,
      upstreamUrl: `/v1/checkout-links/?organization_id=${ORG_ID}&product_id=${PRODUCT_ID}&product_id=${LINK_ID}&page=2&limit=50&sorting=-created_at`,
    },
    { operation: 'checkoutLinks.get', path: `/v1/checkout-links/${LINK_ID}`, upstreamUrl: `/v1/checkout-links/${LINK_ID}` },
    {
      operation: 'checkoutLinks.update',
      path: `/v1/checkout-links/${LINK_ID}`,
      init: json('PATCH', { label: 'Spring sale', allow_discount_codes: false }),
      upstreamUrl: `/v1/checkout-links/${LINK_ID}`,
      body: { label: 'Spring sale', allow_discount_codes: false },
    },
    {
      operation: 'checkoutLinks.delete',
      path: `/v1/checkout-links/${LINK_ID}`,
      init: { method: 'DELETE' },
      upstreamUrl: `/v1/checkout-links/${LINK_ID}`,
    },
    {
      operation: 'products.list',
      path: `/v1/products/?id=${PRODUCT_ID}&organization_id=${ORG_ID}&query=t-shirt+%26+mug&is_archived=false&is_recurring=true&benefit_id=${LINK_ID}&visibility=public&visibility=private&page=1&limit=100&sorting=name`,
      upstreamUrl: `/v1/products/?id=${PRODUCT_ID}&organization_id=${ORG_ID}&query=t-shirt+%26+mug&is_archived=false&is_recurring=true&benefit_id=${LINK_ID}&visibility=public&visibility=private&page=1&limit=100&sorting=name`,
    },
    { operation: 'products.get', path: `/v1/products/${PRODUCT_ID}`, upstreamUrl: `/v1/products/${PRODUCT_ID}` },
    {
      operation: 'discounts.list',
      path: `/v1/discounts/?organization_id=${ORG_ID}&query=SPRING&page=3&limit=10&sorting=-redemptions_count`,
      upstreamUrl: `/v1/discounts/?organization_id=${ORG_ID}&query=SPRING&page=3&limit=10&sorting=-redemptions_count`,
    },
    { operation: 'discounts.get', path: `/v1/discounts/${LINK_ID}`, upstreamUrl: `/v1/discounts/${LINK_ID}` },
  ];

  it.each(cases)('$operation reaches Polar with its URL, query, body and only the proxy’s headers', async ({ operation, path, init, upstreamUrl, body }) => {
    const response = await proxy({ polarVersion: '2026-10' })(browserRequest(path, init));

    expect(response.status).toBe(200);
    expect(upstream.reached).toHaveLength(1);
    const [reached] = upstream.reached;
    expect(reached!.method).toBe(init?.method ?? 'GET');
    expect(reached!.url).toBe(upstreamUrl);
    expect(reached!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(reached!.headers.accept).toBe('application/json');
    expect(reached!.headers['polar-version']).toBe('2026-10');
    const ours = ['authorization', 'accept', 'polar-version', ...(body === undefined ? [] : ['content-type'])];
    expect(Object.keys(reached!.headers).filter((name) => !TRANSPORT_HEADERS.includes(name)).sort()).toEqual(ours.sort());
    for (const value of Object.values(BROWSER_HEADERS)) {
      expect(Object.values(reached!.headers)).not.toContain(value);
    }
    if (body === undefined) {
      expect(reached!.body).toBe('');
    } else {
      expect(reached!.headers['content-type']).toBe('application/json');
      expect(JSON.parse(reached!.body)).toEqual(body);
    }
    expect(logs).toEqual([{ method: reached!.method, path: `/api/polar${path.split('?')[0]}`, operation, status: 200 }]);
  });

  it('accepts collection paths without the trailing slash and sends Polar’s form', async () => {
    await proxy()(browserRequest('/v1/products'));
    expect(upstream.reached.map(({ url }) => url)).toEqual(['/v1/products/']);
  });

  it('re-serialises the JSON body, so Polar parses what the proxy checked (last duplicate key wins)', async () => {
    await proxy()(
      browserRequest(`/v1/checkout-links/${LINK_ID}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: '\uFEFF{ "label": "first", "label": "second" }',
      }),
    );
    expect(upstream.reached[0]!.body).toBe('{"label":"second"}');
  });

  it('on the fetch path, matches, authorizes and forwards the path the runtime resolved dot segments and backslashes into', async () => {
    const seen: string[] = [];
    const handler = proxy({ authorize: (request) => seen.push(new URL(request.url).pathname) > 0 });
    for (const path of ['/v1/products/../discounts/', '/v1/products/%2e%2e/discounts/', '/v1/products/./..\\discounts\\']) {
      expect((await handler(browserRequest(path))).status).toBe(200);
    }
    expect(seen).toEqual(Array(3).fill('/api/polar/v1/discounts/'));
    expect(upstream.reached.map(({ url }) => url)).toEqual(Array(3).fill('/v1/discounts/'));
  });

  it('forwards under a custom path prefix and sends no Polar-Version unless configured', async () => {
    const response = await proxy({ pathPrefix: '/internal/polar/' })(
      new Request(`https://app.test/internal/polar/v1/discounts/${LINK_ID}`),
    );
    expect(response.status).toBe(200);
    expect(upstream.reached[0]!.url).toBe(`/v1/discounts/${LINK_ID}`);
    expect(upstream.reached[0]!.headers).not.toHaveProperty('polar-version');
  });
});

describe('createPolarProxy picks Polar’s origin', () => {
  const calledUrls = async (options: Partial<PolarProxyOptions>) => {
    const urls: string[] = [];
    const fetchSpy: typeof fetch = async (input) => {
      urls.push(String(input));
      return Response.json({ items: [], pagination: { total_count: 0, max_page: 0 } });
    };
    await createPolarProxy({ accessToken: TOKEN, authorize: () => true, fetch: fetchSpy, ...options })(browserRequest('/v1/products/'));
    return urls;
  };

  it('uses production by default and sandbox when asked', async () => {
    expect(await calledUrls({})).toEqual(['https://api.polar.sh/v1/products/']);
    expect(await calledUrls({ environment: 'sandbox' })).toEqual(['https://sandbox-api.polar.sh/v1/products/']);
    expect(await calledUrls({ environment: 'sandbox', baseUrl: 'http://127.0.0.1:9/' })).toEqual(['http://127.0.0.1:9/v1/products/']);
  });
});

describe('createPolarProxy checks its options when it is created', () => {
  const valid: PolarProxyOptions = { accessToken: TOKEN, authorize: () => true };
  it.each<[string, Partial<Record<keyof PolarProxyOptions, unknown>>, RegExp]>([
    ['maxBodyBytes NaN', { maxBodyBytes: NaN }, /maxBodyBytes must be a whole number of bytes above 0; got NaN/],
    ['maxBodyBytes Infinity', { maxBodyBytes: Infinity }, /maxBodyBytes .* got Infinity/],
    ['maxBodyBytes 0', { maxBodyBytes: 0 }, /maxBodyBytes .* got 0/],
    ['maxBodyBytes -1', { maxBodyBytes: -1 }, /maxBodyBytes .* got -1/],
    ['maxBodyBytes 1.5', { maxBodyBytes: 1.5 }, /maxBodyBytes .* got 1.5/],
    ['timeout NaN', { timeout: NaN }, /timeout must be a number of seconds above 0 and at most 2147483; got NaN/],
    ['timeout Infinity', { timeout: Infinity }, /timeout .* got Infinity/],
    ['timeout 0', { timeout: 0 }, /timeout .* got 0/],
    ['timeout past what a timer holds', { timeout: 3e6 }, /timeout .* got 3000000/],
    ['timeout as a string', { timeout: '30' }, /timeout .* got "30"/],
    ['bodyTimeout NaN', { bodyTimeout: NaN }, /bodyTimeout .* got NaN/],
    ['bodyTimeout -1', { bodyTimeout: -1 }, /bodyTimeout .* got -1/],
    ['callbackTimeout Infinity', { callbackTimeout: Infinity }, /callbackTimeout .* got Infinity/],
    ['callbackTimeout 0', { callbackTimeout: 0 }, /callbackTimeout .* got 0/],
    ['an empty accessToken', { accessToken: '' }, /accessToken must be a non-empty token/],
    ['an accessToken with a line break', { accessToken: `${TOKEN}\n` }, /accessToken must be a non-empty token/],
    ['no accessToken', { accessToken: undefined }, /accessToken must be/],
    ['an unknown environment', { environment: 'staging' }, /environment must be 'production' or 'sandbox'; got "staging"/],
    ['no authorize', { authorize: undefined }, /authorize must be a function; pass `authorize: \(\) => true`/],
    ['an unknown operation', { operations: ['customers.list'] }, /operations holds no operation of PolarClient; got "customers.list"/],
  ])('throws at creation, naming the option, for %s', (_, wrong, message) => {
    expect(() => createPolarProxy({ ...valid, ...wrong } as PolarProxyOptions)).toThrow(message);
  });

  it('never puts a string accessToken in its error', () => {
    expect(() => createPolarProxy({ ...valid, accessToken: `${TOKEN} ` })).toThrow(/^((?!polar_oat).)*$/s);
  });
});

describe('createPolarProxy asks for the token on every request', () => {
  it('calls an accessToken function once per forwarded request, with that request', async () => {
    const seen: string[] = [];
    const handler = proxy({
      accessToken: async (request) => {
        seen.push(new URL(request.url).pathname);
        return `token-for-${seen.length}`;
      },
    });
    await handler(browserRequest('/v1/products/'));
    await handler(browserRequest(`/v1/products/${PRODUCT_ID}`));
    expect(seen).toEqual(['/api/polar/v1/products/', `/api/polar/v1/products/${PRODUCT_ID}`]);
    expect(upstream.reached.map(({ headers }) => headers.authorization)).toEqual(['Bearer token-for-1', 'Bearer token-for-2']);
  });

  it('answers 500 without forwarding when the token function gives none or one that cannot be a header', async () => {
    for (const accessToken of [() => '', () => 'polar_oat_line\r\nbreak', () => Promise.reject(new Error('vault down'))]) {
      const response = await proxy({ accessToken })(browserRequest('/v1/products/'));
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ error: 'InternalServerError' });
    }
    expect(upstream.reached).toEqual([]);
  });
});

describe('createPolarProxy runs the host’s authorize first', () => {
  it('answers 401 when authorize returns false, and forwards nothing', async () => {
    const response = await proxy({ authorize: () => false })(browserRequest('/v1/checkout-links/', json('POST', { products: [PRODUCT_ID] })));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'Unauthorized', detail: expect.any(String) });
    expect(upstream.reached).toEqual([]);
  });

  it('sends the Response authorize returns as it is (a 403), and forwards nothing', async () => {
    const handler = proxy({
      authorize: (request) =>
        request.headers.get('cookie') === 'session=admin' || Response.json({ error: 'NotPermitted', detail: 'Admins only.' }, { status: 403 }),
    });
    const refused = await handler(browserRequest(`/v1/checkout-links/${LINK_ID}`, { method: 'DELETE' }));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'NotPermitted', detail: 'Admins only.' });
    expect(upstream.reached).toEqual([]);

    const allowed = await handler(browserRequest(`/v1/checkout-links/${LINK_ID}`, { method: 'DELETE', headers: { cookie: 'session=admin' } }));
    expect(allowed.status).toBe(200);
    expect(upstream.reached).toHaveLength(1);
    expect(upstream.reached[0]!.headers).not.toHaveProperty('cookie');
  });

  it('answers 500 when authorize throws', async () => {
    const response = await proxy({ authorize: () => Promise.reject(new Error('session store down')) })(browserRequest('/v1/products/'));
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('session store');
    expect(upstream.reached).toEqual([]);
    expect(logs[0]).toMatchObject({ status: 500, error: new Error('session store down') });
  });
});

describe('createPolarProxy with a subset of operations', () => {
  const readOnly = () => proxy({ operations: ['checkoutLinks.list', 'checkoutLinks.get', 'products.list'] });

  it('forwards the enabled operations', async () => {
    expect((await readOnly()(browserRequest('/v1/checkout-links/'))).status).toBe(200);
    expect((await readOnly()(browserRequest(`/v1/checkout-links/${LINK_ID}`))).status).toBe(200);
    expect(upstream.reached).toHaveLength(2);
  });

  it('answers 405 with the remaining methods in Allow, or 404 when a path has none left', async () => {
    const create = await readOnly()(browserRequest('/v1/checkout-links/', json('POST', { products: [PRODUCT_ID] })));
    expect(create.status).toBe(405);
    expect(create.headers.get('allow')).toBe('GET');
    const remove = await readOnly()(browserRequest(`/v1/checkout-links/${LINK_ID}`, { method: 'DELETE' }));
    expect(remove.headers.get('allow')).toBe('GET');
    expect((await readOnly()(browserRequest(`/v1/products/${PRODUCT_ID}`))).status).toBe(404);
    expect((await readOnly()(browserRequest('/v1/discounts/'))).status).toBe(404);
    expect(upstream.reached).toEqual([]);
  });
});

describe('createPolarProxy relays Polar’s answers', () => {
  it('passes status, JSON body and Retry-After unchanged, and no other upstream header', async () => {
    const body = JSON.stringify({ error: 'TooManyRequests', detail: 'Slow down.' });
    upstream.answer(() => ({
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '17', 'set-cookie': 'upstream=1', server: 'polar-edge', 'x-request-id': 'r-1' },
      body,
    }));
    const response = await proxy()(browserRequest('/v1/products/'));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('17');
    expect(await response.text()).toBe(body);
    expect([...response.headers.keys()].sort()).toEqual(['cache-control', 'content-type', 'retry-after', 'x-content-type-options']);
  });

  it('passes a 422 validation body unchanged', async () => {
    const body = JSON.stringify({ error: 'RequestValidationError', detail: [{ loc: ['body', 'success_url'], msg: 'Invalid URL', type: 'url_parsing' }] });
    upstream.answer(() => ({ status: 422, headers: { 'content-type': 'application/json' }, body }));
    const response = await proxy()(browserRequest('/v1/checkout-links/', json('POST', { products: [PRODUCT_ID], success_url: 'nope' })));
    expect(response.status).toBe(422);
    expect(await response.text()).toBe(body);
  });

  it('answers 204 with no body for a delete', async () => {
    upstream.answer(() => ({ status: 204, headers: {}, body: '' }));
    const response = await proxy()(browserRequest(`/v1/checkout-links/${LINK_ID}`, { method: 'DELETE' }));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('keeps an HTML error page on the server: same status, Retry-After, a generic JSON body', async () => {
    upstream.answer(() => ({ status: 503, headers: { 'content-type': 'text/html', 'retry-after': '5' }, body: '<h1>nginx internal 10.0.3.7</h1>' }));
    const response = await proxy()(browserRequest('/v1/products/'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    const text = await response.text();
    expect(text).not.toContain('nginx');
    expect(JSON.parse(text)).toEqual({ error: 'UpstreamError', detail: 'Polar answered 503 without JSON.' });
  });

  it('answers 502 for a redirect or a 200 that is not JSON, and never follows the redirect', async () => {
    upstream.answer(() => ({ status: 302, headers: { location: `${upstream.baseUrl}/v1/customers/` }, body: '' }));
    expect((await proxy()(browserRequest('/v1/products/'))).status).toBe(502);
    expect(upstream.reached.map(({ url }) => url)).toEqual(['/v1/products/']);
    upstream.answer(() => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' }));
    expect((await proxy()(browserRequest('/v1/products/'))).status).toBe(502);
  });

  it('maps an upstream that stalls past the timeout to 504', async () => {
    upstream.answer(() => ({ stallMs: 2000 }));
    const started = performance.now();
    const response = await proxy({ timeout: 0.2 })(browserRequest('/v1/products/'));
    expect(response.status).toBe(504);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(await response.json()).toEqual({ error: 'GatewayTimeout', detail: 'Polar did not answer in time.' });
    expect(logs[0]).toMatchObject({ status: 504, operation: 'products.list', detail: 'Polar did not answer in time.' });
  });

  it('maps an unreachable upstream to 502 with a generic body', async () => {
    const closed = await startRecordingUpstream();
    await closed.close();
    const response = await proxy({ baseUrl: closed.baseUrl })(browserRequest('/v1/products/'));
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    expect(JSON.parse(text)).toEqual({ error: 'BadGateway', detail: 'Polar could not be reached.' });
  });
});

describe('createPolarProxy never shows the token', () => {
  it('keeps it out of every response body, response header and log entry', async () => {
    const outcomes: Partial<PolarProxyOptions>[] = [{}, { authorize: () => false }, { timeout: 0.1 }, { accessToken: () => `${TOKEN}\n` }];
    upstream.answer((request) => ({ stallMs: request.url.includes('stall') ? 500 : 0 }));
    const seen: string[] = [];
    for (const options of outcomes) {
      for (const request of [
        browserRequest('/v1/products/?query=stall'),
        browserRequest('/v1/customers/'),
        browserRequest('/v1/checkout-links/', json('POST', { products: [PRODUCT_ID] })),
        browserRequest('/v1/checkout-links/', { method: 'POST', body: 'x' }),
      ]) {
        const response = await proxy(options)(request);
        seen.push(String(response.status), await response.text(), JSON.stringify([...response.headers]));
      }
    }
    const logText = logs.map((entry) => JSON.stringify(entry) + String(entry.error) + String((entry.error as Error | undefined)?.cause)).join('\n');
    expect(new Set(seen.filter((text) => /^\d{3}$/.test(text)))).toEqual(new Set(['200', '404', '415', '401', '504', '500']));
    expect(seen.join('\n')).not.toContain(TOKEN);
    expect(logText).not.toContain(TOKEN);
    expect(logs).toHaveLength(16);
  });
});
