import type { PolarOperation } from '../client/PolarClient';
import { parseJsonObject } from './parseJsonObject';
import { ProxyRefusal, badRequest, proxyHeaders } from './ProxyRefusal';
import { readBody } from './readBody';
import { forwardedQuery, matchRoute, routes, upstreamPath } from './routes';

/** What `authorize` answers: `false` refuses with 401, a `Response` is sent as it is (a 403, a redirect), `true` or nothing lets the request through. */
export type PolarProxyAuthorization = boolean | Response | undefined | void;

/** One line for the host's log, written once per request. It never holds the access token. */
export interface PolarProxyLogEntry {
  method: string;
  /** The path as received, query excluded. */
  path: string;
  /** The operation the request matched, if it matched one. */
  operation?: PolarOperation;
  status: number;
  /** Why the proxy answered itself (a refusal, a timeout); absent when Polar answered. */
  detail?: string;
  /** The exception behind a 500, 502 or 504. */
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
   * The host's own session check, run after the request is recognised and before its body is read or
   * anything is forwarded. It must not read the request body.
   */
  authorize?: (request: Request) => PolarProxyAuthorization | Promise<PolarProxyAuthorization>;
  /** Sent as the `Polar-Version` header, e.g. `2026-10`. */
  polarVersion?: string;
  /** Seconds to wait for Polar before answering 504. Default 30. */
  timeout?: number;
  /** Largest request body accepted, in bytes. Default 64 KiB. */
  maxBodyBytes?: number;
  /** The fetch used to reach Polar. Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Called once per request with what happened. */
  log?: (entry: PolarProxyLogEntry) => void;
}

/** A fetch-standard route handler: Next.js route handlers, Hono, Remix, Bun and Deno take it as it is. */
export type PolarProxyHandler = (request: Request) => Promise<Response>;

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

const baseUrls = { production: 'https://api.polar.sh', sandbox: 'https://sandbox-api.polar.sh' };
// Longer targets are no request the client makes; refusing them bounds the work below.
const MAX_TARGET_LENGTH = 4096;
const methodOverrides = ['x-http-method-override', 'x-http-method', 'x-method-override'];
const jsonContentType = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;
// A token goes into a header: anything outside visible ASCII would make Headers throw an error that quotes it.
const headerSafe = /^[\x21-\x7e]+$/;

/**
 * The route on the host's server that adds the Polar token. It forwards only the nine operations of
 * `PolarClient`, with their documented query parameters and a JSON body it has re-serialised, and
 * sends none of the incoming headers: Polar sees the bearer token, `Accept`, `Content-Type` and
 * `Polar-Version`, nothing else. Everything else is refused before anything reaches Polar.
 */
export function createPolarProxy(options: PolarProxyOptions): PolarProxyHandler {
  const baseUrl = (options.baseUrl ?? baseUrls[options.environment ?? 'production']).replace(/\/+$/, '');
  const prefix = (options.pathPrefix ?? '/api/polar').replace(/\/+$/, '');
  const enabled = routes.filter(({ operation }) => options.operations?.includes(operation) ?? true);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  async function forward(request: Request, url: URL, entry: PolarProxyLogEntry): Promise<Response> {
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

    const verdict = await options.authorize?.(request);
    if (verdict === false) throw new ProxyRefusal(401, 'Unauthorized', 'Sign in to continue.');
    if (verdict instanceof Response) return verdict;

    let body: string | undefined;
    if (route.method === 'POST' || route.method === 'PATCH') {
      if (!jsonContentType.test(request.headers.get('content-type') ?? '')) {
        throw new ProxyRefusal(415, 'UnsupportedMediaType', 'The body must be sent as application/json.');
      }
      // Re-serialised, so Polar parses exactly what was checked here (no duplicate keys, no BOM).
      body = JSON.stringify(parseJsonObject(await readBody(request, maxBodyBytes)));
    } else if (await readBody(request, maxBodyBytes)) {
      throw badRequest(`${route.method} requests take no body.`);
    }

    const token = typeof options.accessToken === 'function' ? await options.accessToken(request) : options.accessToken;
    if (!token || !headerSafe.test(token)) {
      throw new ProxyRefusal(500, 'InternalServerError', 'The proxy has no valid Polar access token.');
    }
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (options.polarVersion) headers['polar-version'] = options.polarVersion;

    const send = options.fetch ?? fetch;
    const signal = AbortSignal.timeout((options.timeout ?? 30) * 1000);
    const search = String(query) && `?${query}`;
    let upstream: Response;
    try {
      // Redirects are not followed: the token goes to Polar's origin and nowhere else.
      upstream = await send(baseUrl + upstreamPath(route, id) + search, {
        method: route.method,
        headers,
        body,
        redirect: 'manual',
        signal,
      });
    } catch (error) {
      throw signal.aborted
        ? new ProxyRefusal(504, 'GatewayTimeout', 'Polar did not answer in time.', {}, error)
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
      const refusal =
        caught instanceof ProxyRefusal
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
