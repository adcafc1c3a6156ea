import { PolarApiError, type PolarApiErrorKind, type PolarApiErrorOptions } from '../client/PolarApiError';
import type { CallOptions, PolarClient, PolarOperation } from '../client/PolarClient';
import { createPolarApiError } from '../client/createPolarApiError';
import { errorFromResponse } from '../client/errorFromResponse';
import { createInMemoryPolar, type InMemoryPolarSeed } from './inMemoryPolar';
import type { PolarOutcome } from './rules';

/** A failure to inject, in full: its kind plus what a `PolarApiError` of that kind carries. */
export interface MemoryFailureSpec extends PolarApiErrorOptions {
  kind: PolarApiErrorKind;
  /** The error's message; the default English one for its kind otherwise. */
  message?: string;
  /** Fail only this many calls, then answer normally again (default: every call). */
  times?: number;
}

/** A kind (`'network'`), a ready `PolarApiError`, or a spec with `fieldErrors`, `retryAfter`, `times`... */
export type MemoryFailure = PolarApiErrorKind | PolarApiError | MemoryFailureSpec;

/**
 * Which calls fail: a failure per operation (`'*'` for every operation), or a function that
 * decides per call and returns `undefined` to let it through.
 */
export type MemoryFailures =
  | Partial<Record<PolarOperation | '*', MemoryFailure>>
  | ((operation: PolarOperation, args: readonly unknown[]) => MemoryFailure | undefined);

export interface MemoryClientOptions extends InMemoryPolarSeed {
  /**
   * How long each call takes, in milliseconds, overall or per operation. `Infinity` keeps a call
   * pending until its signal aborts or its `timeout` passes (for loading states).
   */
  latencyMs?: number | Partial<Record<PolarOperation, number>>;
  /** Failures to inject, e.g. `{ 'checkoutLinks.create': 'network' }`. */
  fail?: MemoryFailures;
}

/** One call the memory client received. */
export interface MemoryCall {
  operation: PolarOperation;
  args: readonly unknown[];
}

/** A `PolarClient` over an in-memory Polar, with controls for tests and stories. */
export interface MemoryClient extends PolarClient {
  /** Every call received, in order (arguments as passed). */
  readonly calls: readonly MemoryCall[];
  /** Makes the next `times` calls of `operation` (`'*'`: of any operation) fail, before `fail` applies. */
  failNext(operation: PolarOperation | '*', failure: MemoryFailure, times?: number): void;
  /** Back to the seed, with no calls recorded and no pending `failNext`. */
  reset(): void;
}

const STATUS_BY_KIND: Partial<Record<PolarApiErrorKind, number>> = {
  validation: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  rate_limited: 429,
  server: 500,
};

const DEFAULT_RETRY_AFTER_SECONDS = 30;

function errorOf(failure: MemoryFailure): PolarApiError {
  if (failure instanceof PolarApiError) return failure;
  const { kind, message, times: _times, ...options } = typeof failure === 'string' ? { kind: failure } : failure;
  const full: PolarApiErrorOptions = {
    ...options,
    status: options.status ?? STATUS_BY_KIND[kind],
    retryAfter: options.retryAfter ?? (kind === 'rate_limited' ? DEFAULT_RETRY_AFTER_SECONDS : undefined),
  };
  return message ? new PolarApiError(kind, message, full) : createPolarApiError(kind, full);
}

const timesOf = (failure: MemoryFailure) => (typeof failure === 'object' && 'kind' in failure && !(failure instanceof PolarApiError) ? failure.times : undefined);

/** Waits `ms` (forever for `Infinity`), unless the signal aborts or the call's timeout passes first. */
function wait(ms: number, { signal, timeout }: CallOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (error?: PolarApiError) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve();
    };
    const onAbort = () => settle(createPolarApiError('aborted', { cause: signal?.reason }));
    if (signal?.aborted) return onAbort();
    if (ms <= 0) return settle();
    signal?.addEventListener('abort', onAbort, { once: true });
    const timeoutMs = timeout === undefined ? Infinity : timeout * 1000;
    if (Number.isFinite(timeoutMs) && timeoutMs <= ms) {
      timer = setTimeout(() => settle(createPolarApiError('timeout')), timeoutMs);
    } else if (Number.isFinite(ms)) {
      timer = setTimeout(() => settle(), ms);
    }
  });
}

/**
 * An in-memory Polar behind the `PolarClient` interface: the contract server's rules and error
 * shapes (422s with `fieldErrors` keyed `products.0`, `discount_id`, `metadata.k`; 404s after
 * delete), seeded with the catalogue unless told otherwise. For Storybook, demos and tests:
 *
 * ```ts
 * createMemoryClient({ fail: { 'checkoutLinks.create': 'network' } });
 * createMemoryClient({ fail: { 'products.list': { kind: 'rate_limited', retryAfter: 20 } } });
 * createMemoryClient({ latencyMs: { 'products.list': Infinity } }); // pending forever
 * ```
 */
export function createMemoryClient(options: MemoryClientOptions = {}): MemoryClient {
  const { latencyMs = 0, fail, ...seed } = options;
  const polar = createInMemoryPolar(seed);
  const calls: MemoryCall[] = [];
  let queued: { operation: PolarOperation | '*'; failure: MemoryFailure; remaining: number }[] = [];
  const used = new Map<string, number>();

  function failureFor(operation: PolarOperation, args: readonly unknown[]): MemoryFailure | undefined {
    const next = queued.find((entry) => entry.operation === operation || entry.operation === '*');
    if (next) {
      next.remaining -= 1;
      queued = queued.filter((entry) => entry.remaining > 0);
      return next.failure;
    }
    if (typeof fail === 'function') return fail(operation, args);
    const key = fail?.[operation] !== undefined ? operation : '*';
    const failure = fail?.[key];
    if (failure === undefined) return undefined;
    const times = timesOf(failure);
    const count = used.get(key) ?? 0;
    if (times !== undefined && count >= times) return undefined;
    used.set(key, count + 1);
    return failure;
  }

  async function call<T>(operation: PolarOperation, args: readonly unknown[], callOptions: CallOptions = {}, perform: () => PolarOutcome<T>): Promise<T> {
    calls.push({ operation, args });
    const failure = failureFor(operation, args);
    await wait(typeof latencyMs === 'number' ? latencyMs : (latencyMs[operation] ?? 0), callOptions);
    if (failure !== undefined) throw errorOf(failure);
    const outcome = perform();
    if (!outcome.ok) throw errorFromResponse(outcome.status, outcome.body, undefined, outcome.body);
    return structuredClone(outcome.body);
  }

  return {
    checkoutLinks: {
      create: (body, o) => call('checkoutLinks.create', [body], o, () => polar.checkoutLinks.create(body)),
      list: (query, o) => call('checkoutLinks.list', [query], o, () => polar.checkoutLinks.list(query)),
      get: (id, o) => call('checkoutLinks.get', [id], o, () => polar.checkoutLinks.get(id)),
      update: (id, body, o) => call('checkoutLinks.update', [id, body], o, () => polar.checkoutLinks.update(id, body)),
      delete: (id, o) => call('checkoutLinks.delete', [id], o, () => polar.checkoutLinks.delete(id)),
    },
    products: {
      list: (query, o) => call('products.list', [query], o, () => polar.products.list(query)),
      get: (id, o) => call('products.get', [id], o, () => polar.products.get(id)),
    },
    discounts: {
      list: (query, o) => call('discounts.list', [query], o, () => polar.discounts.list(query)),
      get: (id, o) => call('discounts.get', [id], o, () => polar.discounts.get(id)),
    },
    calls,
    failNext(operation, failure, times = 1) {
      queued.push({ operation, failure, remaining: times });
    },
    reset() {
      polar.reset();
      calls.length = 0;
      queued = [];
      used.clear();
    },
  };
}
