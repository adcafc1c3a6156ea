// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { CheckoutLinkFormStore } from './checkoutLinkFormStore';
import { MutationObserver } from './mutationObserver';
import { Query, QueryCache } from './queryCache';
import { QueryObserver } from './queryObserver';
import { Subscribable } from './subscribable';
import { defaultMessages } from '../messages';

class Counter extends Subscribable {
  active = 0;
  protected override onSubscribe() {
    this.active += 1;
  }
  protected override onUnsubscribe() {
    this.active -= 1;
  }
  bump() {
    this.notify();
  }
}

describe('Subscribable', () => {
  it('calls each listener once per change, and an unsubscribe only counts once', () => {
    const counter = new Counter();
    const listener = vi.fn();
    const unsubscribe = counter.subscribe(listener);
    counter.bump();
    expect(listener).toHaveBeenCalledTimes(1);

    unsubscribe();
    unsubscribe();
    expect(counter.active).toBe(0);
    expect(counter.hasListeners()).toBe(false);
    counter.bump();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('is the one base of the query, both observers and the form store', () => {
    const cache = new QueryCache();
    const stores = [
      new Query(['products.list'], '["products.list"]'),
      new QueryObserver(cache, { key: ['products.list'], fetcher: async () => 1 }),
      new MutationObserver(async () => 1),
      new CheckoutLinkFormStore({ messages: defaultMessages, locale: 'en-US', submit: async () => Promise.reject(new Error('unused')) }),
    ];
    for (const store of stores) expect(store).toBeInstanceOf(Subscribable);
  });
});
