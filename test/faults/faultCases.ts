import type { PolarApiErrorKind } from '../../src/client';
import type { Fault } from './faultyUpstream';

/** How a call ends: the error it rejects with, or none when it succeeds. */
export interface ExpectedError {
  kind: PolarApiErrorKind;
  status?: number;
  retryAfter?: number;
  /** The `PolarApiError`'s message, exactly: what a host that logs or shows it gets. */
  message: string;
}

/** What one call (a GET or a POST) leads to while the fault lasts. */
export interface ExpectedCall {
  /** Requests that reach the upstream: retries show here. */
  requests: number;
  /** The least time the call takes, in seconds: the waits `Retry-After` asks for between retries. */
  waits?: number;
  /** `undefined`: the call succeeds (a retry got through). */
  error?: ExpectedError;
}

/** What the client sees, called directly against the upstream or through `createPolarProxy`. */
export interface Expected {
  get: ExpectedCall;
  post: ExpectedCall;
}

export interface FaultCase {
  name: string;
  fault: Fault;
  /** How many requests of each method misbehave; every one by default. */
  times?: number;
  /** The client's timeout, in seconds. */
  timeout: number;
  direct: Expected;
  proxied: Expected;
}

/** How the client reaches the faulty upstream; `key` names the expectations of a `FaultCase` that apply. */
export interface FaultRoute {
  name: string;
  key: keyof Pick<FaultCase, 'direct' | 'proxied'>;
}

export const faultRoutes: FaultRoute[] = [
  { name: 'called directly (as on a server, with the token)', key: 'direct' },
  { name: 'through createPolarProxy (as in a browser)', key: 'proxied' },
];

/** The proxy's own wait for Polar, in seconds: shorter than the stalling case's client timeout. */
export const PROXY_TIMEOUT = 2;
/** The client's timeout for the cases that do not test it. */
const TIMEOUT = 5;
/** Long enough for one retry after a one-second wait, too short for a second. */
const ONE_RETRY_TIMEOUT = 1.8;

const MB = 1024 * 1024;

/** An answer labelled JSON, with `text` as its body whatever it holds. */
const jsonText = (status: number, text: string, headers: Record<string, string> = {}): Fault => ({
  type: 'answer',
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: text,
});
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => jsonText(status, JSON.stringify(body), headers);
const html = (status: number, body: string): Fault => ({ type: 'answer', status, headers: { 'content-type': 'text/html; charset=utf-8' }, body });

const gatewayPage = (status: number, filler = '') =>
  `<!DOCTYPE html><html><head><title>${status} Bad Gateway</title></head><body><h1>${status}</h1><p>upstream connect error</p>${filler}</body></html>`;
const listPrefix = '{"items":[{"id":"';

// The message of each kind, as `createPolarApiError` words it.
const network: ExpectedError = { kind: 'network', message: 'Could not reach Polar: check the connection.' };
const timeout: ExpectedError = { kind: 'timeout', message: 'Polar did not answer in time.' };
const unreadable: ExpectedError = { kind: 'invalid_response', status: 200, message: 'Polar sent a response that cannot be read. Expected a JSON object.' };
const server = (status: number, retryAfter?: number): ExpectedError => ({
  kind: 'server',
  status,
  ...(retryAfter === undefined ? {} : { retryAfter }),
  message: `Polar had a problem (${status}): try again later.`,
});
const rateLimited = (retryAfter?: number): ExpectedError => ({
  kind: 'rate_limited',
  status: 429,
  ...(retryAfter === undefined ? {} : { retryAfter }),
  message: `Too many requests: retry in ${retryAfter === undefined ? 'a moment' : `${retryAfter} s`}.`,
});

/** A fault that neither call retries: one request each, the same error for both. */
const once = (error: ExpectedError): Expected => ({ get: { requests: 1, error }, post: { requests: 1, error } });
/**
 * A fault a GET retries `getRequests - 1` times, waiting `wait` seconds each time, then fails with
 * `getError` (or succeeds without one); the POST is sent once.
 */
const retried = (getRequests: number, wait: number, getError: ExpectedError | undefined, postError: ExpectedError): Expected => ({
  get: { requests: getRequests, waits: (getRequests - 1) * wait, error: getError },
  post: { requests: 1, error: postError },
});
const same = (expected: Expected) => ({ direct: expected, proxied: expected });

export const faultCases: FaultCase[] = [
  // The connection fails: the proxy answers 502 in Polar's shape.
  { name: 'connection reset (RST)', fault: { type: 'reset' }, timeout: TIMEOUT, direct: once(network), proxied: once(server(502)) },
  { name: 'connection closed without an answer', fault: { type: 'close' }, timeout: TIMEOUT, direct: once(network), proxied: once(server(502)) },
  // Polar does not answer: the client's timeout, or the proxy's (a 504) when it is shorter.
  { name: 'no answer past the timeout', fault: { type: 'stall' }, timeout: PROXY_TIMEOUT + 1, direct: once(timeout), proxied: once(server(504)) },

  // Server errors: only 503 (and 429) are retried, and only for GETs.
  { name: '500 with a JSON body', fault: json(500, { detail: 'Internal Server Error' }), timeout: TIMEOUT, ...same(once(server(500))) },
  { name: '502 with a gateway’s HTML page', fault: html(502, gatewayPage(502)), timeout: TIMEOUT, ...same(once(server(502))) },
  {
    name: '503 with Retry-After: 0, on every attempt',
    fault: json(503, { detail: 'Service Unavailable' }, { 'retry-after': '0' }),
    timeout: TIMEOUT,
    ...same(retried(3, 0, server(503, 0), server(503, 0))),
  },
  {
    // The default wait is one second; the timeout leaves room for one retry only.
    name: '503 without Retry-After, on every attempt',
    fault: json(503, { detail: 'Service Unavailable' }),
    timeout: ONE_RETRY_TIMEOUT,
    ...same(retried(2, 1, server(503), server(503))),
  },
  {
    name: '503 with Retry-After: 1, once',
    fault: json(503, { detail: 'Service Unavailable' }, { 'retry-after': '1' }),
    times: 1,
    timeout: TIMEOUT,
    ...same(retried(2, 1, undefined, server(503, 1))),
  },
  {
    name: '429 with Retry-After: 0, on every attempt',
    fault: json(429, { error: 'TooManyRequests', detail: 'Rate limit exceeded' }, { 'retry-after': '0' }),
    timeout: TIMEOUT,
    ...same(retried(3, 0, rateLimited(0), rateLimited(0))),
  },
  {
    name: '429 without Retry-After, on every attempt',
    fault: json(429, { error: 'TooManyRequests', detail: 'Rate limit exceeded' }),
    timeout: ONE_RETRY_TIMEOUT,
    ...same(retried(2, 1, rateLimited(), rateLimited())),
  },
  {
    // Waiting 30 s would outlast the 5 s timeout: the GET fails at once, with the wait to show.
    name: '429 with Retry-After: 30',
    fault: json(429, { error: 'TooManyRequests', detail: 'Rate limit exceeded' }, { 'retry-after': '30' }),
    timeout: TIMEOUT,
    ...same(once(rateLimited(30))),
  },

  // Bodies that cannot be read. The proxy relays JSON as it streams, and keeps anything else on
  // the server, answering 502 (or the upstream's error status) itself.
  { name: '200 with malformed JSON', fault: jsonText(200, '{"id": "3f0e4c52-'), timeout: TIMEOUT, ...same(once(unreadable)) },
  {
    name: '200 with an HTML page',
    fault: html(200, '<!DOCTYPE html><html><body><h1>Maintenance</h1></body></html>'),
    timeout: TIMEOUT,
    direct: once(unreadable),
    proxied: once(server(502)),
  },
  { name: 'empty 200', fault: jsonText(200, ''), timeout: TIMEOUT, ...same(once(unreadable)) },
  {
    name: '200 with a 5 MB body that breaks off',
    fault: jsonText(200, listPrefix + 'x'.repeat(5 * MB)),
    timeout: TIMEOUT,
    ...same(once(unreadable)),
  },
  { name: '500 with a 5 MB HTML page', fault: html(500, gatewayPage(500, '<p>trace</p>'.repeat((5 * MB) / 12))), timeout: TIMEOUT, ...same(once(server(500))) },
];
