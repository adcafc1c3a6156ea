/**
 * A response `createFetchClient` cannot use: a non-2xx status, or a 2xx body that is not a JSON
 * object. It carries the response as received; `toPolarApiError` turns it into a `PolarApiError`
 * with its field and form errors.
 */
export interface PolarResponseError extends Error {
  name: 'PolarResponseError';
  /** The HTTP status. */
  status: number;
  /** The body as JSON, or its text when it is not JSON (e.g. a gateway's HTML page). */
  body: unknown;
  /** Seconds from the `Retry-After` header, when it had one. */
  retryAfter?: number;
}
