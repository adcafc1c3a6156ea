// @vitest-environment node
// withResponseValidation around createFetchClient and @polar-sh/sdk, served by a real HTTP server
// on 127.0.0.1: good data passes as it came, bad data fails at the field it concerns.
import { createPolar } from '@polar-sh/sdk/2026-10';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRecordingUpstream, type RecordingUpstream } from '../../test/proxy/recordingUpstream';
import { makeCheckoutLink, makeDiscount, makeFixedPrice, makeProduct } from '../testing/fixtures';
import type { PolarClient } from './PolarClient';
import { PolarApiError } from './PolarApiError';
import { createFetchClient } from './createFetchClient';
import { withResponseValidation } from './withResponseValidation';

let server: RecordingUpstream;
let client: PolarClient;

beforeAll(async () => {
  server = await startRecordingUpstream();
  client = withResponseValidation(createFetchClient({ baseUrl: server.baseUrl }));
});
afterAll(() => server.close());
beforeEach(() => server.answer(undefined));

function serve(body: unknown, status = 200) {
  server.answer(() => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
}

const page = <T>(items: T[]) => ({ items, pagination: { total_count: items.length, max_page: 1 } });

async function rejectionOf(promise: Promise<unknown>): Promise<PolarApiError> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error as PolarApiError,
  );
}

describe('withResponseValidation', () => {
  it('resolves with valid data as Polar sent it, unknown keys included', async () => {
    const link = { ...makeCheckoutLink(), field_added_in_2027: { kept: true } };
    serve(link);
    await expect(client.checkoutLinks.get(link.id)).resolves.toEqual(link);

    const products = page([makeProduct(), makeProduct({ recurring_interval: null })]);
    serve(products);
    await expect(client.products.list()).resolves.toEqual(products);

    const discount = makeDiscount();
    serve(discount);
    await expect(client.discounts.get(discount.id)).resolves.toEqual(discount);
  });

  it('accepts a price type this version does not know yet', async () => {
    const product = makeProduct({ prices: [{ ...makeFixedPrice(), amount_type: 'tiered_2027' }] });
    serve(product);
    await expect(client.products.get(product.id)).resolves.toEqual(product);
  });

  it('rejects data of the wrong type with kind invalid_response, naming the field', async () => {
    const product = makeProduct({ prices: [{ ...makeFixedPrice(), price_amount: '19.00' as unknown as number }] });
    serve(page([product]));
    const error = await rejectionOf(client.products.list());
    expect(error).toBeInstanceOf(PolarApiError);
    expect(error.kind).toBe('invalid_response');
    expect(error.message).toBe('Polar sent a response that cannot be read. At items.0.prices.0.price_amount: Expected number.');
  });

  it('rejects data with a missing field, and says how many more problems there are', async () => {
    const { url: _url, client_secret: _secret, ...withoutUrl } = makeCheckoutLink();
    serve(withoutUrl);
    const error = await rejectionOf(client.checkoutLinks.update(withoutUrl.id, { label: 'Spring' }));
    expect(error.message).toBe('Polar sent a response that cannot be read. At client_secret: Required field is missing. (and 1 more)');
  });

  it('lets the wrapped client’s failures through unchanged', async () => {
    serve({ error: 'ResourceNotFound', detail: 'Not found' }, 404);
    await expect(client.checkoutLinks.get('3f0e4c52-9a7b-4c1d-8e2f-5a6b7c8d9e0f')).rejects.toMatchObject({
      name: 'PolarResponseError',
      status: 404,
    });
  });

  it('resolves a delete with undefined', async () => {
    server.answer(() => ({ status: 204, body: '' }));
    await expect(client.checkoutLinks.delete('3f0e4c52-9a7b-4c1d-8e2f-5a6b7c8d9e0f')).resolves.toBeUndefined();
  });

  it('wraps @polar-sh/sdk the same way', async () => {
    const sdk = withResponseValidation(createPolar({ accessToken: 'polar_oat_test_only', baseUrl: server.baseUrl }));
    serve({ ...makeDiscount(), redemptions_count: null });
    const error = await rejectionOf(sdk.discounts.get('3f0e4c52-9a7b-4c1d-8e2f-5a6b7c8d9e0f'));
    expect(error.message).toBe('Polar sent a response that cannot be read. At redemptions_count: Expected number.');
  });
});
