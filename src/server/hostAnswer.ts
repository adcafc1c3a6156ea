import { ProxyRefusal } from './ProxyRefusal';

/**
 * What `authorize` decided, as the proxy acts on it: `true` forwards (`undefined` here), `false`
 * refuses with 401, a Response is sent instead (recognised by its shape, so that one from another
 * realm, a second copy of undici or a polyfill counts); anything else is the host's mistake, a 500
 * whose logged error names what came back.
 */
export async function refusalOf(verdict: unknown): Promise<Response | undefined> {
  if (verdict === true) return undefined;
  if (verdict === false) throw new ProxyRefusal(401, 'Unauthorized', 'Sign in to continue.');
  if (isResponse(verdict)) return hostAnswer(verdict);
  const mistake = new TypeError(
    `authorize returned ${describe(verdict)}; return true to forward the request, false to answer 401, or a Response to send.`,
  );
  throw new ProxyRefusal(500, 'InternalServerError', 'The proxy could not handle the request.', {}, mistake);
}

const isResponse = (value: unknown): value is Response =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Response).status === 'number' &&
  typeof (value as Response).headers?.forEach === 'function' &&
  typeof (value as Response).arrayBuffer === 'function';

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (value === undefined) return 'undefined (does an async authorize miss a return?)';
  return Object(value) === value ? 'an object that is not a Response' : String(value);
}

/** The host's Response, copied into this realm's, with `cache-control: no-store` whatever it said. */
async function hostAnswer(answer: Response): Promise<Response> {
  const headers = new Headers();
  answer.headers.forEach((value, name) => headers.append(name, value));
  headers.set('cache-control', 'no-store');
  const body = [204, 205, 304].includes(answer.status) ? null : await answer.arrayBuffer();
  return new Response(body, { status: answer.status, statusText: answer.statusText, headers });
}
