// @vitest-environment node
// toPolarApiError on what clients really reject with: createFetchClient and @polar-sh/sdk against a
// real HTTP server on 127.0.0.1 answering as Polar does, the SDK's error classes built directly,
// and the platform's own errors.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PolarClientError, PolarNetworkError, PolarRateLimitError, PolarServerError } from '@polar-sh/sdk';
import { createPolar, errors } from '@polar-sh/sdk/2026-10';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startRecordingUpstream, type RecordingUpstream } from '../../test/proxy/recordingUpstream';
import { PolarApiError } from './PolarApiError';
import { createFetchClient } from './createFetchClient';
import { toPolarApiError } from './toPolarApiError';

const LINK_ID = '3f0e4c52-9a7b-4c1d-8e2f-5a6b7c8d9e0f';
const PRODUCT_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const BODY = { payment_processor: 'stripe' as const, products: [PRODUCT_ID] };

let server: RecordingUpstream;

beforeAll(async () => {
  server = await startRecordingUpstream();
});
afterAll(() => server.close());
beforeEach(() => server.answer(undefined));

function answerJson(status: number, body: unknown, headers: Record<string, string> = {}) {
  server.answer(() => ({ status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));
}

/** What a failed `createFetchClient` create comes to, through toPolarApiError. */
async function fetchClientCreateError(): Promise<PolarApiError> {
  const client = createFetchClient({ baseUrl: server.baseUrl });
  return client.checkoutLinks.create(BODY).then(
    () => expect.fail('expected the create to fail'),
    (error: unknown) => toPolarApiError(error),
  );
}

/** What the same failure through the real SDK comes to. */
async function sdkCreateError(): Promise<PolarApiError> {
  const sdk = createPolar({ accessToken: 'polar_oat_test_only', baseUrl: server.baseUrl });
  return sdk.checkoutLinks.create(BODY).then(
    () => expect.fail('expected the create to fail'),
    (error: unknown) => toPolarApiError(error),
  );
}

const clients = [
  ['createFetchClient', fetchClientCreateError],
  ['@polar-sh/sdk', sdkCreateError],
] as const;

const validationDetail = [
  { loc: ['body', 'CheckoutLinkCreateProducts', 'success_url'], msg: 'URL scheme should be \'http\' or \'https\'', type: 'url_scheme' },
  { loc: ['body', 'products', 0], msg: 'Product is archived.', type: 'value_error' },
  { loc: ['body', 'metadata', 'plan'], msg: 'String should have at most 500 characters', type: 'string_too_long' },
  { loc: ['body', 'function-after[validate_trial(), CheckoutLinkCreateProducts]', 'trial_interval_count'], msg: 'Value error, Set the trial interval too.', type: 'value_error' },
  { loc: ['body'], msg: 'Discount does not apply to every product.', type: 'value_error' },
];

describe.each(clients)('a response through %s', (_client, failedCreate) => {
  it.each(['RequestValidationError', 'PolarRequestValidationError'])(
    'maps a 422 %s onto fields, without `body` or the union variant’s name',
    async (flavour) => {
      answerJson(422, { error: flavour, detail: validationDetail });
      const error = await failedCreate();
      expect(error).toBeInstanceOf(PolarApiError);
      expect(error).toMatchObject({ kind: 'validation', status: 422, message: 'Polar rejected 4 fields.' });
      expect(error.fieldErrors).toEqual({
        success_url: ["URL scheme should be 'http' or 'https'"],
        'products.0': ['Product is archived.'],
        'metadata.plan': ['String should have at most 500 characters'],
        trial_interval_count: ['Set the trial interval too.'],
      });
      expect(error.formErrors).toEqual(['Discount does not apply to every product.']);
    },
  );

  it('keeps a 422 detail that is text as a form error', async () => {
    answerJson(422, { error: 'PolarRequestValidationError', detail: 'The body is not valid.' });
    expect(await failedCreate()).toMatchObject({ kind: 'validation', fieldErrors: {}, formErrors: ['The body is not valid.'] });
  });

  it.each([
    [401, { error: 'Unauthorized', detail: 'Invalid or missing access token.' }, 'unauthorized', ['Invalid or missing access token.']],
    [403, { error: 'insufficient_scope', error_description: 'The token lacks checkout_links:write.' }, 'forbidden', ['The token lacks checkout_links:write.']],
    [403, { error: 'NotPermitted', detail: 'You do not have permission.' }, 'forbidden', ['You do not have permission.']],
    [403, {}, 'forbidden', []],
    [404, { error: 'ResourceNotFound', detail: 'Not found' }, 'not_found', ['Not found']],
  ] as const)('maps a %i %j to kind %s', async (status, body, kind, formErrors) => {
    answerJson(status, body);
    expect(await failedCreate()).toMatchObject({ kind, status, fieldErrors: {}, formErrors });
  });

  it('maps a 401 with an empty body to kind unauthorized', async () => {
    server.answer(() => ({ status: 401, headers: {}, body: '' }));
    expect(await failedCreate()).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      formErrors: [],
      message: 'Not signed in to Polar: the access token is missing, invalid or expired.',
    });
  });

  it('maps a 429 with Retry-After to kind rate_limited with the seconds to wait', async () => {
    answerJson(429, { error: 'TooManyRequests', detail: 'Slow down.' }, { 'retry-after': '30' });
    expect(await failedCreate()).toMatchObject({
      kind: 'rate_limited',
      status: 429,
      retryAfter: 30,
      message: 'Too many requests: retry in 30 s.',
    });
  });

  it('maps a 5xx with an HTML page to kind server, leaving the page out of the messages', async () => {
    server.answer(() => ({ status: 503, headers: { 'content-type': 'text/html' }, body: '<html><h1>503 Service Unavailable</h1></html>' }));
    const error = await failedCreate();
    expect(error).toMatchObject({ kind: 'server', status: 503, formErrors: [], message: 'Polar had a problem (503): try again later.' });
  });
});

describe('createFetchClient’s other failures', () => {
  it('maps a 4xx body that is not JSON to its status’s kind', async () => {
    server.answer(() => ({ status: 404, headers: { 'content-type': 'text/plain' }, body: 'no such route' }));
    expect(await fetchClientCreateError()).toMatchObject({ kind: 'not_found', status: 404, formErrors: [] });
  });

  it('maps a 2xx that is not JSON to kind invalid_response', async () => {
    server.answer(() => ({ status: 200, headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>Shop</title>' }));
    expect(await fetchClientCreateError()).toMatchObject({
      kind: 'invalid_response',
      status: 200,
      message: 'Polar sent a response that cannot be read. Expected a JSON object.',
    });
  });

  it('maps a 400 BadRequest to kind validation with its detail', async () => {
    answerJson(400, { error: 'BadRequest', detail: 'The discount is not valid for this currency.' });
    expect(await fetchClientCreateError()).toMatchObject({
      kind: 'validation',
      status: 400,
      formErrors: ['The discount is not valid for this currency.'],
      message: 'Polar rejected the request.',
    });
  });
});

describe('@polar-sh/sdk’s transport failures', () => {
  it('maps the SDK’s own timeout (a PolarNetworkError) to kind timeout', async () => {
    server.answer(() => ({ stallMs: 2_000 }));
    const sdk = createPolar({ accessToken: 'polar_oat_test_only', baseUrl: server.baseUrl, timeout: 0.1 });
    const rejection: unknown = await sdk.products.list().catch((error: unknown) => error);
    expect(rejection).toBeInstanceOf(PolarNetworkError);
    expect(toPolarApiError(rejection)).toMatchObject({ kind: 'timeout', cause: rejection });
  });

  it('maps the SDK’s failure to connect to kind network', async () => {
    const closed = createServer();
    await new Promise<void>((listening) => closed.listen(0, '127.0.0.1', listening));
    const { port } = closed.address() as AddressInfo;
    await new Promise((done) => closed.close(done));
    const sdk = createPolar({ accessToken: 'polar_oat_test_only', baseUrl: `http://127.0.0.1:${port}` });
    const rejection: unknown = await sdk.products.list().catch((error: unknown) => error);
    expect(toPolarApiError(rejection)).toMatchObject({ kind: 'network', cause: rejection });
  });
});

describe('@polar-sh/sdk’s error classes', () => {
  it('reads the parsed body of a declared status (HTTPValidationError, ResourceNotFound)', () => {
    const invalid = new errors.HTTPValidationError(422, {
      detail: [{ loc: ['body', 'CheckoutLinkCreateProductPrice', 'product_price_id'], msg: 'Field required', type: 'missing' }],
    });
    expect(toPolarApiError(invalid)).toMatchObject({
      kind: 'validation',
      status: 422,
      fieldErrors: { product_price_id: ['Field required'] },
      message: 'Polar rejected 1 field.',
      cause: invalid,
    });

    const missing = new errors.ResourceNotFound(404, { error: 'ResourceNotFound', detail: 'Not found' });
    expect(toPolarApiError(missing)).toMatchObject({ kind: 'not_found', status: 404, formErrors: ['Not found'] });
  });

  it('parses the raw text a PolarClientError keeps for undeclared statuses', () => {
    const unauthorized = new PolarClientError(401, JSON.stringify({ error: 'Unauthorized', detail: 'Token expired.' }));
    expect(toPolarApiError(unauthorized)).toMatchObject({ kind: 'unauthorized', status: 401, formErrors: ['Token expired.'] });
    expect(toPolarApiError(new PolarClientError(403, 'Client error'))).toMatchObject({ kind: 'forbidden', formErrors: [] });
  });

  it('takes retryAfter from PolarRateLimitError, when it has one', () => {
    expect(toPolarApiError(new PolarRateLimitError(429, 12))).toMatchObject({
      kind: 'rate_limited',
      status: 429,
      retryAfter: 12,
      message: 'Too many requests: retry in 12 s.',
    });
    const withoutHeader = toPolarApiError(new PolarRateLimitError(429, null));
    expect(withoutHeader.retryAfter).toBeUndefined();
    expect(withoutHeader.message).toBe('Too many requests: retry in a moment.');
    // The SDK parseInt()s the header, so an HTTP date arrives as NaN.
    expect(toPolarApiError(new PolarRateLimitError(429, Number.NaN)).retryAfter).toBeUndefined();
  });

  it('reads the status of a PolarServerError from its message', () => {
    expect(toPolarApiError(new PolarServerError(502, 'Bad Gateway'))).toMatchObject({ kind: 'server', status: 502 });
  });

  it('maps PolarNetworkError to kind network, or timeout when the SDK timed out', () => {
    expect(toPolarApiError(new PolarNetworkError('fetch failed')).kind).toBe('network');
    expect(toPolarApiError(new PolarNetworkError('The operation was aborted due to timeout')).kind).toBe('timeout');
    expect(toPolarApiError(new PolarNetworkError('signal timed out')).kind).toBe('timeout');
  });
});

describe('other values', () => {
  it('returns a PolarApiError as it is', () => {
    const error = new PolarApiError('not_found', 'Gone.', { status: 404 });
    expect(toPolarApiError(error)).toBe(error);
  });

  it('rebuilds a PolarApiError of another copy of the package with the same fields', () => {
    class OtherCopyPolarApiError extends Error {
      override readonly name = 'PolarApiError';
      readonly kind = 'validation';
      readonly status = 422;
      readonly fieldErrors = { label: ['Too long.'] };
      readonly formErrors = [];
      readonly retryAfter = undefined;
    }
    const converted = toPolarApiError(new OtherCopyPolarApiError('Polar rejected 1 field.'));
    expect(converted).toBeInstanceOf(PolarApiError);
    expect(converted).toMatchObject({ kind: 'validation', status: 422, fieldErrors: { label: ['Too long.'] }, message: 'Polar rejected 1 field.' });
  });

  it('maps DOMExceptions named AbortError and TimeoutError', () => {
    expect(toPolarApiError(new DOMException('Aborted.', 'AbortError'))).toMatchObject({ kind: 'aborted', message: 'The request was cancelled.' });
    expect(toPolarApiError(new DOMException('Timed out.', 'TimeoutError'))).toMatchObject({ kind: 'timeout', message: 'Polar did not answer in time.' });
  });

  it('maps fetch’s TypeError and anything unknown to kind network, keeping the original as cause', () => {
    const failed = new TypeError('fetch failed');
    expect(toPolarApiError(failed)).toMatchObject({ kind: 'network', cause: failed });
    expect(toPolarApiError('a string')).toMatchObject({ kind: 'network', cause: 'a string' });
    expect(toPolarApiError(undefined).kind).toBe('network');
  });
});
