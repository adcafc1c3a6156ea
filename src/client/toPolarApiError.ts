import { PolarApiError } from './PolarApiError';
import { createPolarApiError } from './createPolarApiError';
import { errorFromResponse } from './errorFromResponse';

/** The fields read from a rejection, whatever produced it. */
interface Rejection {
  name?: unknown;
  message?: unknown;
  /** `PolarResponseError` (createFetchClient). */
  status?: unknown;
  body?: unknown;
  /** `PolarClientError` and its subclasses (`@polar-sh/sdk`). */
  statusCode?: unknown;
  error?: unknown;
  retryAfter?: unknown;
  /** A `PolarApiError` of another copy of this package (its ESM and CJS builds both loaded). */
  kind?: unknown;
}

/**
 * Turns whatever a `PolarClient` rejected with into the one error type the UI handles:
 *
 * - a `PolarApiError` is returned as is (the memory client throws those);
 * - `createFetchClient`'s `PolarResponseError`: by status and body (422 field errors, 401/403/404
 *   messages, 429 with `Retry-After`, 5xx; a 2xx that is not JSON is `invalid_response`);
 * - `@polar-sh/sdk` 1.x errors, recognised by name and shape so the SDK is never imported:
 *   `PolarClientError` and its subclasses (`statusCode` and the parsed or raw body in `error`),
 *   `PolarRateLimitError` (`retryAfter`), `PolarServerError` (status read from its message),
 *   `PolarNetworkError` (kind `timeout` when its cause was the SDK's timeout);
 * - a `DOMException` named `AbortError` is `aborted`, `TimeoutError` is `timeout`;
 * - anything else, fetch's `TypeError` first of all, is `network`. The original is the `cause`.
 */
export function toPolarApiError(error: unknown): PolarApiError {
  if (error instanceof PolarApiError) return error;
  const rejection: Rejection = typeof error === 'object' && error !== null ? error : {};
  const { name, status, statusCode } = rejection;
  const message = typeof rejection.message === 'string' ? rejection.message : '';
  const retryAfter = typeof rejection.retryAfter === 'number' && rejection.retryAfter >= 0 ? rejection.retryAfter : undefined;

  if (name === 'PolarApiError' && typeof rejection.kind === 'string') {
    const copy = error as PolarApiError;
    return new PolarApiError(copy.kind, copy.message, copy);
  }
  if (name === 'PolarResponseError' && typeof status === 'number') {
    return errorFromResponse(status, rejection.body, retryAfter, error);
  }
  if (typeof statusCode === 'number') return errorFromResponse(statusCode, rejection.error, retryAfter, error);
  switch (name) {
    case 'AbortError':
      return createPolarApiError('aborted', { cause: error });
    case 'TimeoutError':
      return createPolarApiError('timeout', { cause: error });
    case 'PolarServerError': {
      // "Polar API returned a server error: 503 - Service Unavailable"
      const serverStatus = /error: (\d{3})\b/.exec(message)?.[1];
      return createPolarApiError('server', { status: serverStatus ? Number(serverStatus) : undefined, cause: error });
    }
    case 'PolarNetworkError':
      // The SDK reports its own timeout as a network error: "… aborted due to timeout" (Node),
      // "signal timed out" (Chromium), "The operation timed out." (Firefox, Safari).
      return createPolarApiError(/timed? ?out|timeout/i.test(message) ? 'timeout' : 'network', { cause: error });
  }
  return createPolarApiError('network', { cause: error });
}
