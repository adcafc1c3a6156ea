import { toPolarApiError, type PolarApiError } from '../client';
import { hashQueryKey, type QueryKey } from './queryKey';
import { Subscribable } from './subscribable';

/** `pending` until the first answer arrives, then `success` or `error`. */
export type QueryStatus = 'pending' | 'success' | 'error';

/** What the cache knows about one request. Replaced, never mutated, on every change. */
export interface QueryState<T> {
  status: QueryStatus;
  data: T | undefined;
  error: PolarApiError | null;
  /** A request for this key is in flight (also while stale data is shown). */
  isFetching: boolean;
  /** When the data last arrived (ms since the epoch); 0 before that. */
  dataUpdatedAt: number;
  /** A mutation changed what this request would return. */
  isInvalidated: boolean;
}

export type QueryFetcher<T> = (signal: AbortSignal) => Promise<T>;

/** A query nobody has fetched yet. */
export const initialQueryState: QueryState<never> = {
  status: 'pending',
  data: undefined,
  error: null,
  isFetching: false,
  dataUpdatedAt: 0,
  isInvalidated: false,
};

/** One cached request: its state, its listeners and its in-flight request. */
export class Query<T = unknown> extends Subscribable {
  readonly key: QueryKey;
  readonly hash: string;
  state: QueryState<T> = initialQueryState;
  /** When the last observer left (for eviction). */
  idleSince = Date.now();
  /** How observers fetch this key; kept so an invalidation can refetch. */
  fetcher: QueryFetcher<T> | null = null;
  private observers = 0;
  private inFlight: { promise: Promise<T>; controller: AbortController } | null = null;
  private pendingCancel = false;

  constructor(key: QueryKey, hash: string) {
    super();
    this.key = key;
    this.hash = hash;
  }

  get observerCount(): number {
    return this.observers;
  }

  get isInFlight(): boolean {
    return this.inFlight !== null;
  }

  addObserver(): void {
    this.observers += 1;
    this.pendingCancel = false;
  }

  /**
   * The last observer leaving aborts the request nobody waits for any more (an unmounted list, a
   * superseded search). The abort waits a microtask so that StrictMode's unmount-remount keeps it.
   */
  removeObserver(): void {
    this.observers = Math.max(0, this.observers - 1);
    if (this.observers > 0) return;
    this.idleSince = Date.now();
    if (!this.inFlight) return;
    this.pendingCancel = true;
    queueMicrotask(() => {
      if (this.pendingCancel && this.observers === 0) this.cancel();
    });
  }

  /** Starts the request, or joins the one in flight. */
  fetch(fetcher: QueryFetcher<T>): Promise<T> {
    if (this.inFlight) return this.inFlight.promise;
    const controller = new AbortController();
    const promise = fetcher(controller.signal).then(
      (data) => {
        if (this.inFlight?.controller !== controller) return data;
        this.inFlight = null;
        this.setData(data);
        return data;
      },
      (cause: unknown) => {
        const error = toPolarApiError(cause);
        if (this.inFlight?.controller !== controller) throw error;
        this.inFlight = null;
        // A cancelled request leaves the state as it was before it started.
        if (controller.signal.aborted) this.setState({ ...this.state, isFetching: false });
        else this.setState({ ...this.state, status: 'error', error, isFetching: false });
        throw error;
      },
    );
    this.inFlight = { promise, controller };
    this.setState({ ...this.state, isFetching: true });
    return promise;
  }

  /** Aborts the request in flight, if any; the state returns to what it was. */
  cancel(): void {
    const inFlight = this.inFlight;
    if (!inFlight) return;
    this.inFlight = null;
    inFlight.controller.abort();
    this.setState({ ...this.state, isFetching: false });
  }

  setData(data: T): void {
    this.setState({ status: 'success', data, error: null, isFetching: this.inFlight !== null, dataUpdatedAt: Date.now(), isInvalidated: false });
  }

  /**
   * Marks the data stale. Observed queries fetch again at once, restarting a request already in
   * flight: its answer may predate the change.
   */
  invalidate(): void {
    this.cancel();
    this.setState({ ...this.state, isInvalidated: true });
    if (this.fetcher && this.observers > 0) this.fetch(this.fetcher).catch(() => undefined);
  }

  private setState(state: QueryState<T>): void {
    this.state = state;
    this.notify();
  }
}

export interface QueryCacheOptions {
  /** How many queries nobody observes are kept; the longest idle are dropped first. */
  maxIdleQueries?: number;
}

/** The requests of one provider: a map from query key to `Query`. Nothing is shared between caches. */
export class QueryCache {
  private readonly queries = new Map<string, Query>();
  private readonly maxIdleQueries: number;

  constructor(options: QueryCacheOptions = {}) {
    this.maxIdleQueries = options.maxIdleQueries ?? 500;
  }

  /** The query of `key`, created when missing. */
  build<T>(key: QueryKey): Query<T> {
    const hash = hashQueryKey(key);
    let query = this.queries.get(hash);
    if (!query) {
      this.evictIdle();
      query = new Query(key, hash);
      this.queries.set(hash, query);
    }
    return query as Query<T>;
  }

  find<T>(key: QueryKey): Query<T> | undefined {
    return this.queries.get(hashQueryKey(key)) as Query<T> | undefined;
  }

  /** Fetches `key`, joining a request for the same key that is already in flight. */
  fetch<T>(key: QueryKey, fetcher: QueryFetcher<T>): Promise<T> {
    return this.build<T>(key).fetch(fetcher);
  }

  /** The data of `key` when the cache holds a valid answer, otherwise a request (joined when in flight). */
  ensure<T>(key: QueryKey, fetcher: QueryFetcher<T>): Promise<T> {
    const query = this.build<T>(key);
    const { status, data, isInvalidated } = query.state;
    if (status === 'success' && !isInvalidated) return Promise.resolve(data as T);
    return query.fetch(fetcher);
  }

  /** Stores data for `key` unless a request for it is in flight (its answer will be newer). */
  seed<T>(key: QueryKey, data: T): void {
    const query = this.build<T>(key);
    if (!query.isInFlight) query.setData(data);
  }

  setData<T>(key: QueryKey, data: T): void {
    this.build<T>(key).setData(data);
  }

  /** Replaces the data of every query whose key matches and that holds data (e.g. an edited item on every cached page). */
  updateData<T>(matches: (key: QueryKey) => boolean, update: (data: T) => T): void {
    for (const query of [...this.queries.values()] as Query<T>[]) {
      if (!matches(query.key) || query.state.data === undefined) continue;
      const data = update(query.state.data);
      if (data !== query.state.data) query.setData(data);
    }
  }

  /** Invalidates every query whose key matches. */
  invalidate(matches: (key: QueryKey) => boolean): void {
    for (const query of [...this.queries.values()]) {
      if (matches(query.key)) query.invalidate();
    }
  }

  private evictIdle(): void {
    const idle = [...this.queries.values()].filter((query) => query.observerCount === 0 && !query.isInFlight);
    if (idle.length < this.maxIdleQueries) return;
    idle.sort((a, b) => a.idleSince - b.idleSince);
    for (const query of idle.slice(0, idle.length - this.maxIdleQueries + 1)) this.queries.delete(query.hash);
  }
}
