// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { defaultMessages } from '../messages';
import { makeCheckoutLink, makeProduct } from '../testing/fixtures';
import { CheckoutLinkFormStore, checkoutLinkFormDefaultsFrom, type CheckoutLinkSubmitter } from './index';

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

describe('checkoutLinkFormDefaultsFrom', () => {
  it("starts a new link from everything an edit of the link starts from, but the legacy link's one price", () => {
    const link = makeCheckoutLink({
      products: [product, makeProduct({ name: 'Team plan' })],
      label: 'Spring launch',
      success_url: 'https://example.com/thanks',
      allow_discount_codes: false,
      require_billing_address: true,
      trial_interval: 'week',
      trial_interval_count: 2,
      seats: 5,
      metadata: { campaign: 'spring', tier: 3, vip: true },
      product_price_id: product.prices[0]!.id,
    });
    const options = { messages: defaultMessages, locale: 'en-US', products: [product], submit: async () => link };
    const edit = new CheckoutLinkFormStore({ ...options, link });
    const duplicate = new CheckoutLinkFormStore({ ...options, defaultValues: checkoutLinkFormDefaultsFrom(link) });

    expect(edit.getState().values.product_price_id).toBe(link.product_price_id);
    expect(duplicate.getState().values).toEqual({ ...edit.getState().values, product_price_id: '' });
    expect(duplicate.getState().values.metadata.map(({ key, type, value }) => [key, type, value])).toEqual([
      ['campaign', 'text', 'spring'],
      ['tier', 'number', '3'],
      ['vip', 'boolean', 'true'],
    ]);
  });
});
