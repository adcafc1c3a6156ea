// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogueIds } from '../../src/testing/catalogue';
import { makeProduct } from '../../src/testing/fixtures';
import { startContractServer, type ContractServer } from './startContractServer';

let server: ContractServer;
let auth: Record<string, string>;

beforeAll(async () => {
  server = await startContractServer();
  auth = { authorization: `Bearer ${server.accessToken}` };
});
afterAll(() => server.stop());
beforeEach(() => server.reset());

const call = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, { ...init, headers: { ...auth, ...init.headers } });

describe('the contract server', () => {
  it('starts in well under a second on a free port of 127.0.0.1', async () => {
    const another = await startContractServer();
    try {
      expect(another.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(another.url).not.toBe(server.url);
      expect(another.startupMs).toBeLessThan(1000);
    } finally {
      await another.stop();
    }
  });

  it('answers 401 in Polar’s shape without a bearer token, or with another one', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer someone-elses-token' }, { authorization: server.accessToken }];
    for (const headers of attempts) {
      const response = await fetch(`${server.url}/v1/checkout-links/`, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: 'Unauthorized', detail: 'Unauthorized' });
    }
  });

  it('answers malformed JSON with a FastAPI 422, and records the raw body', async () => {
    const response = await call('/v1/checkout-links/', { method: 'POST', body: '{"products": [', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ error: 'RequestValidationError', detail: [{ loc: ['body', 0], type: 'json_invalid' }] });
    expect(server.received.at(-1)?.body).toBe('{"products": [');
  });

  it('names the create variant in the loc of schema errors, as Polar does', async () => {
    const response = await call('/v1/checkout-links/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payment_processor: 'stripe', products: [catalogueIds.products.starterKit], success_url: 'nope' }),
    });
    expect(await response.json()).toMatchObject({
      error: 'RequestValidationError',
      detail: [{ loc: ['body', 'CheckoutLinkCreateProducts', 'success_url'], type: 'value_error', input: 'nope' }],
    });
  });

  it("refuses a NUL character in a body's strings at their field with Polar's message, although the document has no rule for it", async () => {
    const invalid = 'This value contains invalid characters';
    const created = await call('/v1/checkout-links/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payment_processor: 'stripe', products: [catalogueIds.products.starterKit], label: 'a\u0000b', metadata: { 'k\u0000': 'v' } }),
    });
    expect(created.status).toBe(422);
    expect(await created.json()).toMatchObject({
      error: 'RequestValidationError',
      detail: [
        { loc: ['body', 'CheckoutLinkCreateProducts', 'metadata', 'k\u0000'], msg: invalid },
        { loc: ['body', 'CheckoutLinkCreateProducts', 'label'], msg: invalid, input: 'a\u0000b' },
      ],
    });
    const updated = await call(`/v1/checkout-links/${catalogueIds.links.homepagePro}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ metadata: { plan: 'pro\u0000' } }),
    });
    expect(updated.status).toBe(422);
    expect(await updated.json()).toMatchObject({ detail: [{ loc: ['body', 'metadata', 'plan'], msg: invalid, input: 'pro\u0000' }] });
    expect(await (await call('/v1/checkout-links/')).json()).toMatchObject({ pagination: { total_count: 2 } });
  });

  it('reads a single sorting value as a one-item list, and repeated keys as several values', async () => {
    const response = await call(`/v1/products/?sorting=-name&id=${catalogueIds.products.tipJar}&id=${catalogueIds.products.community}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { items: { name: string }[] }).items.map((product) => product.name)).toEqual(['Tip Jar', 'Community']);
    expect(server.received.at(-1)?.query).toEqual({ sorting: '-name', id: [catalogueIds.products.tipJar, catalogueIds.products.community] });
  });

  it('rejects a sorting key the document does not list, at its index', async () => {
    const response = await call('/v1/checkout-links/?sorting=label&sorting=-price');
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ detail: [{ loc: ['query', 'sorting', 1], type: 'enum' }] });
  });

  it('keeps Polar’s trailing slashes: /v1/checkout-links without one is not a route', async () => {
    expect((await call('/v1/checkout-links')).status).toBe(404);
  });

  it('serves the catalogue’s medias itself, over http', async () => {
    const product = (await (await call(`/v1/products/${catalogueIds.products.starterKit}`)).json()) as { medias: { public_url: string }[] };
    const url = product.medias[0]?.public_url ?? '';
    expect(url.startsWith(`${server.url}/media/`)).toBe(true);
    const media = await fetch(url);
    expect(media.headers.get('content-type')).toBe('image/svg+xml');
    expect(await media.text()).toMatch(/^<svg /);
  });

  it('records method, path, query, headers and body of every request', async () => {
    await call('/v1/checkout-links/?limit=5', { method: 'GET', headers: { 'polar-version': '2026-10' } });
    expect(server.received).toEqual([
      expect.objectContaining({ method: 'GET', path: '/v1/checkout-links/', query: { limit: '5' }, body: undefined, headers: expect.objectContaining({ 'polar-version': '2026-10' }) }),
    ]);
  });

  describe('faults', () => {
    it('answers a chosen status, body and headers to the next matching request only', async () => {
      server.fault({ method: 'GET', path: '/v1/products/', status: 429, headers: { 'Retry-After': '7' }, body: { detail: 'Slow down' } });
      const limited = await call('/v1/products/');
      expect([limited.status, limited.headers.get('retry-after'), await limited.json()]).toEqual([429, '7', { detail: 'Slow down' }]);
      expect((await call('/v1/products/')).status).toBe(200);
    });

    it('sends a string body as is, e.g. a gateway’s HTML page', async () => {
      server.fault({ path: /^\/v1\//, status: 502, body: '<html>Bad gateway</html>', times: 2 });
      for (let attempt = 0; attempt < 2; attempt++) {
        const response = await call('/v1/discounts/');
        expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([502, 'text/html; charset=utf-8', '<html>Bad gateway</html>']);
      }
    });

    it('drops the connection, for network errors', async () => {
      server.fault({ destroy: true });
      await expect(call('/v1/products/')).rejects.toThrow(TypeError);
    });

    it('holds an answer back, for timeouts', async () => {
      server.fault({ delayMs: 300 });
      await expect(call('/v1/products/', { signal: AbortSignal.timeout(50) })).rejects.toMatchObject({ name: 'TimeoutError' });
    });
  });

  it('fails loudly, with a 500, when an answer does not match Polar’s document', async () => {
    const broken = makeProduct({ name: 'Broken' });
    delete (broken as Partial<typeof broken>).visibility;
    const withBrokenSeed = await startContractServer({ seed: { products: [broken], discounts: [], links: [] } });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await fetch(`${withBrokenSeed.url}/v1/products/${broken.id}`, { headers: { authorization: `Bearer ${withBrokenSeed.accessToken}` } });
      expect(response.status).toBe(500);
      expect(withBrokenSeed.invalidResponses).toEqual([
        { operationId: 'products:get', status: 200, errors: [expect.objectContaining({ keyword: 'required', params: { missingProperty: 'visibility' } })] },
      ]);
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      await withBrokenSeed.stop();
    }
  });
});
