import type { CheckoutLink, CheckoutLinkListQuery, Discount, DiscountListQuery, ListResource, Product, ProductListQuery } from '../contract';
import { operations } from './operations';
import type { CallOptions, PolarClient, PolarOperation } from './PolarClient';
import type { PolarResponseError } from './PolarResponseError';
import { buildUrl } from './buildUrl';
import { parseRetryAfter, retryDelay } from './retryPolicy';

/** Options of `createFetchClient`. */
export interface FetchClientOptions {
  /**
   * Where Polar's API is: in the browser, the host's own backend route that adds the token, e.g.
   * `/api/polar` (fetch resolves a relative URL against the page); on a server,
   * `https://api.polar.sh` or `https://sandbox-api.polar.sh`. Paths such as `/v1/products/` are
   * appended to it.
   */
  baseUrl: string;
  /** The fetch to send requests with; the global `fetch` by default. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /**
   * Headers for every request, or a function (sync or async) called before each request, e.g. to
   * add a CSRF token, or `Authorization: Bearer …` where the client runs on a server. Never put an
   * access token in browser code: Polar revokes tokens that leak.
   */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Sent as the `Polar-Version` header, e.g. `'2026-10'`; without it Polar uses its default. */
  polarVersion?: string;
  /** Seconds a call may take, retries included, before it fails with a timeout. 30 by default. */
  timeout?: number;
}

/**
 * A `PolarClient` on top of `fetch`: JSON bodies, GETs retried on 429 and 503 as `Retry-After`
 * says (at most twice, never past the timeout), POST, PATCH and DELETE never retried.
 *
 * Like fetch and `@polar-sh/sdk`, a call rejects with what happened: a `PolarResponseError` for a
 * response it cannot use, a `DOMException` named `AbortError` when the caller's signal aborts
 * (whatever its reason) or `TimeoutError` when the timeout passes, fetch's `TypeError` when Polar
 * cannot be reached. `toPolarApiError` turns each into a `PolarApiError`; the hooks do so already.
 *
 * Of a 2xx response it checks only that the body is a JSON object, which keeps it near 1.3 KB
 * gzipped; the full check against the contract's schemas (which need zod) is a separate wrapper,
 * `withResponseValidation(createFetchClient(…))`, which `CheckoutLinksProvider` applies by default.
 */
export function createFetchClient(options: FetchClientOptions): PolarClient {
  const { baseUrl, fetch: customFetch, headers, polarVersion, timeout: defaultTimeout = 30 } = options;
  const base = baseUrl.replace(/\/+$/, '');

  async function request<T>(
    operation: PolarOperation,
    { signal, timeout = defaultTimeout }: CallOptions = {},
    id?: string,
    body?: unknown,
    query?: object,
  ): Promise<T> {
    const [method, path] = operations[operation].split(' ') as [string, string];
    const ms = timeout * 1000;
    const deadline = Date.now() + ms;
    // One controller per call, aborted by its timer or by the caller's signal, and disarmed when the
    // call settles. AbortSignal.timeout would keep its timer, and in Node its signal, alive for the
    // whole timeout after the call; AbortSignal.any costs more still.
    const controller = new AbortController();
    const { signal: callSignal } = controller;
    const abort = () => controller.abort();
    const timer = setTimeout(abort, ms);
    signal?.addEventListener('abort', abort);
    if (signal?.aborted) abort();
    try {
      for (let retries = 0; ; retries++) {
        const init = new Headers(typeof headers === 'function' ? await headers() : headers);
        if (polarVersion) init.set('Polar-Version', polarVersion);
        if (body) init.set('Content-Type', 'application/json');
        const response = await (customFetch ?? fetch)(buildUrl(base, path.replace('{id}', encodeURIComponent(id!)), query), {
          method,
          headers: init,
          body: JSON.stringify(body),
          signal: callSignal,
        });
        if (response.status === 204) return undefined as T;
        // JSON, or the raw text when it is not JSON (a gateway's HTML page, a proxy's plain text).
        let data: unknown = await response.text();
        try {
          data = JSON.parse(data as string);
        } catch {
          // Not JSON: the text is what the status comes with.
        }
        if (response.ok && data instanceof Object) return data as T;
        const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
        const delay = retryDelay(method, response.status, retryAfter, retries, deadline);
        if (delay === undefined) {
          const rejection: PolarResponseError = Object.assign(new Error(`Polar answered ${response.status}.`), {
            name: 'PolarResponseError' as const,
            status: response.status,
            body: data,
            retryAfter,
          });
          throw rejection;
        }
        await new Promise((resolve, reject) => {
          setTimeout(resolve, delay);
          callSignal.addEventListener('abort', reject);
        });
      }
    } catch (error) {
      // Whatever reason the caller aborted with, the rejection names it an abort; the controller
      // aborted otherwise only when the timer fired.
      throw signal?.aborted
        ? new DOMException('The request was cancelled.', 'AbortError')
        : callSignal.aborted
          ? new DOMException('The request timed out.', 'TimeoutError')
          : error;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
  }

  return {
    checkoutLinks: {
      create: (body, call) => request('checkoutLinks.create', call, undefined, body),
      list: (query, call) => request('checkoutLinks.list', call, undefined, undefined, query),
      get: (id, call) => request('checkoutLinks.get', call, id),
      update: (id, body, call) => request('checkoutLinks.update', call, id, body),
      delete: (id, call) => request('checkoutLinks.delete', call, id),
    },
    products: {
      list: (query, call) => request('products.list', call, undefined, undefined, query),
      get: (id, call) => request('products.get', call, id),
    },
    discounts: {
      list: (query, call) => request('discounts.list', call, undefined, undefined, query),
      get: (id, call) => request('discounts.get', call, id),
    },
  };
}
