import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryClient } from '../testing/createMemoryClient';
import { makeCheckoutLink, makeProduct } from '../testing/fixtures';
import { providerWrapper } from '../../test/helpers/hookTesting';
import { useCheckoutLink } from './useCheckoutLink';
import { useCheckoutLinks } from './useCheckoutLinks';
import type { CheckoutLinkListQuery } from '../contract';

const starter = makeProduct({ name: 'Starter' });
const pro = makeProduct({ name: 'Pro' });
const links = [
  makeCheckoutLink({ products: [starter], label: 'Alpha' }),
  makeCheckoutLink({ products: [pro], label: 'Bravo' }),
  makeCheckoutLink({ products: [pro], label: 'Charlie' }),
];

describe('useCheckoutLinks', () => {
  it('pages through the links, filtered by product and sorted', async () => {
    const client = createMemoryClient({ products: [starter, pro], links });
    const { result, rerender } = renderHook((query: CheckoutLinkListQuery) => useCheckoutLinks(query), {
      wrapper: providerWrapper(client),
      initialProps: { product_id: pro.id, sorting: ['-label'], limit: 1, page: 1 },
    });

    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.items.map((link) => link.label)).toEqual(['Charlie']);
    expect(result.current.pagination).toEqual({ page: 1, pageCount: 2, totalCount: 2, hasNextPage: true, hasPreviousPage: false });

    rerender({ product_id: pro.id, sorting: ['-label'], limit: 1, page: 2 });
    // The previous page stays on screen while the next one loads.
    expect(result.current.items.map((link) => link.label)).toEqual(['Charlie']);
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.isFetching).toBe(true);

    await waitFor(() => expect(result.current.items.map((link) => link.label)).toEqual(['Bravo']));
    expect(result.current.pagination.hasNextPage).toBe(false);
    expect(client.calls.map((call) => call.args[0])).toEqual([
      { product_id: pro.id, sorting: ['-label'], limit: 1, page: 1 },
      { product_id: pro.id, sorting: ['-label'], limit: 1, page: 2 },
    ]);
  });

  it('keeps the data on screen while it refetches', async () => {
    const client = createMemoryClient({ products: [starter, pro], links, latencyMs: { 'checkoutLinks.list': 20 } });
    const { result } = renderHook(() => useCheckoutLinks(), { wrapper: providerWrapper(client) });
    await waitFor(() => expect(result.current.items).toHaveLength(3));

    let refetched!: Promise<void>;
    act(() => {
      refetched = result.current.refetch();
    });
    await waitFor(() => expect(result.current.isFetching).toBe(true));
    expect(result.current.items).toHaveLength(3);
    expect(result.current.status).toBe('success');

    await act(() => refetched);
    expect(result.current.isFetching).toBe(false);
  });

  it('reports a failure as a PolarApiError', async () => {
    const client = createMemoryClient({ fail: { 'checkoutLinks.list': { kind: 'rate_limited', retryAfter: 12 } } });
    const { result } = renderHook(() => useCheckoutLinks(), { wrapper: providerWrapper(client) });

    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ kind: 'rate_limited', retryAfter: 12 });
    expect(result.current.pagination.hasNextPage).toBe(false);
  });
});

describe('useCheckoutLink', () => {
  it('loads one link, and nothing without an id', async () => {
    const client = createMemoryClient({ products: [starter, pro], links });
    const { result, rerender } = renderHook((id: string | undefined) => useCheckoutLink(id), {
      wrapper: providerWrapper(client),
      initialProps: undefined,
    });
    expect(result.current).toMatchObject({ status: 'pending', isFetching: false, isPending: true, data: undefined });
    expect(client.calls).toHaveLength(0);

    rerender(links[1]!.id);
    await waitFor(() => expect(result.current.data?.label).toBe('Bravo'));
    expect(client.calls.map((call) => call.operation)).toEqual(['checkoutLinks.get']);
  });
});
