import { QueryClient, QueryClientProvider, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  CheckoutLinksProvider,
  checkoutLinkKeys,
  checkoutLinkQueries,
  discountKeys,
  discountQueries,
  productKeys,
  productQueries,
  useCheckoutLinks,
  useCheckoutLinksCache,
  useCreateCheckoutLink,
  useDeleteCheckoutLink,
  useUpdateCheckoutLink,
  type CheckoutLink,
  type CheckoutLinkChangeEvent,
  type PolarClient,
} from '../headless';
import { createMemoryClient, makeCheckoutLink, makeDiscount, makeProduct } from '../testing';

const product = makeProduct({ name: 'Pro plan' });
const discount = makeDiscount({ name: 'Spring' });
const seed = [makeCheckoutLink({ products: [product], label: 'Alpha' })];

const labels = (links: readonly CheckoutLink[] | undefined) => (links ?? []).map((link) => link.label ?? '').sort();

/** The host's own links table, on its own TanStack Query cache, with its own create, rename and delete. */
function HostTable({ client }: { client: PolarClient }) {
  const queryClient = useQueryClient();
  const ours = useCheckoutLinksCache();
  const queries = checkoutLinkQueries(client);
  const links = useQuery(queries.list({ sorting: ['created_at'] }));
  // After a change of its own, the host refreshes its cache and ours.
  const changed = () => {
    void queryClient.invalidateQueries({ queryKey: checkoutLinkKeys.all });
    ours.invalidateCheckoutLinks();
  };
  const create = useMutation({ ...queries.create(), onSuccess: changed });
  const update = useMutation({ ...queries.update(), onSuccess: changed });
  const remove = useMutation({ ...queries.delete(), onSuccess: changed });
  const last = links.data?.items.at(-1);
  return (
    <section aria-label="Host table">
      <output>{labels(links.data?.items).join(', ')}</output>
      <button type="button" onClick={() => create.mutate({ payment_processor: 'stripe', products: [product.id], label: 'Host made' })}>
        Host create
      </button>
      <button type="button" onClick={() => last && update.mutate({ link: last, changes: { label: 'Host renamed' } })}>
        Host rename last
      </button>
      <button type="button" onClick={() => last && remove.mutate(last.id)}>
        Host delete last
      </button>
    </section>
  );
}

/** Our hooks' list, with our mutation hooks. */
function OurTable() {
  const { items } = useCheckoutLinks({ sorting: ['created_at'] });
  const create = useCreateCheckoutLink();
  const update = useUpdateCheckoutLink();
  const remove = useDeleteCheckoutLink();
  const last = items.at(-1);
  return (
    <section aria-label="Our table">
      <output>{labels(items).join(', ')}</output>
      <button type="button" onClick={() => create.mutate({ payment_processor: 'stripe', products: [product.id], label: 'Ours made' })}>
        Our create
      </button>
      <button type="button" onClick={() => last && update.mutate({ link: last, changes: { label: 'Ours renamed' } })}>
        Our rename last
      </button>
      <button type="button" onClick={() => last && remove.mutate(last.id)}>
        Our delete last
      </button>
    </section>
  );
}

function App({ client, onChange, children }: { client: PolarClient; onChange: (event: CheckoutLinkChangeEvent) => void; children: ReactNode }) {
  return <CheckoutLinksProvider client={client} onChange={onChange}>{children}</CheckoutLinksProvider>;
}

describe('TanStack Query interop', () => {
  it('keeps a host table on TanStack Query and our list equal through create, edit and delete from either side', async () => {
    const client = createMemoryClient({ products: [product], links: seed });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const events: CheckoutLinkChangeEvent[] = [];
    const onChange = (event: CheckoutLinkChangeEvent) => {
      events.push(event);
      void queryClient.invalidateQueries({ queryKey: checkoutLinkKeys.all });
    };
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={queryClient}>
        <App client={client} onChange={onChange}>
          <HostTable client={client} />
          <OurTable />
        </App>
      </QueryClientProvider>,
    );
    const host = within(screen.getByRole('region', { name: 'Host table' }));
    const ours = within(screen.getByRole('region', { name: 'Our table' }));
    const bothShow = async (expected: string[]) => {
      const server = labels((await client.checkoutLinks.list({ limit: 100 })).items);
      expect(server).toEqual([...expected].sort());
      await waitFor(() => {
        expect(host.getByRole('status')).toHaveTextContent(server.join(', '));
        expect(ours.getByRole('status')).toHaveTextContent(server.join(', '));
      });
      expect(host.getByRole('status').textContent).toBe(ours.getByRole('status').textContent);
    };
    await bothShow(['Alpha']);

    await user.click(ours.getByRole('button', { name: 'Our create' }));
    await bothShow(['Alpha', 'Ours made']);
    await user.click(host.getByRole('button', { name: 'Host rename last' }));
    await bothShow(['Alpha', 'Host renamed']);
    await user.click(ours.getByRole('button', { name: 'Our delete last' }));
    await bothShow(['Alpha']);

    await user.click(host.getByRole('button', { name: 'Host create' }));
    await bothShow(['Alpha', 'Host made']);
    await user.click(ours.getByRole('button', { name: 'Our rename last' }));
    await bothShow(['Alpha', 'Ours renamed']);
    await user.click(host.getByRole('button', { name: 'Host delete last' }));
    await bothShow(['Alpha']);

    expect(events.map((event) => event.kind)).toEqual(['created', 'deleted', 'updated']);
    expect(events[0]).toMatchObject({ kind: 'created', link: { label: 'Ours made' } });
    expect(events[1]).toEqual({ kind: 'deleted', id: expect.any(String) });
    expect(events[2]).toMatchObject({ kind: 'updated', link: { label: 'Ours renamed' } });
  });

  it('gives plain query and mutation options whose keys are the exported ones, and checks bodies as our hooks do', async () => {
    const client = createMemoryClient({ products: [product], discounts: [discount], links: seed });
    const queryClient = new QueryClient();
    const link = seed[0]!;

    await expect(queryClient.fetchQuery(checkoutLinkQueries(client).detail(link.id))).resolves.toMatchObject({ id: link.id });
    await expect(queryClient.fetchQuery(productQueries(client).list({ limit: 5 }))).resolves.toMatchObject({ items: [{ id: product.id }] });
    await expect(queryClient.fetchQuery(discountQueries(client).detail(discount.id))).resolves.toMatchObject({ id: discount.id });
    expect(queryClient.getQueryData(checkoutLinkKeys.detail(link.id))).toMatchObject({ label: 'Alpha' });
    expect(queryClient.getQueryData(productKeys.list({ limit: 5 }))).toBeDefined();
    expect(queryClient.getQueryData(discountKeys.detail(discount.id))).toBeDefined();
    expect(checkoutLinkKeys.lists().every((part, index) => checkoutLinkKeys.list({ page: 2 })[index] === part)).toBe(true);

    const sent = vi.spyOn(client.checkoutLinks, 'create');
    await expect(checkoutLinkQueries(client).create().mutationFn({ payment_processor: 'stripe', products: [] })).rejects.toMatchObject({
      kind: 'validation',
      fieldErrors: { products: [expect.any(String)] },
    });
    expect(sent).not.toHaveBeenCalled();
  });
});
