import { readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { OpenAPIBackend, type Context, type Operation } from 'openapi-backend';
import { isUuid4 } from '../../src/contract';
import { catalogueMediaFiles, createCatalogue } from '../../src/testing/catalogue';
import { createInMemoryPolar, type InMemoryPolar, type InMemoryPolarSeed } from '../../src/testing/inMemoryPolar';
import { checkCreateBody, checkUpdateBody, validationFailure, type PolarOutcome } from '../../src/testing/rules';
import { detailFromAjv } from './detailFromAjv';
import { SUCCESS_URL_FORMAT, loadPolarDocument, successUrlFormat } from './polarDocument';

/** The token the contract server accepts unless told another one. */
export const CONTRACT_SERVER_TOKEN = 'polar_oat_test_contract_server';

/** One request as the server received it. */
export interface RecordedRequest {
  method: string;
  /** The path without its query string, e.g. `/v1/checkout-links/`. */
  path: string;
  /** Query values as sent: repeated keys become arrays. */
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body, the raw text when it is not JSON, `undefined` when empty. */
  body: unknown;
}

/** A misbehaviour for the next matching request(s), answered instead of Polar's real answer. */
export interface ContractFault {
  /** Only requests with this method (default: any). */
  method?: string;
  /** Only requests whose path is this, or matches it (default: any). */
  path?: string | RegExp;
  /** Answer with this status (and `body`, `headers`) without handling the request. */
  status?: number;
  /** JSON for objects, sent as is for strings (e.g. an HTML error page). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Hold the answer back this long; with no `status`, the request is then handled normally. */
  delayMs?: number;
  /** Drop the connection without answering: a network error for the client. */
  destroy?: boolean;
  /** How many matching requests it applies to (default 1). */
  times?: number;
}

export interface ContractServerOptions {
  /** The bearer token requests must carry (default `CONTRACT_SERVER_TOKEN`). */
  accessToken?: string;
  /** Default 0: a free port. */
  port?: number;
  /** Products, discounts and links to start with (default: the seeded catalogue, medias served by this server). */
  seed?: InMemoryPolarSeed;
}

export interface ContractServer {
  /** `http://127.0.0.1:<port>`: the `baseUrl` for `createFetchClient` and `createPolar`. */
  url: string;
  accessToken: string;
  /** Every request received since the start or the last `reset()`. */
  received: RecordedRequest[];
  /** Responses that failed the document (each also answered with a 500): should stay empty. */
  invalidResponses: { operationId: string; status: number; errors: unknown }[];
  /** How long the start took, in milliseconds (document loaded, routes ready, port bound). */
  startupMs: number;
  /** The in-memory Polar behind the server. */
  polar: InMemoryPolar;
  /** Misbehave on the next matching request(s). */
  fault(fault: ContractFault): void;
  /** Back to the seed: links, recorded requests, faults and invalid responses cleared. */
  reset(): void;
  /** Closes the server and its keep-alive connections. */
  stop(): Promise<void>;
}

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

const MEDIA_DIRECTORY = new URL('../../src/testing/media/', import.meta.url);

const OPERATIONS: Record<string, (polar: InMemoryPolar, context: Context) => PolarOutcome<unknown>> = {
  'checkout-links:create': (polar, { request }) => polar.checkoutLinks.create(request.requestBody),
  'checkout-links:list': (polar, { request }) => polar.checkoutLinks.list(request.query),
  'checkout-links:get': (polar, { request }) => polar.checkoutLinks.get(String(request.params.id)),
  'checkout-links:update': (polar, { request }) => polar.checkoutLinks.update(String(request.params.id), request.requestBody),
  'checkout-links:delete': (polar, { request }) => polar.checkoutLinks.delete(String(request.params.id)),
  'products:list': (polar, { request }) => polar.products.list(request.query),
  'products:get': (polar, { request }) => polar.products.get(String(request.params.id)),
  'discounts:list': (polar, { request }) => polar.discounts.list(request.query),
  'discounts:get': (polar, { request }) => polar.discounts.get(String(request.params.id)),
};

const BODY_CHECKS: Record<string, (body: unknown) => ReturnType<typeof checkCreateBody> | ReturnType<typeof checkUpdateBody>> = {
  'checkout-links:create': checkCreateBody,
  'checkout-links:update': checkUpdateBody,
};

function customizeAjv(ajv: Ajv): Ajv {
  addFormats(ajv);
  ajv.addFormat('uuid4', { type: 'string', validate: isUuid4 });
  ajv.addFormat(SUCCESS_URL_FORMAT, { type: 'string', validate: successUrlFormat(fullFormats.uri as (value: string) => boolean) });
  // The document's discriminators are hints next to oneOf branches that each pin their tag.
  ajv.removeKeyword('discriminator');
  ajv.addKeyword('discriminator');
  return ajv;
}

function queryOf(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length > 1 ? values : (values[0] ?? '');
  }
  return query;
}

// FastAPI reads `?sorting=-created_at` as a one-item list, but a parameter declared only as an
// array (not "one id or a list") would fail validation as a plain string.
function wrapArrayParameters(query: Record<string, string | string[]>, operation: Operation | undefined) {
  const wrapped = { ...query };
  for (const parameter of operation?.parameters ?? []) {
    if (!('name' in parameter) || parameter.in !== 'query') continue;
    const value = wrapped[parameter.name];
    const schema = parameter.schema as { type?: string; anyOf?: { type?: string }[] } | undefined;
    const branches = schema?.anyOf ?? (schema ? [schema] : []);
    const onlyArrays = branches.some((branch) => branch.type === 'array') && branches.every((branch) => branch.type === 'array' || branch.type === 'null');
    if (typeof value === 'string' && onlyArrays) wrapped[parameter.name] = [value];
  }
  return wrapped;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const match = /^Bearer (.+)$/i.exec(headers.authorization ?? '');
  return match?.[1]?.trim() || undefined;
}

function send(response: ServerResponse, { status, body, headers = {} }: Answer) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const contentType = body === undefined ? {} : { 'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json' };
  response.writeHead(status, { ...contentType, ...headers });
  response.end(text);
}

const faultMatches = (fault: ContractFault, method: string, path: string) =>
  (!fault.method || fault.method.toUpperCase() === method) &&
  (!fault.path || (typeof fault.path === 'string' ? fault.path === path : fault.path.test(path)));

/**
 * A Polar stand-in on 127.0.0.1 for contract tests: Polar's 2026-10 OpenAPI document validates
 * every request (a bearer token is required) and every response it sends, and the in-memory Polar
 * of `src/testing` (the rules `createMemoryClient` uses too) answers. A response that fails the
 * document is a bug of this server or of the shared rules: it is logged and answered with a 500.
 */
export async function startContractServer(options: ContractServerOptions = {}): Promise<ContractServer> {
  const started = performance.now();
  const accessToken = options.accessToken ?? CONTRACT_SERVER_TOKEN;
  const api = new OpenAPIBackend({
    definition: loadPolarDocument(),
    quick: true,
    ignoreTrailingSlashes: false,
    coerceTypes: true,
    customizeAjv,
  });
  await api.init();

  const received: RecordedRequest[] = [];
  const invalidResponses: ContractServer['invalidResponses'] = [];
  let faults: (ContractFault & { remaining: number })[] = [];
  // Created once the port is known: the catalogue's medias are served from this server.
  let polar: InMemoryPolar | undefined;

  function answerFor(operationId: string, outcome: PolarOutcome<unknown>): Answer {
    // openapi-backend models "no content" as a `null` body; ours is absent.
    const check = outcome.status === 204 && outcome.body === undefined ? { errors: null } : api.validateResponse(outcome.body, operationId, outcome.status);
    if (check.errors) {
      invalidResponses.push({ operationId, status: outcome.status, errors: check.errors });
      console.error(`contract server: the ${outcome.status} answer of ${operationId} fails Polar's document`, check.errors);
      return { status: 500, body: { error: 'InvalidContractServerResponse', detail: check.errors } };
    }
    return { status: outcome.status, body: outcome.body };
  }

  api.register({
    notFound: (): Answer => ({ status: 404, body: { detail: 'Not Found' } }),
    methodNotAllowed: (): Answer => ({ status: 405, body: { detail: 'Method Not Allowed' } }),
    notImplemented: (context): Answer => ({
      status: 501,
      body: { detail: `The contract server does not serve ${context.operation.operationId}.` },
    }),
    unauthorizedHandler: (): Answer => ({ status: 401, body: { error: 'Unauthorized', detail: 'Unauthorized' } }),
    validationFail: (context): Answer => {
      const errors = context.validation.errors ?? [];
      const operationId = context.operation.operationId ?? '';
      const bodyFailed = errors.some((error) => error.instancePath.startsWith('/requestBody'));
      const bodyCheck = bodyFailed ? BODY_CHECKS[operationId]?.(context.request.requestBody) : undefined;
      // Our schemas word the body's errors as Polar's server does; the document only says where.
      const bodyDetail = bodyCheck && !bodyCheck.ok && bodyCheck.failure.status === 422 ? bodyCheck.failure.body.detail : [];
      if (bodyFailed && !bodyDetail.length) console.warn(`contract server: the document rejects a ${operationId} body our schemas accept`, errors);
      const otherErrors = bodyDetail.length ? errors.filter((error) => !error.instancePath.startsWith('/requestBody')) : errors;
      return answerFor(operationId, { ok: false, ...validationFailure([...detailFromAjv(otherErrors), ...bodyDetail], 'schema') });
    },
    ...Object.fromEntries(
      Object.entries(OPERATIONS).map(([operationId, perform]) => [operationId, (context: Context) => answerFor(operationId, perform(polar as InMemoryPolar, context))]),
    ),
  });
  const isAuthorized = (context: Context) => bearerToken(context.request.headers as IncomingHttpHeaders) === accessToken;
  for (const scheme of ['oidc', 'pat', 'oat']) api.registerSecurityHandler(scheme, isAuthorized);

  async function serveMedia(path: string): Promise<Answer | undefined> {
    const file = catalogueMediaFiles.find((name) => path === `/media/${name}`);
    if (!file) return undefined;
    return { status: 200, body: await readFile(new URL(file, MEDIA_DIRECTORY), 'utf8'), headers: { 'content-type': 'image/svg+xml' } };
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(request);
    const query = queryOf(url.searchParams);
    let body: unknown = raw === '' ? undefined : raw;
    let malformed: Error | undefined;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch (error) {
      malformed = error as Error;
    }
    received.push({ method, path: url.pathname, query, headers: request.headers, body });

    const fault = faults.find((candidate) => faultMatches(candidate, method, url.pathname));
    if (fault) {
      fault.remaining -= 1;
      faults = faults.filter((candidate) => candidate.remaining > 0);
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault.destroy) return void request.socket.destroy();
      if (fault.status !== undefined) return send(response, { status: fault.status, body: fault.body, headers: fault.headers });
    }

    const media = method === 'GET' ? await serveMedia(url.pathname) : undefined;
    if (media) return send(response, media);
    // FastAPI reads the body before anything else: malformed JSON is a 422 even without a token.
    if (malformed) {
      const detail = [{ loc: ['body', 0], msg: 'JSON decode error', type: 'json_invalid', input: {}, ctx: { error: malformed.message } }];
      return send(response, { status: 422, body: { error: 'RequestValidationError', detail } });
    }
    const operation = api.matchOperation({ method, path: url.pathname, headers: {} });
    const answer = (await api.handleRequest({
      method,
      path: url.pathname,
      query: wrapArrayParameters(query, operation),
      headers: request.headers as Record<string, string | string[]>,
      body,
    })) as Answer;
    send(response, answer);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('contract server: request failed', error);
      if (!response.headersSent) send(response, { status: 500, body: { error: 'ContractServerError', detail: String(error) } });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const seed: InMemoryPolarSeed = options.seed ?? createCatalogue({ mediaBaseUrl: `${url}/media` });
  const running = createInMemoryPolar(seed);
  polar = running;

  return {
    url,
    accessToken,
    received,
    invalidResponses,
    startupMs: performance.now() - started,
    polar: running,
    fault(fault) {
      faults.push({ ...fault, remaining: fault.times ?? 1 });
    },
    reset() {
      running.reset();
      received.length = 0;
      invalidResponses.length = 0;
      faults = [];
    },
    stop() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}
