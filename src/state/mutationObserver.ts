import { toPolarApiError, type PolarApiError } from '../client';
import { Subscribable } from './subscribable';

export type MutationStatus = 'idle' | 'pending' | 'success' | 'error';

export interface MutationState<TResult> {
  status: MutationStatus;
  data: TResult | undefined;
  error: PolarApiError | null;
}

/** Called when a mutation settles, as long as its consumer is on screen (TanStack Query's names). */
export interface MutationCallbacks<TVariables, TResult> {
  onSuccess?: (data: TResult, variables: TVariables) => void;
  onError?: (error: PolarApiError, variables: TVariables) => void;
  onSettled?: (data: TResult | undefined, error: PolarApiError | null, variables: TVariables) => void;
}

export type MutationFn<TVariables, TResult> = (variables: TVariables, signal: AbortSignal) => Promise<TResult>;

const idleState: MutationState<never> = { status: 'idle', data: undefined, error: null };

/**
 * One consumer's mutation: a call while another is pending returns that call's promise (one click
 * or twenty, one request). `reset` leaves a pending request to finish unseen; unmounting aborts it.
 */
export class MutationObserver<TVariables, TResult> extends Subscribable {
  private state: MutationState<TResult> = idleState;
  private pending: { promise: Promise<TResult>; controller: AbortController } | null = null;
  private mounted = true;

  constructor(
    private mutationFn: MutationFn<TVariables, TResult>,
    private callbacks: MutationCallbacks<TVariables, TResult> = {},
  ) {
    super();
  }

  /** Takes the latest function and callbacks (hooks call it after every render). */
  setOptions(mutationFn: MutationFn<TVariables, TResult>, callbacks: MutationCallbacks<TVariables, TResult>): void {
    this.mutationFn = mutationFn;
    this.callbacks = callbacks;
  }

  getSnapshot = (): MutationState<TResult> => this.state;

  getServerSnapshot = (): MutationState<TResult> => idleState;

  /**
   * Runs the mutation, or returns the promise of the one still pending. Rejects with a
   * `PolarApiError`. `callbacks` run after the observer's own, for this call only.
   */
  mutateAsync(variables: TVariables, callbacks: MutationCallbacks<TVariables, TResult> = {}): Promise<TResult> {
    if (this.pending) return this.pending.promise;
    const controller = new AbortController();
    const settle = (state: MutationState<TResult>): boolean => {
      if (this.pending?.controller !== controller) return false;
      this.pending = null;
      if (this.mounted) this.setState(state);
      return this.mounted;
    };
    const promise = Promise.resolve()
      .then(() => this.mutationFn(variables, controller.signal))
      .then(
        (data) => {
          if (settle({ status: 'success', data, error: null })) {
            for (const on of [this.callbacks, callbacks]) {
              on.onSuccess?.(data, variables);
              on.onSettled?.(data, null, variables);
            }
          }
          return data;
        },
        (cause: unknown) => {
          const error = toPolarApiError(cause);
          if (settle({ status: 'error', data: undefined, error })) {
            for (const on of [this.callbacks, callbacks]) {
              on.onError?.(error, variables);
              on.onSettled?.(undefined, error, variables);
            }
          }
          throw error;
        },
      );
    this.pending = { promise, controller };
    this.setState({ status: 'pending', data: undefined, error: null });
    return promise;
  }

  /** `mutateAsync` for event handlers: never rejects; the failure is in the state and the callbacks. */
  mutate(variables: TVariables, callbacks?: MutationCallbacks<TVariables, TResult>): void {
    this.mutateAsync(variables, callbacks).catch(() => undefined);
  }

  /** Back to `idle`. A pending request still reaches Polar (and the caches), but no state or callback follows from it. */
  reset(): void {
    this.pending = null;
    if (this.state !== idleState) this.setState(idleState);
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
    this.notify();
  }
}
