import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  isPolarApiError,
  useCheckoutLink,
  useCheckoutLinks,
  useCreateCheckoutLink,
  useDeleteCheckoutLink,
  useDiscounts,
  useProducts,
  useUpdateCheckoutLink,
  type CheckoutLinkCreate,
} from '../headless';
import { createMemoryClient, makeCheckoutLink, makeDiscount, makeProduct } from '../testing';
import { providerWrapper } from '../../test/helpers/hookTesting';

const product = makeProduct({ name: 'Pro plan' });
const discount = makeDiscount({ name: 'Spring' });
const link = makeCheckoutLink({ products: [product], label: 'Launch' });
const body: CheckoutLinkCreate = { payment_processor: 'stripe', products: [product.id], label: 'Spring sale' };
const invalidBody: CheckoutLinkCreate = { payment_processor: 'stripe', products: [] };

const seeded = () => createMemoryClient({ products: [product], discounts: [discount], links: [link] });
const readKeys = ['data', 'error', 'isFetching', 'isPending', 'refetch', 'status'];
const paginationKeys = ['hasNextPage', 'hasPreviousPage', 'page', 'pageCount', 'totalCount'];
const mutationKeys = ['data', 'error', 'isPending', 'mutate', 'mutateAsync', 'reset', 'status'];

describe('read hooks share one result shape', () => {
  it('gives every read hook data, status, error, isPending, isFetching and refetch', async () => {
    const { result } = renderHook(
      () => ({ one: useCheckoutLink(link.id), links: useCheckoutLinks(), products: useProducts(), discounts: useDiscounts() }),
      { wrapper: providerWrapper(seeded()) },
    );
    for (const hook of Object.values(result.current)) {
      expect(Object.keys(hook)).toEqual(expect.arrayContaining(readKeys));
      expect(hook).toMatchObject({ status: 'pending', isPending: true, data: undefined });
    }

    await waitFor(() => expect(Object.values(result.current).every((hook) => hook.status === 'success')).toBe(true));
    const { one, links, products, discounts } = result.current;
    expect(one).toMatchObject({ isPending: false, data: { id: link.id, label: 'Launch' } });
    expect(links.data?.items.map((item) => item.id)).toEqual([link.id]);
    expect(products.data?.items.map((item) => item.id)).toEqual([product.id]);
    expect(discounts.data?.items.map((item) => item.id)).toEqual([discount.id]);
  });

  it('gives every list its items and the same pagination object', async () => {
    const { result } = renderHook(() => ({ links: useCheckoutLinks(), products: useProducts(), discounts: useDiscounts() }), {
      wrapper: providerWrapper(seeded()),
    });
    await waitFor(() => expect(Object.values(result.current).every((hook) => hook.status === 'success')).toBe(true));

    for (const list of Object.values(result.current)) {
      expect(list.items).toHaveLength(1);
      expect(Object.keys(list.pagination).sort()).toEqual(paginationKeys);
      expect(list.pagination).toEqual({ page: 1, pageCount: 1, totalCount: 1, hasNextPage: false, hasPreviousPage: false });
    }
  });
});

describe('mutation hooks share one result shape', () => {
  it('gives every mutation hook mutate, mutateAsync, data, status, error, isPending and reset, the domain verb being mutateAsync', () => {
    const { result } = renderHook(
      () => ({ create: useCreateCheckoutLink(), update: useUpdateCheckoutLink(), remove: useDeleteCheckoutLink() }),
      { wrapper: providerWrapper(seeded()) },
    );
    const { create, update, remove } = result.current;
    for (const hook of [create, update, remove]) {
      expect(Object.keys(hook)).toEqual(expect.arrayContaining(mutationKeys));
      expect(hook).toMatchObject({ status: 'idle', isPending: false, data: undefined, error: null });
    }
    expect(create.createCheckoutLink).toBe(create.mutateAsync);
    expect(update.updateCheckoutLink).toBe(update.mutateAsync);
    expect(remove.deleteCheckoutLink).toBe(remove.mutateAsync);
  });

  it('mutate never rejects: a failure lands in error and onError', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const onError = vi.fn();
      const { result } = renderHook(() => useCreateCheckoutLink(), { wrapper: providerWrapper(seeded()) });

      let returned: unknown = 'not called';
      act(() => {
        returned = result.current.mutate(invalidBody, { onError });
      });
      expect(returned).toBeUndefined();
      await waitFor(() => expect(result.current.status).toBe('error'));
      expect(result.current.error?.kind).toBe('validation');
      expect(onError).toHaveBeenCalledWith(result.current.error, invalidBody);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('mutateAsync rejects with the PolarApiError that error holds', async () => {
    const { result } = renderHook(() => useCreateCheckoutLink(), { wrapper: providerWrapper(seeded()) });

    let rejection: unknown;
    await act(() => result.current.mutateAsync(invalidBody).catch((error: unknown) => (rejection = error)));

    expect(isPolarApiError(rejection)).toBe(true);
    expect(result.current.error).toBe(rejection);
  });

  it('shows isPending while a create is under way, then the new link as data, and reset goes back to idle', async () => {
    const { result } = renderHook(() => useCreateCheckoutLink(), { wrapper: providerWrapper(seeded()) });

    act(() => result.current.mutate(body));
    expect(result.current).toMatchObject({ status: 'pending', isPending: true });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current).toMatchObject({ isPending: false, data: { label: 'Spring sale' } });

    act(() => result.current.reset());
    expect(result.current).toMatchObject({ status: 'idle', isPending: false, data: undefined, error: null });
  });

  it("gives a delete's data as the deleted link's id", async () => {
    const onSuccess = vi.fn();
    const { result } = renderHook(() => useDeleteCheckoutLink({ onSuccess }), { wrapper: providerWrapper(seeded()) });

    await act(() => result.current.mutateAsync(link.id));

    expect(result.current).toMatchObject({ status: 'success', data: link.id });
    expect(onSuccess).toHaveBeenCalledWith(link.id, link.id);
  });

  it('updates with one variables object, as mutate takes it', async () => {
    const client = seeded();
    const { result } = renderHook(() => useUpdateCheckoutLink(), { wrapper: providerWrapper(client) });

    await act(() => result.current.mutateAsync({ link, changes: { label: 'Renamed', products: [product.id] } }));

    expect(result.current.data?.label).toBe('Renamed');
    expect(client.calls.filter((call) => call.operation === 'checkoutLinks.update').map((call) => call.args[1])).toEqual([{ label: 'Renamed' }]);
  });
});
