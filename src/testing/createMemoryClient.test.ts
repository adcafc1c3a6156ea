import { afterEach, describe, expect, it, vi } from 'vitest';
import { PolarApiError } from '../client/PolarApiError';
import type { CheckoutLinkCreate } from '../contract';
import { catalogueIds } from './catalogue';
import { createMemoryClient } from './createMemoryClient';
import { makeProduct } from './fixtures';

const products = catalogueIds.products;
const linkBody: CheckoutLinkCreate = { payment_processor: 'stripe', products: [products.starterKit] };

async function rejectionOf(call: Promise<unknown>): Promise<PolarApiError> {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PolarApiError);
  return error as PolarApiError;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createMemoryClient', () => {
  it('starts from the seeded catalogue, or from the products, discounts and links it is given', async () => {
    expect((await createMemoryClient().products.list({ limit: 100 })).pagination.total_count).toBe(12);
    const own = makeProduct({ name: 'Only product' });
    const client = createMemoryClient({ products: [own], discounts: [], links: [] });
    expect((await client.products.list()).items.map((product) => product.name)).toEqual(['Only product']);
    expect((await client.checkoutLinks.list()).items).toEqual([]);
    await expect(client.checkoutLinks.create({ payment_processor: 'stripe', product_id: own.id })).resolves.toMatchObject({
      products: [{ id: own.id }],
    });
  });

  it('hands out copies: changing a result changes nothing stored', async () => {
    const client = createMemoryClient();
    const product = await client.products.get(products.proMonthly);
    product.name = 'Changed by the caller';
    product.prices.length = 0;
    expect(await client.products.get(products.proMonthly)).toMatchObject({ name: 'Pro', prices: [{ price_amount: 1900 }] });
  });

  it('records every call and forgets them, and every change, on reset()', async () => {
    const client = createMemoryClient();
    const link = await client.checkoutLinks.create(linkBody);
    await client.checkoutLinks.get(link.id);
    expect(client.calls).toEqual([
      { operation: 'checkoutLinks.create', args: [linkBody] },
      { operation: 'checkoutLinks.get', args: [link.id] },
    ]);
    client.reset();
    expect(client.calls).toEqual([]);
    expect((await rejectionOf(client.checkoutLinks.get(link.id))).kind).toBe('not_found');
  });

  it('caps a page at 100 items, as Polar does, instead of rejecting a larger limit', async () => {
    const client = createMemoryClient({ links: [] });
    for (let count = 0; count < 101; count++) await client.checkoutLinks.create(linkBody);
    const page = await client.checkoutLinks.list({ limit: 150 });
    expect(page.items).toHaveLength(100);
    expect(page.pagination).toEqual({ total_count: 101, max_page: 2 });
  });

  describe('fail', () => {
    it('fails every call of an operation with a kind, and lets the others through', async () => {
      const client = createMemoryClient({ fail: { 'checkoutLinks.create': 'network' } });
      const error = await rejectionOf(client.checkoutLinks.create(linkBody));
      expect({ kind: error.kind, status: error.status }).toEqual({ kind: 'network', status: undefined });
      expect((await rejectionOf(client.checkoutLinks.create(linkBody))).kind).toBe('network');
      await expect(client.products.list()).resolves.toMatchObject({ pagination: { total_count: 12 } });
      expect((await client.checkoutLinks.list()).pagination.total_count).toBe(2);
    });

    it('builds rate limits with a Retry-After, and 422s on several fields, from one line', async () => {
      const limited = await rejectionOf(createMemoryClient({ fail: { 'products.list': 'rate_limited' } }).products.list());
      expect({ kind: limited.kind, status: limited.status, retryAfter: limited.retryAfter }).toEqual({ kind: 'rate_limited', status: 429, retryAfter: 30 });
      const invalid = await rejectionOf(
        createMemoryClient({
          fail: {
            'checkoutLinks.create': {
              kind: 'validation',
              fieldErrors: { success_url: ['Enter a full URL.'], 'metadata.plan': ['Too long.'] },
              formErrors: ['Check the highlighted fields.'],
            },
          },
        }).checkoutLinks.create(linkBody),
      );
      expect(invalid).toMatchObject({
        kind: 'validation',
        status: 422,
        fieldErrors: { success_url: ['Enter a full URL.'], 'metadata.plan': ['Too long.'] },
        formErrors: ['Check the highlighted fields.'],
      });
    });

    it('fails only as many calls as `times` says, then answers again', async () => {
      const client = createMemoryClient({ fail: { '*': { kind: 'server', status: 503, times: 2 } } });
      expect((await rejectionOf(client.products.list())).status).toBe(503);
      expect((await rejectionOf(client.discounts.list())).kind).toBe('server');
      await expect(client.products.list()).resolves.toBeDefined();
    });

    it('takes a function deciding per call, and a ready PolarApiError', async () => {
      const forbidden = new PolarApiError('forbidden', 'No scope for products.', { status: 403 });
      const client = createMemoryClient({
        fail: (operation, args) => (operation === 'products.get' && args[0] === products.consulting ? forbidden : undefined),
      });
      expect(await rejectionOf(client.products.get(products.consulting))).toBe(forbidden);
      await expect(client.products.get(products.starterKit)).resolves.toMatchObject({ name: 'Starter Kit' });
    });

    it('failNext() fails the next calls of one operation before anything else applies', async () => {
      const client = createMemoryClient({ fail: { 'checkoutLinks.list': 'forbidden' } });
      client.failNext('checkoutLinks.create', 'unauthorized', 2);
      client.failNext('checkoutLinks.list', 'timeout');
      expect((await rejectionOf(client.checkoutLinks.create(linkBody))).kind).toBe('unauthorized');
      expect((await rejectionOf(client.checkoutLinks.create(linkBody))).kind).toBe('unauthorized');
      await expect(client.checkoutLinks.create(linkBody)).resolves.toBeDefined();
      expect((await rejectionOf(client.checkoutLinks.list())).kind).toBe('timeout');
      expect((await rejectionOf(client.checkoutLinks.list())).kind).toBe('forbidden');
    });
  });

  describe('latency, abort and timeout', () => {
    it('answers after latencyMs, overall or per operation', async () => {
      vi.useFakeTimers();
      const client = createMemoryClient({ latencyMs: { 'products.list': 300 } });
      let answered = false;
      const listed = client.products.list().then(() => (answered = true));
      await expect(client.discounts.list()).resolves.toBeDefined();
      await vi.advanceTimersByTimeAsync(299);
      expect(answered).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await listed;
      expect(answered).toBe(true);
    });

    it('stays pending with Infinity until the signal aborts, then rejects as aborted', async () => {
      const client = createMemoryClient({ latencyMs: Infinity });
      const controller = new AbortController();
      const pending = rejectionOf(client.checkoutLinks.create(linkBody, { signal: controller.signal }));
      controller.abort(new Error('The user left.'));
      const error = await pending;
      expect(error.kind).toBe('aborted');
      expect(error.cause).toEqual(new Error('The user left.'));
    });

    it('rejects at once for a signal already aborted, and creates nothing', async () => {
      const client = createMemoryClient();
      expect((await rejectionOf(client.checkoutLinks.create(linkBody, { signal: AbortSignal.abort() }))).kind).toBe('aborted');
      expect((await client.checkoutLinks.list()).pagination.total_count).toBe(2);
    });

    it('rejects as timeout when the latency outlasts the call timeout (seconds)', async () => {
      vi.useFakeTimers();
      const client = createMemoryClient({ latencyMs: 5000 });
      const pending = rejectionOf(client.products.list(undefined, { timeout: 2 }));
      await vi.advanceTimersByTimeAsync(2000);
      expect((await pending).kind).toBe('timeout');
    });
  });
});
