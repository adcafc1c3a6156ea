import { operations as allOperations } from '../client/operations';
import type { PolarOperation } from '../client/PolarClient';
import { withDeadline } from './deadline';
import { refusalOf } from './hostAnswer';
import { parseJsonObject } from './parseJsonObject';
import { ProxyRefusal, badRequest, proxyHeaders } from './ProxyRefusal';
import { readBody } from './readBody';
import { forwardedQuery, matchRoute, routes, upstreamPath } from './routes';

/**
 * What `authorize` answers: `true` forwards the request, `false` refuses it with 401, a `Response`
 * (a 403, a redirect to sign in) is sent instead. Nothing else lets a request through.
 */
export type PolarProxyAuthorization = boolean | Response;

/** One line for the host's log, written once per request. It never holds the access token. */
export interface PolarProxyLogEntry {
  method: string;
  /** The path as received, query excluded. */
  path: string;
  /** The operation the request matched, if it matched one. */
  operation?: PolarOperation;
  /** The status sent; 499 when the client hung up first (nothing more was forwarded, and a call to Polar was aborted). */
  status: number;
  /** Why the proxy answered itself (a refusal, a timeout); absent when Polar answered. */
  detail?: string;
  /** The exception behind a 5xx, e.g. the TypeError naming what a faulty `authorize` returned. */
  error?: unknown;
}

export interface PolarProxyOptions {
  /** The Organization Access Token, or a function that returns it for each request (e.g. per merchant). Never sent to the browser. */
  accessToken: string | ((request: Request) => string | Promise<string>);
  /** Which Polar to forward to: `production` (https://api.polar.sh, the default) or `sandbox` (https://sandbox-api.polar.sh). */
  environment?: 'production' | 'sandbox';
  /** Forward to this origin instead of `environment` (e.g. a test server). */
  baseUrl?: string;
  /** Where the proxy is mounted; the browser's `createFetchClient({ baseUrl })` must use the same path. Default `/api/polar`. */
  pathPrefix?: string;
  /** The operations to forward; others answer 405 (or 404 when no method is left on a path). Default: all nine. */
  operations?: readonly PolarOperation[];
  /**
   * The host's own session check, required: it runs once the request line and headers name an
   * operation, before a byte of the body is read. Only `true` forwards the request; `false` answers
   * 401; a `Response` is sent as it is, with `cache-control: no-store`. Anything else (`undefined`
   * from an async function that forgot to `return`, `null`, a string) answers 500 and the log entry
   * names it. To forward every request unchecked, say so: `authorize: () => true`. It must not
   * read the request body.
   */
  authorize: (request: Request) => PolarProxyAuthorization | Promise<PolarProxyAuthorization>;
  /** Sent as the `Polar-Version` header, e.g. `2026-10`. */
  polarVersion?: string;
  /** Seconds to wait for Polar before answering 504. Default 30. */
  timeout?: number;
  /** Seconds the request body may take to arrive once authorized, before the proxy answers 408. Default 10. */
  bodyTimeout?: number;
  /** Seconds `authorize`, and an `accessToken` function, may each take before the proxy answers 503. Default 5. */
  callbackTimeout?: number;
  /** Largest request body accepted, in bytes. Default 64 KiB. */
  maxBodyBytes?: number;
  /** The fetch used to reach Polar. Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Called once per request with what happened. */
  log?: (entry: PolarProxyLogEntry) => void;
}

/** A fetch-standard route handler: Next.js route handlers, Hono, Remix, Bun and Deno take it as it is. */
export type PolarProxyHandler = (request: Request) => Promise<Response>;

const baseUrls = { production: 'https://api.polar.sh', sandbox: 'https://sandbox-api.polar.sh' };
// Longer targets are no request the client makes; refusing them bounds the work below.
const MAX_TARGET_LENGTH = 4096;
const methodOverrides = ['x-http-method-override', 'x-http-method', 'x-method-override'];
const jsonContentType = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;
// A token goes into a header: anything outside visible ASCII would make Headers throw an error that quotes it.
const headerSafe = /^[\x21-\x7e]+$/;

// setTimeout fires at once for delays past 2^31 - 1 ms (about 24.8 days).
const MAX_SECONDS = 2147483;

/** Throws at creation, naming the option, unless `ok`. */
const must = (ok: unknown, message: string) => {
  if (!ok) throw new TypeError(`createPolarProxy: ${message}.`);
};
const got = (value: unknown) => `; got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;

const clientGone = () => new ProxyRefusal(499, 'ClientClosedRequest', 'The client went away.');
const unavailable = (detail: string) => () => new ProxyRefusal(503, 'ServiceUnavailable', detail);

/**
 * The route on the host's server that adds the Polar token. It forwards only the nine operations of
 * `PolarClient`, with their documented query parameters and a JSON body it has re-serialised, and
 * sends none of the incoming headers: Polar sees the bearer token, `Accept`, `Content-Type` and
 * `Polar-Version`, nothing else. Everything else is refused before anything reaches Polar.
 * Options are checked here: a wrong one throws, naming it, when the server starts.
 */
export function createPolarProxy(options: PolarProxyOptions): PolarProxyHandler {
  const { accessToken, authorize, environment = 'production', maxBodyBytes = 64 * 1024 } = options;
  must(typeof authorize === 'function', 'authorize must be a function; pass `authorize: () => true` to forward every request unchecked');
  must(
    typeof accessToken === 'function' || (typeof accessToken === 'string' && headerSafe.test(accessToken)),
    'accessToken must be a non-empty token of visible ASCII characters, or a function that returns one',
  );
  must(Object.hasOwn(baseUrls, environment), `environment must be 'production' or 'sandbox'${got(environment)}`);
  must(Number.isSafeInteger(maxBodyBytes) && maxBodyBytes > 0, `maxBodyBytes must be a whole number of bytes above 0${got(maxBodyBytes)}`);
  for (const operation of options.operations ?? []) {
    must(Object.hasOwn(allOperations, operation), `operations holds no operation of PolarClient${got(operation)}`);
  }
  const seconds = (name: 'timeout' | 'bodyTimeout' | 'callbackTimeout', fallback: number) => {
    const value = options[name] ?? fallback;
    must(
      typeof value === 'number' && value > 0 && value <= MAX_SECONDS,
      `${name} must be a number of seconds above 0 and at most ${MAX_SECONDS}${got(value)}`,
    );
    return value * 1000;
  };
  const timeoutMs = seconds('timeout', 30);
  const bodyMs = seconds('bodyTimeout', 10);
  const callbackMs = seconds('callbackTimeout', 5);
  const baseUrl = (options.baseUrl ?? baseUrls[environment]).replace(/\/+$/, '');
  const prefix = (options.pathPrefix ?? '/api/polar').replace(/\/+$/, '');
  const enabled = routes.filter(({ operation }) => options.operations?.includes(operation) ?? true);

  async function forward(request: Request, url: URL, entry: PolarProxyLogEntry): Promise<Response> {
    // Decided from the request line and the headers alone: nothing of the body is read before authorize says true.
    if (url.pathname.length + url.search.length > MAX_TARGET_LENGTH) {
      throw new ProxyRefusal(414, 'URITooLong', `The path and query can be at most ${MAX_TARGET_LENGTH} characters.`);
    }
    if (methodOverrides.some((name) => request.headers.has(name)) || url.searchParams.has('_method')) {
      throw badRequest('Method overrides are not accepted.');
    }
    const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : '';
    const { route, id } = matchRoute(enabled, request.method, path);
    entry.operation = route.operation;
    const query = forwardedQuery(route, url.searchParams);

    const verdict = await withDeadline(authorize(request), callbackMs, unavailable('The session check did not answer in time.'));
    const refusal = await refusalOf(verdict);
    if (refusal) return refusal;

    let body: string | undefined;
    if (route.method === 'POST' || route.method === 'PATCH') {
      if (!jsonContentType.test(request.headers.get('content-type') ?? '')) {
        throw new ProxyRefusal(415, 'UnsupportedMediaType', 'The body must be sent as application/json.');
      }
      // Re-serialised, so Polar parses exactly what was checked here (no duplicate keys, no BOM).
      body = JSON.stringify(parseJsonObject(await readBody(request, maxBodyBytes, bodyMs)));
    } else if (await readBody(request, maxBodyBytes, bodyMs)) {
      throw badRequest(`${route.method} requests take no body.`);
    }

    if (request.signal.aborted) throw clientGone();
    const token =
      typeof accessToken === 'function'
        ? await withDeadline(accessToken(request), callbackMs, unavailable('The access token did not come in time.'))
        : accessToken;
    if (typeof token !== 'string' || !headerSafe.test(token)) {
      throw new ProxyRefusal(500, 'InternalServerError', 'The proxy has no valid Polar access token.');
    }
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.polarVersion) headers['polar-version'] = options.polarVersion;

    // Aborted by the timeout, which also bounds the relayed body, or when the client goes away.
    const timeout = AbortSignal.timeout(timeoutMs);
    const upstreamCall = new AbortController();
    for (const signal of [timeout, request.signal]) {
      signal.addEventListener('abort', () => upstreamCall.abort(signal.reason), { once: true });
    }
    if (request.signal.aborted) throw clientGone();
    const search = String(query) && `?${query}`;
    let upstream: Response;
    try {
      // Redirects are not followed: the token goes to Polar's origin and nowhere else.
      upstream = await (options.fetch ?? fetch)(baseUrl + upstreamPath(route, id) + search, {
        method: route.method,
        headers,
        body,
        redirect: 'manual',
        signal: upstreamCall.signal,
      });
    } catch (error) {
      throw timeout.aborted
        ? new ProxyRefusal(504, 'GatewayTimeout', 'Polar did not answer in time.', {}, error)
        : request.signal.aborted
          ? clientGone()
          : new ProxyRefusal(502, 'BadGateway', 'Polar could not be reached.', {}, error);
    }
    return relay(upstream);
  }

  return async (request) => {
    const url = new URL(request.url);
    const entry: PolarProxyLogEntry = { method: request.method, path: url.pathname, status: 0 };
    let response: Response;
    try {
      response = await forward(request, url, entry);
    } catch (caught) {
      // Once the client has gone, whatever failed after (most often the body it never finished) is its going.
      const refusal = request.signal.aborted
        ? clientGone()
        : caught instanceof ProxyRefusal
          ? caught
          : new ProxyRefusal(500, 'InternalServerError', 'The proxy could not handle the request.', {}, caught);
      entry.detail = refusal.detail;
      if (refusal.cause !== undefined) entry.error = refusal.cause;
      response = refusal.toResponse();
    }
    entry.status = response.status;
    try {
      options.log?.(entry);
    } catch {
      // A failing logger must not turn an answer into an error.
    }
    return response;
  };
}

/** Polar's answer as the browser gets it: status, JSON body and `Retry-After`; no other upstream header. */
function relay(upstream: Response): Response {
  const headers = proxyHeaders();
  const retryAfter = upstream.headers.get('retry-after');
  if (retryAfter) headers['retry-after'] = retryAfter;
  const isJson = /\bjson\b/i.test(upstream.headers.get('content-type') ?? '');
  const isRedirect = upstream.status >= 300 && upstream.status < 400;
  if (isJson && !isRedirect && upstream.status !== 204) {
    return new Response(upstream.body, { status: upstream.status, headers });
  }
  void upstream.body?.cancel().catch(() => {});
  if (upstream.status === 204) return new Response(null, { status: 204, headers });
  // Whatever Polar's edge sent instead of JSON (an HTML error page, a redirect) stays on the server.
  const status = upstream.status >= 400 ? upstream.status : 502;
  return new ProxyRefusal(status, 'UpstreamError', `Polar answered ${upstream.status} without JSON.`, headers).toResponse();
}
