// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { defaultMessages } from '../messages';
import { makeProduct } from '../testing/fixtures';
import { CheckoutLinkFormStore, type CheckoutLinkSubmitter } from './index';

const product = makeProduct({ name: 'Pro plan' });

function storeWith(submit: CheckoutLinkSubmitter) {
  return new CheckoutLinkFormStore({ messages: defaultMessages, locale: 'en-US', products: [product], submit });
}

describe('CheckoutLinkFormStore without a DOM', () => {
  it('knows no element ids, elements or focus: those live in the hook layer', () => {
    const store = storeWith(async () => {
      throw new Error('not sent');
    });
    for (const domMember of ['ids', 'elementRef', 'registerElement', 'focusFirstError', 'connect', 'disconnect']) {
      expect(domMember in store).toBe(false);
    }
    store.setValue('success_url', 'nope');
    void store.submit();
    expect(store.getErrorSummary()).toEqual([
      { name: 'products', message: expect.any(String) },
      { name: 'success_url', message: expect.any(String) },
    ]);
  });

  it('sends one submission however many calls, and unmount() aborts it with nothing after', async () => {
    let signal: AbortSignal | undefined;
    const submit = vi.fn<CheckoutLinkSubmitter>(
      (_request, given) =>
        new Promise((_resolve, reject) => {
          signal = given;
          given.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const store = storeWith(submit);
    store.mount();
    store.addProduct(product);

    const first = store.submit();
    const second = store.submit();
    expect(second).toBe(first);
    await vi.waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    expect(store.getState().status).toBe('pending');

    store.unmount();
    expect(signal?.aborted).toBe(true);
    await expect(first).resolves.toBeNull();
    expect(store.getState().status).toBe('pending');
    expect(store.getState().submitError).toBeNull();
  });

  it("lands Polar's field errors on the fields and keeps every value", async () => {
    const store = storeWith(async () => {
      const { PolarApiError } = await import('../client');
      throw new PolarApiError('validation', 'Invalid', { fieldErrors: { label: ['Too fancy.'] }, formErrors: [] });
    });
    store.addProduct(product);
    store.setValue('label', 'Spring ✨');

    await expect(store.submit()).resolves.toBeNull();

    expect(store.getState()).toMatchObject({ status: 'error', values: { label: 'Spring ✨', products: [product.id] } });
    expect(store.getFieldError('label')).toBe('Too fancy.');
  });
});
