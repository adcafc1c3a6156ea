import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CheckoutLink, CheckoutLinkUpdate } from '../contract';
import { createMemoryClient } from '../testing/createMemoryClient';
import { makeCheckoutLink, makeDiscount, makeProduct, makeSeatBasedPrice } from '../testing/fixtures';
import { providerWrapper } from '../../test/helpers/hookTesting';
import { useCheckoutLink } from './useCheckoutLink';
import { useCheckoutLinks } from './useCheckoutLinks';
import { useDeleteCheckoutLink } from './useDeleteCheckoutLink';
import { useUpdateCheckoutLink } from './useUpdateCheckoutLink';

const seatProduct = makeProduct({ name: 'Team plan', prices: [makeSeatBasedPrice()] });
const discount = makeDiscount({ name: 'Launch' });
const fullLink = makeCheckoutLink({
  products: [seatProduct],
  label: 'Team launch',
  success_url: 'https://example.com/thanks?checkout_id={CHECKOUT_ID}',
  return_url: 'https://example.com/pricing',
  discount,
  seats: 5,
  trial_interval: 'week',
  trial_interval_count: 2,
});

function seeded() {
  return createMemoryClient({ products: [seatProduct], discounts: [discount], links: [fullLink] });
}

const patchBodies = (client: ReturnType<typeof seeded>) =>
  client.calls.filter((call) => call.operation === 'checkoutLinks.update').map((call) => call.args[1]);

describe('useUpdateCheckoutLink', () => {
  it('sends only the keys that differ from the link', async () => {
    const client = seeded();
    const { result } = renderHook(() => useUpdateCheckoutLink(), { wrapper: providerWrapper(client) });

    await act(() =>
      result.current.updateCheckoutLink({
        link: fullLink,
        changes: {
          label: 'Team launch, week 2',
          success_url: fullLink.success_url,
          seats: 5,
          allow_discount_codes: true,
          products: [seatProduct.id],
        },
      }),
    );

    expect(patchBodies(client)).toEqual([{ label: 'Team launch, week 2' }]);
    expect(result.current.data?.label).toBe('Team launch, week 2');
  });

  it('clears label, discount, seats, URLs and trial with an explicit null', async () => {
    const client = seeded();
    const { result } = renderHook(() => useUpdateCheckoutLink(), { wrapper: providerWrapper(client) });
    const clear: CheckoutLinkUpdate = {
      label: null,
      discount_id: null,
      seats: null,
      success_url: null,
      return_url: null,
      trial_interval: null,
      trial_interval_count: null,
    };

    let updated: CheckoutLink | undefined;
    await act(async () => {
      updated = await result.current.updateCheckoutLink({ link: fullLink, changes: clear });
    });

    expect(patchBodies(client)).toEqual([clear]);
    expect(updated).toMatchObject({
      label: null,
      discount_id: null,
      seats: null,
      success_url: null,
      return_url: null,
      trial_interval: null,
      trial_interval_count: null,
    });
  });

  it("sends the trial's interval with a changed count (Polar needs both)", async () => {
    const client = seeded();
    const { result } = renderHook(() => useUpdateCheckoutLink(), { wrapper: providerWrapper(client) });

    await act(() => result.current.updateCheckoutLink({ link: fullLink, changes: { trial_interval_count: 3 } }));

    expect(patchBodies(client)).toEqual([{ trial_interval: 'week', trial_interval_count: 3 }]);
  });

  it('sends the changes as given when called with an id', async () => {
    const client = seeded();
    const { result } = renderHook(() => useUpdateCheckoutLink(), { wrapper: providerWrapper(client) });

    await act(() => result.current.updateCheckoutLink({ link: fullLink.id, changes: { label: 'Team launch', seats: 5 } }));

    expect(patchBodies(client)).toEqual([{ label: 'Team launch', seats: 5 }]);
  });

  it('refreshes the lists and the link itself', async () => {
    const client = seeded();
    function Screen() {
      const { data: link } = useCheckoutLink(fullLink.id);
      const { items } = useCheckoutLinks();
      const { mutate } = useUpdateCheckoutLink();
      return (
        <>
          <h1>{link?.label}</h1>
          <ul>
            {items.map((item) => (
              <li key={item.id}>{item.label}</li>
            ))}
          </ul>
          <button type="button" onClick={() => link && mutate({ link, changes: { label: 'Renamed' } })}>
            Rename
          </button>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Screen />, { wrapper: providerWrapper(client) });
    expect(await screen.findByRole('heading', { name: 'Team launch' })).toBeInTheDocument();
    expect(await screen.findByRole('listitem')).toHaveTextContent('Team launch');

    await user.click(screen.getByRole('button', { name: 'Rename' }));

    expect(await screen.findByRole('heading', { name: 'Renamed' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('listitem')).toHaveTextContent('Renamed'));
    expect(client.calls.filter((call) => call.operation === 'checkoutLinks.list')).toHaveLength(2);
  });
});

describe('useDeleteCheckoutLink', () => {
  it('deletes the link and refreshes the lists', async () => {
    const client = seeded();
    function Screen() {
      const { items, status } = useCheckoutLinks();
      const { deleteCheckoutLink, status: deleting } = useDeleteCheckoutLink();
      return (
        <>
          <p>{status === 'success' ? `${items.length} links` : 'loading'}</p>
          <p>{deleting}</p>
          <button type="button" onClick={() => deleteCheckoutLink(fullLink.id)}>
            Delete
          </button>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Screen />, { wrapper: providerWrapper(client) });
    expect(await screen.findByText('1 links')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete' }));

    expect(await screen.findByText('0 links')).toBeInTheDocument();
    expect(screen.getByText('success')).toBeInTheDocument();
    expect(client.calls.filter((call) => call.operation === 'checkoutLinks.delete').map((call) => call.args[0])).toEqual([fullLink.id]);
  });
});
