import type { PolarApiError } from '../client';
import { initialQueryState, type Query, type QueryCache, type QueryFetcher, type QueryState, type QueryStatus } from './queryCache';
import { hashQueryKey, type QueryKey } from './queryKey';
import { Subscribable } from './subscribable';

export interface QueryObserverOptions<T> {
  key: QueryKey;
  fetcher: QueryFetcher<T>;
  /** `false` keeps the observer from fetching (e.g. no id yet). Default `true`. */
  enabled?: boolean;
  /** Data to show before the first answer (e.g. rendered on the server). */
  initialData?: T;
  /** How long an answer counts as fresh, in ms; a fresh answer is not fetched again on mount. Default 0. */
  staleTime?: number;
  /** While a new key loads, keep showing the previous key's data (`isPlaceholderData`). */
  keepPreviousData?: boolean;
}

/** What a hook renders for one query. */
export interface QueryResult<T> {
  status: QueryStatus;
  data: T | undefined;
  error: PolarApiError | null;
  /** `status === 'pending'`: there is no data yet. */
  isPending: boolean;
  /** A request is in flight or about to start, also while older data is shown. */
  isFetching: boolean;
  /** `data` belongs to the previous key and stays until the current key's answer arrives. */
  isPlaceholderData: boolean;
}

/**
 * Binds one consumer to the cache entry of its current key: fetches when the data is missing or
 * stale, follows key changes (leaving the old key, which aborts a request nobody else waits for)
 * and derives a stable `QueryResult` snapshot. Reading a result (`getOptimisticResult`) writes
 * nothing; the cache is touched only from `subscribe` and `setOptions`, which hooks call in
 * effects, so rendering (on the server too) sends no request and notifies nobody.
 */
export class QueryObserver<T> extends Subscribable {
  private options: QueryObserverOptions<T>;
  private attached: Query<T> | null = null;
  private detachQuery: (() => void) | null = null;
  private previousData: T | undefined = undefined;
  private memo: { inputs: unknown[]; result: QueryResult<T> } | null = null;
  private serverResult: QueryResult<T> | null = null;

  constructor(
    readonly cache: QueryCache,
    options: QueryObserverOptions<T>,
  ) {
    super();
    this.options = options;
  }

  /** Takes the latest options; a new key or `enabled` attaches to that key and fetches when needed. */
  setOptions(options: QueryObserverOptions<T>): void {
    const previous = this.options;
    this.options = options;
    if (hashQueryKey(previous.key) !== hashQueryKey(options.key) || previous.enabled !== options.enabled) this.sync();
  }

  protected override onSubscribe(): void {
    this.sync();
  }

  protected override onUnsubscribe(): void {
    if (!this.hasListeners()) this.detach();
  }

  /** Attaches to the current key, seeds `initialData` and fetches when needed. */
  private sync(): void {
    if (!this.hasListeners()) return;
    this.seedInitialData();
    const hash = hashQueryKey(this.options.key);
    if (this.attached?.hash !== hash) {
      this.detach();
      const query = this.cache.build<T>(this.options.key);
      query.addObserver();
      const unsubscribe = query.subscribe(() => this.notify());
      this.attached = query;
      this.detachQuery = () => {
        unsubscribe();
        query.removeObserver();
      };
    }
    const query = this.attached!;
    query.fetcher = this.options.fetcher;
    if (this.shouldFetch(query.state)) query.fetch(this.options.fetcher).catch(() => undefined);
    this.notify();
  }

  /** Fetches the current key again, keeping its data on screen meanwhile. */
  refetch(): Promise<T> {
    return this.cache.fetch(this.options.key, this.options.fetcher);
  }

  /**
   * The result `options` would give, read from the cache without writing to it: rendering with new
   * options shows their key's data before the effect that hands them to `setOptions` runs.
   */
  getOptimisticResult(options: QueryObserverOptions<T>): QueryResult<T> {
    const { key, keepPreviousData, initialData } = options;
    const cached = this.cache.find<T>(key)?.state ?? initialQueryState;
    // Until an effect seeds it, `initialData` stands in for a key the cache holds no data of.
    const state: QueryState<T> =
      cached.data === undefined && initialData !== undefined && !cached.isFetching
        ? { ...initialQueryState, status: 'success', data: initialData }
        : cached;
    // Between a render with a new key and the effect that attaches to it, the request is about to start.
    const aboutToFetch =
      options.enabled !== false &&
      this.hasListeners() &&
      state.status === 'pending' &&
      !state.isFetching &&
      this.attached?.hash !== hashQueryKey(key);
    const placeholder = keepPreviousData && state.status === 'pending' ? this.previousData : undefined;
    const inputs = [cached, initialData, placeholder, aboutToFetch];
    if (this.memo && inputs.every((input, index) => input === this.memo!.inputs[index])) return this.memo.result;
    const isFetching = state.isFetching || aboutToFetch;
    const result: QueryResult<T> =
      placeholder !== undefined
        ? { status: 'success', data: placeholder, error: null, isPending: false, isFetching, isPlaceholderData: true }
        : { status: state.status, data: state.data, error: state.error, isPending: state.status === 'pending', isFetching, isPlaceholderData: false };
    if (state.data !== undefined) this.previousData = state.data;
    this.memo = { inputs, result };
    return result;
  }

  /** The server render and the hydrating render see `initialData` only, never what a client cache holds. */
  getServerResult(options: QueryObserverOptions<T>): QueryResult<T> {
    const data = options.initialData;
    if (this.serverResult?.data !== data || this.serverResult === null) {
      this.serverResult = {
        status: data === undefined ? 'pending' : 'success',
        data,
        error: null,
        isPending: data === undefined,
        isFetching: false,
        isPlaceholderData: false,
      };
    }
    return this.serverResult;
  }

  private shouldFetch(state: QueryState<T>): boolean {
    if (this.options.enabled === false || state.isFetching) return false;
    if (state.status !== 'success' || state.isInvalidated) return true;
    return Date.now() - state.dataUpdatedAt >= (this.options.staleTime ?? 0);
  }

  private seedInitialData(): void {
    const { initialData, key } = this.options;
    if (initialData === undefined) return;
    const existing = this.cache.find<T>(key);
    if (existing?.state.data === undefined) this.cache.seed(key, initialData);
  }

  private detach(): void {
    this.detachQuery?.();
    this.detachQuery = null;
    this.attached = null;
  }
}
