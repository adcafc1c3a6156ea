/** A GET is retried at most this many times. */
export const MAX_RETRIES = 2;

/** Seconds to wait before retrying when a 429 or 503 carries no `Retry-After`. */
const DEFAULT_RETRY_AFTER = 1;

/** Seconds from a `Retry-After` header, which holds either seconds or an HTTP date. */
export function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = isNaN(+header) ? (Date.parse(header) - Date.now()) / 1000 : +header;
  return isNaN(seconds) ? undefined : Math.max(0, Math.ceil(seconds));
}

/**
 * Milliseconds to wait before sending a request again, or `undefined` when it must fail now. Only
 * GETs are retried (a repeated POST could create a second link), only on 429 and 503, and never
 * past the call's deadline: a wait that would end after it fails now with the 429/503 instead.
 */
export function retryDelay(
  method: string,
  status: number,
  retryAfter: number | undefined,
  retries: number,
  deadline: number,
): number | undefined {
  if (method !== 'GET' || (status !== 429 && status !== 503) || retries >= MAX_RETRIES) return undefined;
  const delay = (retryAfter ?? DEFAULT_RETRY_AFTER) * 1000;
  return Date.now() + delay < deadline ? delay : undefined;
}
