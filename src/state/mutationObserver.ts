import { toPolarApiError, type PolarApiError } from '../client';

export type MutationStatus = 'idle' | 'pending' | 'success' | 'error';

export interface MutationState<TResult> {
  status: MutationStatus;
  data: TResult | undefined;
  error: PolarApiError | null;
}

export interface MutationCallbacks<TVariables, TResult> {
  onSuccess?: (data: TResult, variables: TVariables) => void;
  onError?: (error: PolarApiError, variables: TVariables) => void;
}

export type MutationFn<TVariables, TResult> = (variables: TVariables, signal: AbortSignal) => Promise<TResult>;

const idleState: MutationState<never> = { status: 'idle', data: undefined, error: null };

/**
 * One consumer's mutation: a call while another is pending returns that call's promise (one click
 * or twenty, one request); unmounting aborts the request and silences the observer for good.
 */
export class MutationObserver<TVariables, TResult> {
  private state: MutationState<TResult> = idleState;
  private readonly listeners = new Set<() => void>();
  private pending: { promise: Promise<TResult>; controller: AbortController } | null = null;
  private mounted = true;

  constructor(
    private mutationFn: MutationFn<TVariables, TResult>,
    private callbacks: MutationCallbacks<TVariables, TResult> = {},
  ) {}

  /** Takes the latest function and callbacks (hooks call it on every render). */
  setOptions(mutationFn: MutationFn<TVariables, TResult>, callbacks: MutationCallbacks<TVariables, TResult>): void {
    this.mutationFn = mutationFn;
    this.callbacks = callbacks;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): MutationState<TResult> => this.state;

  getServerSnapshot = (): MutationState<TResult> => idleState;

  /** Runs the mutation, or returns the promise of the one still pending. Rejects with a `PolarApiError`. */
  mutate(variables: TVariables): Promise<TResult> {
    if (this.pending) return this.pending.promise;
    const controller = new AbortController();
    const settle = (state: MutationState<TResult>) => {
      if (this.pending?.controller === controller) this.pending = null;
      if (this.mounted) this.setState(state);
    };
    const promise = Promise.resolve()
      .then(() => this.mutationFn(variables, controller.signal))
      .then(
        (data) => {
          settle({ status: 'success', data, error: null });
          if (this.mounted) this.callbacks.onSuccess?.(data, variables);
          return data;
        },
        (cause: unknown) => {
          const error = toPolarApiError(cause);
          settle({ status: 'error', data: undefined, error });
          if (this.mounted) this.callbacks.onError?.(error, variables);
          throw error;
        },
      );
    this.pending = { promise, controller };
    this.setState({ status: 'pending', data: undefined, error: null });
    return promise;
  }

  reset(): void {
    if (this.pending) return;
    this.setState(idleState);
  }

  /** The consumer is (again) on screen: StrictMode unmounts and remounts before anything is sent. */
  mount(): void {
    this.mounted = true;
  }

  /** The consumer left: abort what is pending; no state change or callback follows. */
  unmount(): void {
    this.mounted = false;
    this.pending?.controller.abort();
  }

  private setState(state: MutationState<TResult>): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener();
  }
}
