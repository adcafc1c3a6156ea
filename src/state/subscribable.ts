/**
 * The listener plumbing every store here shares (`Query`, `QueryObserver`, `MutationObserver`, the
 * form store): `subscribe` returns its own unsubscribe, `notify` calls each listener once, and a
 * subclass learns when its first listener arrives or its last one leaves.
 */
export class Subscribable {
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.onSubscribe();
    return () => {
      if (this.listeners.delete(listener)) this.onUnsubscribe();
    };
  };

  hasListeners(): boolean {
    return this.listeners.size > 0;
  }

  protected onSubscribe(): void {}

  protected onUnsubscribe(): void {}

  protected notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
