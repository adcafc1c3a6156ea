import { CHECKOUT_ID_PLACEHOLDER } from '../../contract';

/** The query parameter Polar fills with the checkout's ID when it redirects to the success URL. */
export const CHECKOUT_ID_PARAM = `checkout_id=${CHECKOUT_ID_PLACEHOLDER}`;

/**
 * `url` with `checkout_id={CHECKOUT_ID}` added to its query: after `?` when it has none, after `&`
 * when it has one, before any `#fragment`. A URL that already carries the placeholder is returned as is.
 */
export function withCheckoutIdParam(url: string): string {
  if (url.includes(CHECKOUT_ID_PLACEHOLDER)) return url;
  const hashAt = url.indexOf('#');
  const base = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}${CHECKOUT_ID_PARAM}${fragment}`;
}
