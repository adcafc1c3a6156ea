// @vitest-environment node
// Hostile requests against createPolarProxy, through its fetch handler (as Next.js, Hono, Bun or Deno
// call it) and over raw TCP through toNodeHandler on a real node:http server (fetch would normalise
// what these requests smuggle). Each must get its exact status, and none may reach the upstream: the
// contract server, which records every request it receives.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPolarProxy, toNodeHandler, type PolarProxyLogEntry, type PolarProxyHandler } from '../../src/server';
import { startContractServer, type ContractServer } from '../contract-server/startContractServer';
import { sendRaw } from './rawHttp';

const TOKEN = 'polar_oat_attack_suite_secret_7f3a9c';
const ORIGIN = 'https://shop.test';
const ID = '3f0e4c52-9a7b-4c1d-8e2f-5a6b7c8d9e0f';
const PRODUCT_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const MERCHANT = 'session=merchant';
const CREATE_BODY = JSON.stringify({ payment_processor: 'stripe', products: [PRODUCT_ID] });
// Headers Node's own fetch adds on the way up; they come from the transport, not from the caller.
const TRANSPORT_HEADERS = ['host', 'connection', 'content-length', 'user-agent', 'accept-encoding', 'accept-language', 'sec-fetch-mode'];

let upstream: ContractServer;
let handler: PolarProxyHandler;
let server: Server;
let port: number;
const logs: PolarProxyLogEntry[] = [];
const answers: string[] = [];

beforeAll(async () => {
  upstream = await startContractServer({ accessToken: TOKEN });
  handler = createPolarProxy({
    accessToken: TOKEN,
    baseUrl: upstream.url,
    // The host's own session check: merchants pass, viewers are forbidden, everyone else must sign in.
    authorize: (request) => {
      const cookie = request.headers.get('cookie');
      if (cookie === MERCHANT) return true;
      if (cookie === 'session=viewer') return Response.json({ error: 'NotPermitted', detail: 'Merchants only.' }, { status: 403 });
      return false;
    },
    log: (entry) => logs.push(entry),
  });
  server = createServer(toNodeHandler(handler));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
  await upstream.stop();
});

interface Attack {
  name: string;
  via: 'fetch' | 'tcp';
  /** Statuses of the responses, in order; `[]` when the server closes without answering. */
  expected: number[];
  send: () => Promise<number[]>;
}

const attacks: Attack[] = [];

/** A request through the fetch handler; it carries the merchant's session unless it sets a cookie itself. */
function viaFetch(name: string, expected: number, path: string, init: RequestInit & { headers?: Record<string, string> } = {}) {
  attacks.push({
    name,
    via: 'fetch',
    expected: [expected],
    send: async () => {
      const request = new Request(ORIGIN + path, { ...init, headers: { cookie: MERCHANT, ...init.headers } } as RequestInit);
      const response = await handler(request);
      answers.push(await response.text(), JSON.stringify([...response.headers]));
      return [response.status];
    },
  });
}

/** Bytes over TCP to toNodeHandler: the request line, header lines and body, sent as they are (UTF-8). */
function viaTcp(name: string, expected: number[], requestLine: string, headers: string[] = [], body: string | Buffer = '') {
  const head = [requestLine, 'Host: shop.test', `Cookie: ${MERCHANT}`, ...headers, 'Connection: close', '', ''].join('\r\n');
  attacks.push({
    name,
    via: 'tcp',
    expected,
    send: async () => {
      const { statuses, text } = await sendRaw(port, Buffer.concat([Buffer.from(head), Buffer.from(body)]));
      answers.push(text);
      return statuses;
    },
  });
}

/** Requests pipelined on one keep-alive connection, sent in one write; only the first may be answered. */
function viaTcpPipelined(name: string, expected: number[], ...requests: [requestLine: string, headers: string[], body?: string][]) {
  const bytes = requests.map(([requestLine, headers, body = '']) => [requestLine, 'Host: shop.test', ...headers, '', body].join('\r\n')).join('');
  attacks.push({
    name,
    via: 'tcp',
    expected,
    send: async () => {
      const { statuses, text } = await sendRaw(port, bytes);
      answers.push(text);
      // A pipelined request that slipped through would reach the upstream just after the close.
      await new Promise((settle) => setTimeout(settle, 100));
      return statuses;
    },
  });
}

const json = (body: string, method = 'POST'): RequestInit & { headers: Record<string, string> } => ({
  method,
  headers: { 'content-type': 'application/json' },
  body,
});

// ── paths that no operation serves ────────────────────────────────────────────────────────────
viaFetch('an endpoint the proxy does not serve (customers)', 404, '/api/polar/v1/customers/');
viaFetch('an organization access token endpoint', 404, '/api/polar/v1/organization-access-tokens/');
viaFetch('a sub-path of an item', 404, `/api/polar/v1/checkout-links/${ID}/secret`);
viaFetch('an item path with a trailing slash', 404, `/api/polar/v1/checkout-links/${ID}/`);
viaFetch('another API version', 404, '/api/polar/v2/checkout-links/');
viaFetch('a path outside the prefix', 404, '/api/other/v1/checkout-links/');
viaFetch('the prefix itself', 404, '/api/polar');
viaFetch('the prefix with a slash', 404, '/api/polar/');
viaFetch('an upper-case resource', 404, '/api/polar/v1/CHECKOUT-LINKS/');
viaFetch('traversal the URL parser resolves out of the prefix', 404, '/api/polar/../../v1/customers/');
viaFetch('encoded traversal the URL parser resolves onto another endpoint', 404, '/api/polar/v1/checkout-links/%2e%2e/customers/');

// ── escapes, dots and look-alikes in the path ─────────────────────────────────────────────────
viaFetch('an encoded slash', 400, '/api/polar/v1%2fcheckout-links/');
viaFetch('an encoded slash in upper case', 400, '/api/polar/v1/checkout-links%2F');
viaFetch('a double-encoded slash', 400, '/api/polar/v1%252fcheckout-links/');
viaFetch('encoded dots inside a segment', 400, '/api/polar/v1/checkout-links/..%2f..%2fcustomers');
viaFetch('an encoded dot inside a segment', 400, '/api/polar/v1/checkout-links%2e/');
viaFetch('a double-encoded dot', 400, '/api/polar/v1/checkout-links/%252e%252e/');
viaFetch('a ..;/ segment', 400, '/api/polar/v1/checkout-links/..;/customers/');
viaFetch('a path parameter', 400, '/api/polar/v1/checkout-links/;jsessionid=1');
viaFetch('an encoded null byte', 400, '/api/polar/v1/checkout-links/%00');
viaFetch('a double slash after the prefix', 400, '/api/polar//v1/checkout-links/');
viaFetch('a double slash inside', 400, '/api/polar/v1//checkout-links/');
viaFetch('a fullwidth slash (U+FF0F)', 400, '/api/polar/v1\uFF0Fcheckout-links/');
viaFetch('a hyphen look-alike (U+2010)', 400, '/api/polar/v1/checkout\u2010links/');
viaFetch('a dotless i (U+0131)', 400, '/api/polar/v1/checkout-l\u0131nks/');
viaFetch('a Cyrillic o (U+043E)', 400, '/api/polar/v1/pr\u043Educts/');
viaFetch('an encoded CRLF in the path', 400, '/api/polar/v1/checkout-links/%0d%0aX-Injected:%201');

// ── ids ───────────────────────────────────────────────────────────────────────────────────────
viaFetch('a numeric id', 400, '/api/polar/v1/checkout-links/123');
viaFetch('a word as id', 400, '/api/polar/v1/products/me');
viaFetch('a UUID v1 as id', 400, '/api/polar/v1/discounts/3f0e4c52-9a7b-1c1d-8e2f-5a6b7c8d9e0f');
viaFetch('a UUID with a suffix', 400, `/api/polar/v1/checkout-links/${ID}-x`);
viaFetch('a non-UUID id on PATCH', 400, '/api/polar/v1/checkout-links/all', json('{}', 'PATCH'));

// ── methods ───────────────────────────────────────────────────────────────────────────────────
viaFetch('PUT on checkout links', 405, '/api/polar/v1/checkout-links/', { method: 'PUT', body: CREATE_BODY });
viaFetch('DELETE on the checkout-link collection', 405, '/api/polar/v1/checkout-links/', { method: 'DELETE' });
viaFetch('POST a product', 405, '/api/polar/v1/products/', json('{"name":"x"}'));
viaFetch('PATCH a product', 405, `/api/polar/v1/products/${ID}`, json('{"name":"x"}', 'PATCH'));
viaFetch('DELETE a discount', 405, `/api/polar/v1/discounts/${ID}`, { method: 'DELETE' });
viaFetch('OPTIONS', 405, '/api/polar/v1/checkout-links/', { method: 'OPTIONS' });
viaFetch('HEAD', 405, '/api/polar/v1/products/', { method: 'HEAD' });
viaFetch('a lower-case patch', 405, `/api/polar/v1/checkout-links/${ID}`, json('{}', 'patch'));
viaFetch('PROPFIND', 405, '/api/polar/v1/checkout-links/', { method: 'PROPFIND' });

// ── method overrides ──────────────────────────────────────────────────────────────────────────
viaFetch('X-HTTP-Method-Override', 400, '/api/polar/v1/checkout-links/', { headers: { 'x-http-method-override': 'DELETE' } });
viaFetch('X-HTTP-Method', 400, `/api/polar/v1/checkout-links/${ID}`, { headers: { 'x-http-method': 'DELETE' } });
viaFetch('X-Method-Override', 400, `/api/polar/v1/checkout-links/${ID}`, { headers: { 'x-method-override': 'PATCH' } });
viaFetch('a _method query parameter', 400, `/api/polar/v1/checkout-links/${ID}?_method=DELETE`);

// ── query parameters ──────────────────────────────────────────────────────────────────────────
viaFetch('an unknown parameter', 400, '/api/polar/v1/checkout-links/?include=customers');
viaFetch('sorting with an unknown parameter', 400, '/api/polar/v1/checkout-links/?sorting=-created_at&expand=organization');
viaFetch('a parameter of another endpoint', 400, '/api/polar/v1/discounts/?is_archived=true');
viaFetch('a parameter in another case', 400, '/api/polar/v1/products/?Sorting=name');
viaFetch('any parameter on an item', 400, `/api/polar/v1/products/${ID}?expand=benefits`);
viaFetch('a metadata filter', 400, '/api/polar/v1/products/?metadata[plan]=pro');
viaFetch('page twice', 400, '/api/polar/v1/products/?page=1&page=2');
viaFetch('limit twice', 400, '/api/polar/v1/checkout-links/?limit=10&limit=100');
viaFetch('query twice', 400, '/api/polar/v1/discounts/?query=a&query=b');
viaFetch('__proto__', 400, '/api/polar/v1/products/?__proto__[admin]=1');
viaFetch('constructor', 400, '/api/polar/v1/products/?constructor=1');
viaFetch('an empty name', 400, '/api/polar/v1/products/?=1');
viaFetch('a name with a null byte', 400, '/api/polar/v1/products/?sorting%00=name');
viaFetch('CRLF in a value', 400, '/api/polar/v1/products/?query=a%0d%0aAuthorization:%20Bearer%20x');
viaFetch('a null byte in a value', 400, '/api/polar/v1/discounts/?query=%00');
viaFetch('a huge query string', 414, `/api/polar/v1/checkout-links/?sorting=${'-created_at,'.repeat(500)}`);
viaFetch('hundreds of repeated filters', 414, `/api/polar/v1/checkout-links/?${`product_id=${ID}&`.repeat(200)}`);

// ── the host's session check ─────────────────────────────────────────────────────────────────
viaFetch('no session', 401, '/api/polar/v1/checkout-links/', { headers: { cookie: '' } });
viaFetch('a forged session', 401, '/api/polar/v1/checkout-links/', { headers: { cookie: 'session=admin' } });
viaFetch('a bearer token instead of a session', 401, '/api/polar/v1/checkout-links/', {
  headers: { cookie: '', authorization: `Bearer ${TOKEN}` },
});
viaFetch('a viewer session creating a link', 403, '/api/polar/v1/checkout-links/', {
  ...json(CREATE_BODY),
  headers: { 'content-type': 'application/json', cookie: 'session=viewer' },
});

// ── bodies ────────────────────────────────────────────────────────────────────────────────────
viaFetch('a text/plain body', 415, '/api/polar/v1/checkout-links/', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: CREATE_BODY });
viaFetch('a body without Content-Type', 415, '/api/polar/v1/checkout-links/', { method: 'POST', body: new Blob([CREATE_BODY]) });
viaFetch('a form body', 415, '/api/polar/v1/checkout-links/', { method: 'POST', body: new URLSearchParams({ products: PRODUCT_ID }) });
viaFetch('a multipart body', 415, '/api/polar/v1/checkout-links/', { method: 'POST', body: new FormData() });
viaFetch('JSON in UTF-16', 415, `/api/polar/v1/checkout-links/${ID}`, {
  method: 'PATCH',
  headers: { 'content-type': 'application/json; charset=utf-16' },
  body: '{}',
});
viaFetch('a JSON look-alike type', 415, '/api/polar/v1/checkout-links/', {
  method: 'POST',
  headers: { 'content-type': 'application/json-patch+json' },
  body: '[]',
});
viaFetch('invalid JSON', 400, '/api/polar/v1/checkout-links/', json('{"products": ['));
viaFetch('an empty body', 400, '/api/polar/v1/checkout-links/', json(''));
viaFetch('a JSON array', 400, '/api/polar/v1/checkout-links/', json(`["${PRODUCT_ID}"]`));
viaFetch('a JSON string', 400, `/api/polar/v1/checkout-links/${ID}`, json('"label"', 'PATCH'));
viaFetch('JSON null', 400, `/api/polar/v1/checkout-links/${ID}`, json('null', 'PATCH'));
viaFetch('invalid UTF-8', 400, '/api/polar/v1/checkout-links/', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
});
viaFetch('a JSON bomb: 5000 nested objects', 400, '/api/polar/v1/checkout-links/', json(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`));
viaFetch('a JSON bomb: 20000 nested arrays', 400, '/api/polar/v1/checkout-links/', json(`{"products":${'['.repeat(20000)}${']'.repeat(20000)}}`));
viaFetch('a huge array within the byte limit', 400, '/api/polar/v1/checkout-links/', json(`{"products":[${'0,'.repeat(20000)}0]}`));
viaFetch('a huge object within the byte limit', 400, `/api/polar/v1/checkout-links/${ID}`, json(JSON.stringify({ metadata: Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`k${i}`, i])) }), 'PATCH'));
viaFetch('a huge array over the byte limit', 413, '/api/polar/v1/checkout-links/', json(`{"products":[${'0,'.repeat(100_000)}0]}`));
viaFetch('a huge string over the byte limit', 413, `/api/polar/v1/checkout-links/${ID}`, json(JSON.stringify({ label: 'x'.repeat(70_000) }), 'PATCH'));
viaFetch('a Content-Length over the limit', 413, '/api/polar/v1/checkout-links/', {
  ...json(CREATE_BODY),
  headers: { 'content-type': 'application/json', 'content-length': '99999999' },
});
viaFetch('a Content-Length that is not a number', 400, '/api/polar/v1/checkout-links/', {
  ...json(CREATE_BODY),
  headers: { 'content-type': 'application/json', 'content-length': '45, 45' },
});
viaFetch('a streamed body over the limit without Content-Length', 413, '/api/polar/v1/checkout-links/', {
  ...json(''),
  body: new Blob([`{"label":"${'x'.repeat(200_000)}"}`]).stream(),
  duplex: 'half',
} as RequestInit & { headers: Record<string, string> });
viaFetch('a body on DELETE', 400, `/api/polar/v1/checkout-links/${ID}`, { method: 'DELETE', body: '{"cascade":true}' });

// ── over raw TCP, through toNodeHandler ───────────────────────────────────────────────────────
const get = (target: string) => `GET ${target} HTTP/1.1`;
viaTcp('dot-dot traversal', [400], get('/api/polar/v1/checkout-links/../../v1/customers/'));
viaTcp('encoded dot-dot traversal', [400], get('/api/polar/v1/checkout-links/%2e%2e/%2e%2e/v1/customers/'));
viaTcp('mixed-case encoded dots', [400], get('/api/polar/v1/checkout-links/%2E./customers/'));
viaTcp('an encoded single dot', [400], get('/api/polar/v1/checkout-links/%2e'));
viaTcp('a /./ segment', [400], get('/api/polar/v1/./checkout-links/'));
viaTcp('backslashes', [400], get('/api/polar/v1\\checkout-links\\'));
viaTcp('backslash traversal', [400], get('/api/polar/v1/checkout-links\\..\\..\\customers'));
viaTcp('..;/', [400], get('/api/polar/v1/checkout-links/..;/customers/'));
viaTcp('an encoded slash', [400], get('/api/polar/v1%2Fcheckout-links/'));
viaTcp('a double-encoded slash', [400], get('/api/polar/v1%252fcheckout-links/'));
viaTcp('a double slash', [400], get('/api/polar//v1/checkout-links/'));
viaTcp('an absolute URI to Polar', [400], get('https://api.polar.sh/v1/customers/'));
viaTcp('an absolute URI with credentials', [400], get('http://user:pass@shop.test/api/polar/v1/checkout-links/'));
viaTcp('an absolute URI to this host', [400], get('http://shop.test/api/polar/v1/checkout-links/'));
viaTcp('a scheme-relative target', [400], get('//evil.test/api/polar/v1/checkout-links/'));
viaTcp('the asterisk target', [400], 'OPTIONS * HTTP/1.1');
viaTcp('a fragment', [400], get('/api/polar/v1/checkout-links/#x'));
viaTcp('raw UTF-8: fullwidth slash', [400], get('/api/polar/v1\uFF0Fcheckout-links/'));
viaTcp('raw UTF-8: U+2010 hyphen', [400], get('/api/polar/v1/checkout\u2010links/'));
viaTcp('raw UTF-8: dotless i', [400], get('/api/polar/v1/checkout-l\u0131nks/'));
viaTcp('a null byte in the path', [400], get('/api/polar/v1/checkout-links/\0'));
viaTcp('a tab in the path', [400], get('/api/polar/v1/checkout\t-links/'));
viaTcp('a URL of 20 KB', [431], get(`/api/polar/v1/checkout-links/?sorting=${'a'.repeat(20_000)}`));
viaTcp('CONNECT', [], 'CONNECT api.polar.sh:443 HTTP/1.1');
viaTcp('TRACE', [501], 'TRACE /api/polar/v1/checkout-links/ HTTP/1.1');
viaTcp('a lower-case method', [400], 'get /api/polar/v1/checkout-links/ HTTP/1.1');
viaTcp('a method override header', [400], `DELETE /api/polar/v1/checkout-links/${ID} HTTP/1.1`, ['X-HTTP-Method-Override: GET']);
viaTcp('two different Content-Lengths', [400], 'POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: application/json', 'Content-Length: 2', 'Content-Length: 45'], '{}');
viaTcp('two equal Content-Lengths', [400], 'POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: application/json', 'Content-Length: 2', 'Content-Length: 2'], '{}');
viaTcp('a negative Content-Length', [400], 'POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: application/json', 'Content-Length: -1'], '{}');
viaTcp('Content-Length and Transfer-Encoding', [400], 'POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: application/json', 'Content-Length: 4', 'Transfer-Encoding: chunked'], '2\r\n{}\r\n0\r\n\r\n');
viaTcp('Transfer-Encoding: chunked, identity', [400], 'POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: application/json', 'Transfer-Encoding: chunked, identity'], '2\r\n{}\r\n0\r\n\r\n');
viaTcp('Transfer-Encoding: xchunked', [400], 'POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: application/json', 'Transfer-Encoding: xchunked'], '2\r\n{}\r\n0\r\n\r\n');
viaTcp('a space before the colon of Transfer-Encoding', [400], 'POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: application/json', 'Transfer-Encoding : chunked'], '2\r\n{}\r\n0\r\n\r\n');
viaTcp('Transfer-Encoding twice', [400], 'POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: application/json', 'Transfer-Encoding: chunked', 'Transfer-Encoding: identity'], '2\r\n{}\r\n0\r\n\r\n');
viaTcp('an overflowing chunk size', [400], 'POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: application/json', 'Transfer-Encoding: chunked'], 'FFFFFFFFFFFFFFFFF\r\n{}\r\n0\r\n\r\n');
viaTcp('a bare CR in a header value', [400], get('/api/polar/v1/checkout-links/'), ['X-Note: a\rAuthorization: Bearer x']);
viaTcp('a bare LF between headers', [400], get('/api/polar/v1/checkout-links/'), ['X-Note: a\nAuthorization: Bearer x']);
viaTcp('a null byte in a header value', [400], get('/api/polar/v1/checkout-links/'), ['X-Note: a\0b']);
viaTcp('an obsolete folded header', [400], get('/api/polar/v1/checkout-links/'), ['X-Note: a', ' Authorization: Bearer x']);
viaTcp('a GET with a body', [400], get('/api/polar/v1/checkout-links/'), ['Content-Length: 5'], 'hello');
viaTcp('a GET with a chunked body', [400], get('/api/polar/v1/checkout-links/'), ['Transfer-Encoding: chunked'], '5\r\nhello\r\n0\r\n\r\n');
viaTcp('a request smuggled in a GET body', [400], get('/api/polar/v1/checkout-links/'), ['Content-Length: 90'], `DELETE /api/polar/v1/checkout-links/${ID} HTTP/1.1\r\nHost: shop.test\r\nCookie: ${MERCHANT}\r\n\r\n`);
viaTcp('a Content-Length of 1 GB', [413], 'POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: application/json', 'Content-Length: 1000000000'], '{');
// Node answers 100 Continue on its own before any handler runs; the body is refused all the same.
viaTcp('Expect: 100-continue with a 1 GB body', [100, 413], 'POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: application/json', 'Content-Length: 1000000000', 'Expect: 100-continue']);
viaTcp('a chunked body over the limit', [413], 'POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: application/json', 'Transfer-Encoding: chunked'], `10000\r\n${'x'.repeat(0x10000)}\r\n10000\r\n${'x'.repeat(0x10000)}\r\n0\r\n\r\n`);
viaTcp('a text/plain body', [415], 'POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: text/plain', `Content-Length: ${CREATE_BODY.length}`], CREATE_BODY);

// ── requests pipelined behind a refusal: the refusal ends the connection ──────────────────────
const deleteLink: [string, string[]] = [`DELETE /api/polar/v1/checkout-links/${ID} HTTP/1.1`, [`Cookie: ${MERCHANT}`]];
viaTcpPipelined(
  'a merchant’s DELETE pipelined behind a chunked body over the limit',
  [413],
  ['POST /api/polar/v1/checkout-links/ HTTP/1.1', [`Cookie: ${MERCHANT}`, 'Content-Type: application/json', 'Transfer-Encoding: chunked'], `10000\r\n${'x'.repeat(0x10000)}\r\n10000\r\n${'x'.repeat(0x10000)}\r\n0\r\n\r\n`],
  deleteLink,
);
viaTcpPipelined(
  'a merchant’s DELETE pipelined behind a small body over a small Content-Length limit',
  [413],
  ['POST /api/polar/v1/checkout-links/ HTTP/1.1', [`Cookie: ${MERCHANT}`, 'Content-Type: application/json', 'Content-Length: 70000'], `{"label":"${'x'.repeat(100)}`],
  deleteLink,
);
viaTcpPipelined(
  'a merchant’s DELETE pipelined behind a stranger’s POST',
  [401],
  ['POST /api/polar/v1/checkout-links/ HTTP/1.1', ['Content-Type: application/json', `Content-Length: ${CREATE_BODY.length}`], CREATE_BODY],
  deleteLink,
);
viaTcpPipelined('a merchant’s DELETE pipelined behind a refused query', [400], [get('/api/polar/v1/products/?expand=x'), [`Cookie: ${MERCHANT}`]], deleteLink);
viaTcpPipelined('a merchant’s DELETE pipelined behind a text/plain body', [415], [
  'POST /api/polar/v1/checkout-links/ HTTP/1.1',
  [`Cookie: ${MERCHANT}`, 'Content-Type: text/plain', `Content-Length: ${CREATE_BODY.length}`],
  CREATE_BODY,
], deleteLink);

describe('createPolarProxy under attack', () => {
  it.each(attacks.map((attack) => [`${attack.via}: ${attack.name}`, attack] as const))('%s', async (_, attack) => {
    const reachedBefore = upstream.received.length;
    expect(await attack.send()).toEqual(attack.expected);
    expect(upstream.received.slice(reachedBefore)).toEqual([]);
  });

  it('let none of them reach the upstream, nor show the token in any answer or log line', () => {
    const byVia = (via: Attack['via']) => attacks.filter((attack) => attack.via === via).length;
    console.log(
      `proxy attack suite: ${attacks.length} hostile requests (${byVia('fetch')} through the fetch handler, ` +
        `${byVia('tcp')} over raw TCP through toNodeHandler); ${upstream.received.length} reached the upstream`,
    );
    expect(attacks.length).toBeGreaterThanOrEqual(60);
    expect(upstream.received).toEqual([]);
    expect(answers.join('\n')).not.toContain(TOKEN);
    expect(JSON.stringify(logs)).not.toContain(TOKEN);
  });
});

describe('createPolarProxy strips what a caller adds', () => {
  const HOSTILE_HEADERS = {
    authorization: 'Bearer attacker-token',
    'proxy-authorization': 'Basic YTpi',
    'x-forwarded-for': '203.0.113.9',
    'x-forwarded-host': 'evil.test',
    'x-forwarded-proto': 'http',
    forwarded: 'for=203.0.113.9;host=evil.test',
    'x-real-ip': '203.0.113.9',
    'polar-version': '2025-04-10',
    'x-api-key': 'attacker',
    origin: 'https://evil.test',
    referer: 'https://evil.test/',
    'user-agent': 'attacker-agent',
  };

  /** Asserts the one request that reached the upstream carried the proxy's headers and nothing of the caller's. */
  const expectOnlyProxyHeaders = (hostileValues: string[]) => {
    expect(upstream.received).toHaveLength(1);
    const { headers } = upstream.received.pop()!;
    expect(headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(Object.keys(headers).filter((name) => !TRANSPORT_HEADERS.includes(name)).sort()).toEqual(['accept', 'authorization']);
    for (const value of hostileValues) expect(JSON.stringify(headers)).not.toContain(value);
  };

  it('forwards a list call with hostile headers through the fetch handler, with the token and nothing else', async () => {
    const response = await handler(
      new Request(`${ORIGIN}/api/polar/v1/checkout-links/`, { headers: { cookie: MERCHANT, ...HOSTILE_HEADERS } }),
    );
    expect(response.status).toBe(200);
    expectOnlyProxyHeaders(['merchant', ...Object.values(HOSTILE_HEADERS)]);
  });

  it.each([
    ['a Host of Polar', ['Host: api.polar.sh']],
    ['a second Host', ['Host: evil.test']],
    ['an injected Authorization', ['Authorization: Bearer attacker-token']],
    ['X-Forwarded-* and Forwarded', ['X-Forwarded-Host: evil.test', 'X-Forwarded-For: 203.0.113.9', 'Forwarded: host=evil.test']],
    ['hop-by-hop headers named by Connection', ['Connection: keep-alive, X-Secret', 'X-Secret: attacker', 'Keep-Alive: timeout=99', 'TE: trailers']],
    ['an Upgrade to WebSocket', ['Connection: Upgrade', 'Upgrade: websocket']],
    ['Proxy-Authorization', ['Proxy-Authorization: Basic YTpi']],
  ])('forwards a list call over TCP with %s, with the token and nothing else', async (_, extra) => {
    const head = [get('/api/polar/v1/products/'), 'Host: shop.test', `Cookie: ${MERCHANT}`, ...extra, 'Connection: close', '', ''].join('\r\n');
    const { statuses } = await sendRaw(port, head);
    expect(statuses).toEqual([200]);
    expectOnlyProxyHeaders(['attacker', 'evil.test', '203.0.113.9', 'YTpi', 'websocket', 'merchant']);
  });
});

describe('createPolarProxy lets the host’s own calls through', () => {
  /** The contract server's seeded catalogue: calls on these ids succeed. */
  const seeded = () => {
    const first = <T,>(outcome: { ok: boolean; body?: unknown }) => (outcome.body as { items: T[] }).items[0]!;
    return {
      product: first<{ id: string }>(upstream.polar.products.list()).id,
      discount: first<{ id: string }>(upstream.polar.discounts.list()).id,
      link: first<{ id: string }>(upstream.polar.checkoutLinks.list()).id,
    };
  };
  const calls: [string, number, string, (ids: ReturnType<typeof seeded>) => [string, Record<string, string>, string?]][] = [
    ['checkoutLinks.create', 201, 'POST', ({ product }) => ['/v1/checkout-links/', {}, JSON.stringify({ payment_processor: 'stripe', products: [product] })]],
    ['checkoutLinks.list', 200, 'GET', ({ product }) => ['/v1/checkout-links/', { product_id: product, sorting: '-created_at' }]],
    ['checkoutLinks.get', 200, 'GET', ({ link }) => [`/v1/checkout-links/${link}`, {}]],
    ['checkoutLinks.update', 200, 'PATCH', ({ link }) => [`/v1/checkout-links/${link}`, {}, '{"label":"Spring"}']],
    ['checkoutLinks.delete', 204, 'DELETE', ({ link }) => [`/v1/checkout-links/${link}`, {}]],
    ['products.list', 200, 'GET', () => ['/v1/products/', { is_archived: 'false', limit: '100' }]],
    ['products.get', 200, 'GET', ({ product }) => [`/v1/products/${product}`, {}]],
    ['discounts.list', 200, 'GET', () => ['/v1/discounts/', { query: 'SPRING' }]],
    ['discounts.get', 200, 'GET', ({ discount }) => [`/v1/discounts/${discount}`, {}]],
  ];

  it('serves requests pipelined on one connection in turn when none is refused', async () => {
    upstream.reset();
    const { product, discount } = seeded();
    const request = (path: string, ...headers: string[]) => [get(path), 'Host: shop.test', `Cookie: ${MERCHANT}`, ...headers, '', ''].join('\r\n');
    const pipelined = request(`/api/polar/v1/products/${product}`) + request(`/api/polar/v1/discounts/${discount}`, 'Connection: close');
    const { statuses } = await sendRaw(port, pipelined);
    expect(statuses).toEqual([200, 200]);
    expect(upstream.received.map(({ path }) => path)).toEqual([`/v1/products/${product}`, `/v1/discounts/${discount}`]);
  });

  it.each(calls)('%s over TCP reaches the upstream with exactly the bearer token and the proxy’s headers', async (_, status, method, call) => {
    upstream.reset();
    const [path, query, body] = call(seeded());
    const search = new URLSearchParams(query).toString();
    const headers = body === undefined ? [] : ['Content-Type: application/json', `Content-Length: ${body.length}`];
    const requestLine = `${method} /api/polar${path}${search && `?${search}`} HTTP/1.1`;
    const head = [requestLine, 'Host: shop.test', `Cookie: ${MERCHANT}`, ...headers, 'Connection: close', '', ''].join('\r\n');
    const { statuses } = await sendRaw(port, head + (body ?? ''));
    expect(statuses).toEqual([status]);
    expect(upstream.received).toHaveLength(1);
    const reached = upstream.received[0]!;
    expect(reached).toMatchObject({ method, path, query, body: body === undefined ? undefined : JSON.parse(body) });
    expect(reached.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const expected = body === undefined ? ['accept', 'authorization'] : ['accept', 'authorization', 'content-type'];
    expect(Object.keys(reached.headers).filter((name) => !TRANSPORT_HEADERS.includes(name)).sort()).toEqual(expected);
    expect(upstream.invalidResponses).toEqual([]);
  });
});
