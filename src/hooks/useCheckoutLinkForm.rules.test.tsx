import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Discount, Product } from '../contract';
import { createMemoryClient } from '../testing/createMemoryClient';
import { makeDiscount, makeLegacyRecurringPrice, makeProduct, makeSeatBasedPrice } from '../testing/fixtures';
import { BareCheckoutLinkForm } from '../../test/helpers/BareCheckoutLinkForm';
import { providerWrapper } from '../../test/helpers/hookTesting';
import { useCheckoutLinkForm } from './useCheckoutLinkForm';

const ebook = makeProduct({ name: 'E-book', recurring_interval: null });
const pro = makeProduct({ name: 'Pro plan' });
const teamSmall = makeProduct({
  name: 'Team small',
  prices: [makeSeatBasedPrice({ seat_tiers: { tiers: [{ min_seats: 3, max_seats: 20, price_per_seat: 900 }] } })],
});
const teamAny = makeProduct({ name: 'Team any', prices: [makeSeatBasedPrice()] });
const monthly = makeLegacyRecurringPrice({ recurring_interval: 'month', price_amount: 1900 });
const yearly = makeLegacyRecurringPrice({ recurring_interval: 'year', price_amount: 19000 });
const legacy = makeProduct({ name: 'Legacy plan', recurring_interval: null, prices: [monthly, yearly] });
const asDiscountProduct = ({ id, name, is_recurring, is_archived }: Product) => ({ id, name, is_recurring, is_archived });
const everything = makeDiscount({ name: 'Everything' });
const proOnly = makeDiscount({ name: 'Pro only', products: [asDiscountProduct(pro)] });
const products = [ebook, pro, teamSmall, teamAny, legacy];
const discounts: Discount[] = [everything, proOnly];

function setup() {
  const client = createMemoryClient({ products, discounts, links: [] });
  const user = userEvent.setup();
  render(<BareCheckoutLinkForm />, { wrapper: providerWrapper(client) });
  const created = () => client.calls.filter((call) => call.operation === 'checkoutLinks.create').map((call) => call.args[0]);
  const add = async (name: string) => user.click(await screen.findByRole('button', { name: `Add ${name}` }));
  const remove = (name: string) => user.click(screen.getByRole('button', { name: `Remove ${name}` }));
  const submit = () => user.click(screen.getByRole('button', { name: 'Create link' }));
  return { user, created, add, remove, submit };
}

describe('useCheckoutLinkForm: fields that cannot apply', () => {
  it('offers a trial only with a recurring product, and clears it when none is left', async () => {
    const { user, add, remove, submit, created } = setup();
    await add('E-book');
    expect(screen.queryByLabelText('Trial unit')).not.toBeInTheDocument();

    await add('Pro plan');
    await user.selectOptions(screen.getByLabelText('Trial unit'), 'Weeks');
    await user.type(screen.getByLabelText('Trial length'), '2');
    await remove('Pro plan');
    expect(screen.queryByLabelText('Trial unit')).not.toBeInTheDocument();

    await add('Pro plan');
    expect(screen.getByLabelText('Trial unit')).toHaveValue('');
    expect(screen.getByLabelText('Trial length')).toHaveValue(null);

    await user.selectOptions(screen.getByLabelText('Trial unit'), 'Days');
    await submit();
    expect(screen.getByLabelText('Trial length')).toHaveAccessibleDescription('Enter the trial length as well as its unit.');
    await user.type(screen.getByLabelText('Trial length'), '14');
    await submit();
    await waitFor(() => expect(created()).toHaveLength(1));
    expect(created()[0]).toMatchObject({ products: [ebook.id, pro.id], trial_interval: 'day', trial_interval_count: 14 });
  });

  it('offers seats only when every product is seat-based, within the range all of them allow', async () => {
    const { user, add, remove, submit, created } = setup();
    await add('Team any');
    expect(screen.getByText('Between 1 and 10,000 seats.')).toBeInTheDocument();

    await add('Team small');
    expect(screen.getByText('Between 3 and 20 seats.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Seats'), '25');
    await user.tab();
    expect(screen.getByLabelText('Seats')).toHaveAccessibleDescription('Enter between 3 and 20 seats.');

    await add('E-book');
    expect(screen.queryByLabelText('Seats')).not.toBeInTheDocument();
    await remove('E-book');
    expect(screen.getByLabelText('Seats')).toHaveValue(null);

    await user.type(screen.getByLabelText('Seats'), '12');
    await submit();
    await waitFor(() => expect(created()).toHaveLength(1));
    expect(created()[0]).toMatchObject({ products: [teamAny.id, teamSmall.id], seats: 12 });
  });

  it('presets only a discount that covers every product, and drops one that no longer does', async () => {
    const { user, add } = setup();
    await add('Pro plan');
    const discount = screen.getByLabelText('Preset discount');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Pro only' })).toBeEnabled());
    await user.selectOptions(discount, 'Pro only');
    expect(discount).toHaveValue(proOnly.id);

    await add('E-book');

    expect(discount).toHaveValue('');
    expect(screen.getByRole('option', { name: 'Pro only' })).toBeDisabled();
    expect(screen.getByRole('option', { name: 'Everything' })).toBeEnabled();
  });

  it('says which products a discount misses', () => {
    const { result } = renderHook(() => useCheckoutLinkForm({ products, discounts }), {
      wrapper: providerWrapper(createMemoryClient({ products, discounts })),
    });
    act(() => {
      result.current.addProduct(pro.id);
      result.current.addProduct(ebook.id);
      result.current.addProduct(legacy.id);
    });

    expect(result.current.getDiscountApplicability(everything)).toEqual({ applicable: true });
    expect(result.current.getDiscountApplicability(proOnly)).toEqual({ applicable: false, reason: 'products', uncoveredProducts: [ebook, legacy] });

    act(() => result.current.setValue('discount_id', proOnly.id));
    act(() => result.current.store.blur('discount_id'));
    expect(result.current.getFieldError('discount_id')).toBe('This discount does not apply to E-book and Legacy plan.');
  });
});

describe('useCheckoutLinkForm: the body it builds', () => {
  it("sends the seed's product_price_id body when a legacy product's price is chosen", async () => {
    const { user, add, submit, created } = setup();
    await add('Legacy plan');

    await user.selectOptions(screen.getByLabelText('Price'), 'year');
    await submit();

    await waitFor(() => expect(created()).toHaveLength(1));
    expect(created()[0]).toEqual({ payment_processor: 'stripe', product_price_id: yearly.id, allow_discount_codes: true });
  });

  it('sends every price of a legacy product unless one is chosen, and drops the choice for several products', async () => {
    const { user, add, submit, created } = setup();
    await add('Legacy plan');
    await user.selectOptions(screen.getByLabelText('Price'), 'month');
    await add('Pro plan');
    expect(screen.queryByLabelText('Price')).not.toBeInTheDocument();

    await submit();

    await waitFor(() => expect(created()).toHaveLength(1));
    expect(created()[0]).toEqual({ payment_processor: 'stripe', products: [legacy.id, pro.id], allow_discount_codes: true });
  });

  it('sends products in the order they were arranged', async () => {
    const { user, add, submit, created } = setup();
    await add('E-book');
    await add('Pro plan');
    await add('Team any');

    await user.click(screen.getByRole('button', { name: 'Move Team any up' }));
    await user.click(screen.getByRole('button', { name: 'Move E-book down' }));
    await user.click(screen.getByRole('button', { name: 'Move Pro plan up' }));
    await submit();

    await waitFor(() => expect(created()).toHaveLength(1));
    expect(created()[0]).toMatchObject({ products: [teamAny.id, pro.id, ebook.id] });
  });
});
