import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { PolarClient } from '../client';
import type { Product } from '../contract';
import { createMemoryClient } from '../testing/createMemoryClient';
import { makeDiscount, makeProduct } from '../testing/fixtures';
import { observeCalls, providerWrapper } from '../../test/helpers/hookTesting';
import { useDiscounts } from './useDiscounts';
import { useProducts, type UseProductsOptions } from './useProducts';

const starter = makeProduct({ name: 'Starter' });
const pro = makeProduct({ name: 'Pro' });
const proMax = makeProduct({ name: 'Pro Max' });
const premium = makeProduct({ name: 'Premium' });
const archived = makeProduct({ name: 'Archived Pro', is_archived: true });
const draft = makeProduct({ name: 'Draft Pro', visibility: 'draft' });
const catalog = [starter, pro, proMax, premium, archived, draft];

const names = (products: readonly Product[]) => products.map((product) => product.name);
const listCalls = (client: { calls: readonly { operation: string; args: readonly unknown[] }[] }) =>
  client.calls.filter((call) => call.operation === 'products.list');

describe('useProducts', () => {
  it('searches on the server and leaves archived and draft products out', async () => {
    const client = createMemoryClient({ products: catalog });
    const { result } = renderHook(() => useProducts({ query: ' pro ', limit: 10 }), { wrapper: providerWrapper(client) });

    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(names(result.current.items)).toEqual(expect.arrayContaining(['Pro', 'Pro Max']));
    expect(result.current.items).toHaveLength(2);
    expect(listCalls(client)[0]?.args[0]).toEqual({ query: 'pro', page: 1, limit: 10, is_archived: false, visibility: ['public', 'private'] });
  });

  it('leaves archived and draft products out even when the server sends them', async () => {
    const memory = createMemoryClient({ products: catalog });
    // A proxy that drops the filters: the picker must still not offer what a link cannot sell.
    const ignoringFilters: PolarClient = {
      ...memory,
      products: { ...memory.products, list: ({ is_archived: _a, visibility: _v, ...query } = {}, options) => memory.products.list(query, options) },
    };
    const { result } = renderHook(() => useProducts({ limit: 10 }), { wrapper: providerWrapper(ignoringFilters) });

    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(names(result.current.items).sort()).toEqual(['Premium', 'Pro', 'Pro Max', 'Starter']);
  });

  it('pages up to max_page and starts over at page 1 for a new search', async () => {
    const client = createMemoryClient({ products: catalog });
    const { result, rerender } = renderHook((options: UseProductsOptions) => useProducts(options), {
      wrapper: providerWrapper(client),
      initialProps: { limit: 3 } as UseProductsOptions,
    });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.pagination).toEqual({ page: 1, pageCount: 2, totalCount: 4, hasNextPage: true, hasPreviousPage: false });

    act(() => result.current.nextPage());
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.pagination).toMatchObject({ page: 2, hasNextPage: false, hasPreviousPage: true });
    expect(result.current.items).toHaveLength(1);

    act(() => result.current.nextPage());
    expect(result.current.pagination.page).toBe(2);

    rerender({ limit: 3, query: 'nothing like it' });
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current).toMatchObject({ pagination: { page: 1, pageCount: 0, totalCount: 0, hasNextPage: false }, items: [] });
    expect(listCalls(client).map((call) => (call.args[0] as { page: number }).page)).toEqual([1, 2, 1]);
  });

  it('fetches selected products by id when they are not on the page, once', async () => {
    const client = createMemoryClient({ products: catalog });
    const { result } = renderHook(() => useProducts({ limit: 2, ids: [premium.id, starter.id, archived.id] }), {
      wrapper: providerWrapper(client),
    });

    await waitFor(() => expect(result.current.selectedItems).toHaveLength(3));
    expect(names(result.current.selectedItems)).toEqual(['Premium', 'Starter', 'Archived Pro']);
    const onPage = new Set(result.current.items.map((product) => product.id));
    const fetchedById = client.calls.filter((call) => call.operation === 'products.get').map((call) => call.args[0]);
    expect(fetchedById.sort()).toEqual([premium.id, starter.id, archived.id].filter((id) => !onPage.has(id)).sort());

    act(() => result.current.nextPage());
    await waitFor(() => expect(result.current.pagination.page).toBe(2));
    await waitFor(() => expect(result.current.isFetching).toBe(false));
    // What page 1 or a fetch by id brought is not asked for again.
    expect(names(result.current.selectedItems)).toEqual(['Premium', 'Starter', 'Archived Pro']);
    expect(client.calls.filter((call) => call.operation === 'products.get')).toHaveLength(fetchedById.length);
  });

  it('sends one request for the same list asked for twice at once', async () => {
    const client = createMemoryClient({ products: catalog, latencyMs: 10 });
    function Picker() {
      const { items } = useProducts({ query: 'pro' });
      return <p>{items.length} products</p>;
    }
    render(
      <>
        <Picker />
        <Picker />
      </>,
      { wrapper: providerWrapper(client) },
    );

    await waitFor(() => expect(screen.getAllByText('2 products')).toHaveLength(2));
    expect(listCalls(client)).toHaveLength(1);
  });

  it('aborts a superseded search and shows only the last answer', async () => {
    const observed = observeCalls(createMemoryClient({ products: catalog, latencyMs: { 'products.list': 150 } }));
    const shown: string[][] = [];
    function Picker() {
      const [query, setQuery] = useState('');
      const { items } = useProducts({ query });
      shown.push(names(items));
      return (
        <>
          <label>
            Search <input value={query} onChange={(event) => setQuery(event.target.value)} />
          </label>
          <ul>
            {items.map((product) => (
              <li key={product.id}>{product.name}</li>
            ))}
          </ul>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Picker />, { wrapper: providerWrapper(observed.client) });
    expect(await screen.findAllByRole('listitem')).toHaveLength(4);
    shown.length = 0;

    await user.type(screen.getByRole('textbox', { name: 'Search' }), 'pre');

    await waitFor(() => expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Premium']));
    const searches = observed.calls.filter((call) => call.operation === 'products.list');
    expect(searches.map((call) => (call.args[0] as { query?: string }).query)).toEqual([undefined, 'p', 'pr', 'pre']);
    expect(searches.slice(1).map((call) => call.signal?.aborted)).toEqual([true, true, false]);
    // While typing, the first answer stayed until the last one replaced it; no answer in between was shown.
    expect(new Set(shown.map((list) => list.sort().join()))).toEqual(new Set(['Premium,Pro,Pro Max,Starter', 'Premium']));
  });

  it('shows initialData at once', async () => {
    const client = createMemoryClient({ products: catalog });
    const initialData = { items: [starter], pagination: { total_count: 1, max_page: 1 } };
    const { result } = renderHook(() => useProducts({ initialData }), { wrapper: providerWrapper(client) });

    expect(names(result.current.items)).toEqual(['Starter']);
    expect(result.current.status).toBe('success');
    // Then revalidated in the browser.
    await waitFor(() => expect(result.current.items).toHaveLength(4));
  });
});

describe('useDiscounts', () => {
  it('searches discounts and fetches selected ones by id', async () => {
    const launch = makeDiscount({ name: 'Launch' });
    const summer = makeDiscount({ name: 'Summer', type: 'percentage' });
    const client = createMemoryClient({ products: catalog, discounts: [launch, summer] });
    const { result } = renderHook(() => useDiscounts({ query: 'laun', ids: [summer.id] }), { wrapper: providerWrapper(client) });

    await waitFor(() => expect(result.current.selectedItems).toHaveLength(1));
    expect(result.current.items.map((discount) => discount.name)).toEqual(['Launch']);
    expect(result.current.selectedItems[0]?.name).toBe('Summer');
    expect(client.calls.map((call) => [call.operation, call.args[0]])).toEqual(
      expect.arrayContaining([
        ['discounts.list', { query: 'laun', page: 1 }],
        ['discounts.get', summer.id],
      ]),
    );
  });
});
