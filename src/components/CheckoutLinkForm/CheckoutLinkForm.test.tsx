import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../test/a11y/axe';
import { renderWithPolar, SLOW_DOM_QUERIES_MS } from '../../../test/builder/renderWithPolar';
import type { CheckoutLinkCreate } from '../../contract';
import { catalogue, catalogueIds } from '../../testing';
import { CheckoutLinkForm } from './CheckoutLinkForm';


const ids = catalogueIds.products;
const productButton = (name: string) => screen.findByRole('button', { name });
const createCalls = (client: { calls: readonly { operation: string; args: readonly unknown[] }[] }) =>
  client.calls.filter((call) => call.operation === 'checkoutLinks.create');

describe('CheckoutLinkForm: creating a link', { timeout: SLOW_DOM_QUERIES_MS }, () => {
  it('sends every field the user filled in, in the wire format, and reports the new link', async () => {
    const onCreated = vi.fn();
    const { user, client } = renderWithPolar(<CheckoutLinkForm onCreated={onCreated} />);
    await user.click(await productButton('Pro'));
    await user.click(await productButton('Pro (yearly)'));
    await user.type(screen.getByRole('textbox', { name: 'Label' }), 'Spring sale');
    const successUrl = screen.getByRole('textbox', { name: 'Success URL' });
    await user.type(successUrl, 'https://acme.test/thanks?plan=pro');
    await user.click(screen.getByRole('button', { name: 'Insert checkout ID' }));
    expect(successUrl).toHaveValue('https://acme.test/thanks?plan=pro&checkout_id={CHECKOUT_ID}');
    expect(successUrl).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Return URL' }), 'https://acme.test/pricing');
    await user.click(await screen.findByRole('radio', { name: /Pro: 30% off/ }));
    await user.click(screen.getByRole('switch', { name: 'Require a billing address' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trial unit' }), 'Days');
    await user.type(screen.getByRole('textbox', { name: 'Trial length' }), '7');
    await user.click(screen.getByRole('button', { name: 'Add metadata' }));
    expect(screen.getByRole('textbox', { name: 'Key' })).toHaveFocus();
    await user.keyboard('campaign');
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'spring');
    await user.click(screen.getByRole('button', { name: 'Add metadata' }));
    const keys = screen.getAllByRole('textbox', { name: 'Key' });
    await user.type(keys[1]!, 'issue');
    await user.selectOptions(screen.getAllByRole('combobox', { name: 'Type' })[1]!, 'Number');
    await user.type(screen.getAllByRole('textbox', { name: 'Value' })[1]!, '12');

    await user.click(screen.getByRole('button', { name: 'Create link' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledTimes(1));
    const body: CheckoutLinkCreate = {
      payment_processor: 'stripe',
      products: [ids.proMonthly, ids.proYearly],
      label: 'Spring sale',
      success_url: 'https://acme.test/thanks?plan=pro&checkout_id={CHECKOUT_ID}',
      return_url: 'https://acme.test/pricing',
      discount_id: catalogueIds.discounts.proAnnual,
      allow_discount_codes: true,
      require_billing_address: true,
      trial_interval: 'day',
      trial_interval_count: 7,
      metadata: { campaign: 'spring', issue: 12 },
    };
    expect(createCalls(client).map((call) => call.args[0])).toEqual([body]);
    const link = onCreated.mock.calls[0]![0];
    expect(link).toMatchObject({ label: 'Spring sale', discount_id: catalogueIds.discounts.proAnnual, trial_interval_count: 7 });
    expect(link.products.map((product: { id: string }) => product.id)).toEqual([ids.proMonthly, ids.proYearly]);
  });

  it('says a product is needed, at the picker and in the summary, and focuses the picker', async () => {
    const { user, client } = renderWithPolar(<CheckoutLinkForm />);
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    const search = screen.getByRole('searchbox', { name: 'Search products' });
    expect(search).toHaveFocus();
    expect(search).toHaveAttribute('aria-invalid', 'true');
    expect(search).toHaveAccessibleDescription(/Select at least one product\./);
    const summary = screen.getByRole('group', { name: 'Fix 1 problem to continue' });
    const link = within(summary).getByRole('link', { name: 'Select at least one product.' });
    search.blur();
    await user.click(link);
    expect(search).toHaveFocus();
    expect(createCalls(client)).toHaveLength(0);
  });

  it('checks the URLs when the user leaves them', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />);
    const successUrl = screen.getByRole('textbox', { name: 'Success URL' });
    await user.type(successUrl, 'acme.test/thanks');
    await user.tab();
    expect(successUrl).toHaveAttribute('aria-invalid', 'true');
    expect(successUrl).toHaveAccessibleDescription(expect.stringContaining('Enter a full http(s) URL'));
    await user.clear(successUrl);
    await user.type(successUrl, 'https://acme.test/thanks');
    expect(successUrl).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Insert checkout ID' }));
    expect(successUrl).toHaveValue('https://acme.test/thanks?checkout_id={CHECKOUT_ID}');

    const returnUrl = screen.getByRole('textbox', { name: 'Return URL' });
    await user.type(returnUrl, 'ftp://acme.test');
    await user.tab();
    expect(returnUrl).toHaveAccessibleDescription(/Enter a full http\(s\) URL, e\.g\. https:\/\/example\.com\./);
    await user.clear(returnUrl);
    await user.click(returnUrl);
    await user.paste(`https://acme.test/${'a'.repeat(2083)}`);
    expect(returnUrl).toHaveAccessibleDescription(/URLs can be at most 2,083 characters\./);
  });

  it('offers a trial only with a subscription, and checks its length and unit together', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />);
    await user.click(await productButton('Starter Kit'));
    expect(screen.queryByRole('group', { name: 'Free trial' })).not.toBeInTheDocument();
    await user.click(await productButton('Pro'));
    const length = screen.getByRole('textbox', { name: 'Trial length' });
    await user.type(length, '14');
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(screen.getByRole('combobox', { name: 'Trial unit' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Trial unit' })).toHaveAccessibleDescription('Choose the trial unit as well as its length.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Trial unit' }), 'Weeks');
    await user.clear(length);
    await user.type(length, '1001');
    expect(length).toHaveAccessibleDescription('The trial length must be between 1 and 1,000.');
    await user.clear(length);
    await user.type(length, '1.5');
    expect(length).toHaveAccessibleDescription('Enter a whole number.');
    await user.click(screen.getByRole('button', { name: 'Remove Pro' }));
    expect(screen.queryByRole('group', { name: 'Free trial' })).not.toBeInTheDocument();
  });

  it('offers seats only when every product is seat-based, within the range they allow', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />);
    await user.click(await productButton('Team'));
    const seats = screen.getByRole('textbox', { name: 'Seats' });
    expect(seats).toHaveAccessibleDescription('Between 2 and 25 seats.');
    await user.type(seats, '30');
    await user.tab();
    expect(seats).toHaveAccessibleDescription(/Enter between 2 and 25 seats\./);
    await user.click(await productButton('Starter Kit'));
    expect(screen.queryByRole('textbox', { name: 'Seats' })).not.toBeInTheDocument();
  });

  it('checks metadata keys and values, with the limits shown as they come near', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />);
    await user.click(await productButton('Starter Kit'));
    await user.click(screen.getByRole('button', { name: 'Add metadata' }));
    const key = screen.getByRole('textbox', { name: 'Key' });
    await user.type(key, 'k'.repeat(29));
    expect(screen.queryByText(/of 40 characters/)).not.toBeInTheDocument();
    await user.type(key, 'k');
    expect(key).toHaveAccessibleDescription('30 of 40 characters');
    await user.type(key, 'k'.repeat(11));
    await user.tab();
    expect(key).toHaveAccessibleDescription('41 of 40 characters Keys can be at most 40 characters.');
    await user.clear(key);
    await user.type(key, 'plan');

    const value = screen.getByRole('textbox', { name: 'Value' });
    await user.click(value);
    await user.paste('v'.repeat(375));
    expect(value).toHaveAccessibleDescription('375 of 500 characters');
    await user.paste('v'.repeat(126));
    await user.tab();
    expect(value).toHaveAccessibleDescription('501 of 500 characters Text values can be at most 500 characters.');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Number');
    await user.clear(value);
    await user.type(value, '4 2');
    await user.tab();
    expect(value).toHaveAccessibleDescription('Enter a number, e.g. 42 or 3.5.');

    await user.click(screen.getByRole('button', { name: 'Add metadata' }));
    await user.keyboard('plan');
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(screen.getAllByRole('textbox', { name: 'Key' })[1]).toHaveAccessibleDescription('The key “plan” is used twice.');

    await user.click(screen.getAllByRole('button', { name: 'Remove metadata plan' })[1]!);
    expect(screen.getAllByRole('textbox', { name: 'Key' })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Add metadata' })).toHaveFocus();
  });

  it('stops at 50 metadata pairs and says so', async () => {
    const metadata = Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`key${index}`, index]));
    const { user } = renderWithPolar(<CheckoutLinkForm defaultValues={{ metadata }} />);
    const add = screen.getByRole('button', { name: 'Add metadata' });
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveAccessibleDescription('50 of 50 pairs');
    await user.click(add);
    expect(screen.getAllByRole('textbox', { name: 'Key' })).toHaveLength(50);
  });

  it('disables the discounts that do not cover every selected product, saying which they miss', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />);
    await user.click(await productButton('Starter Kit'));
    const proOnly = await screen.findByRole('radio', { name: /Pro: 30% off/ });
    expect(proOnly).toBeDisabled();
    expect(proOnly).toHaveAccessibleDescription('Does not apply to Starter Kit');
    expect(screen.getByRole('radio', { name: /Launch week/ })).toBeEnabled();
    expect(screen.getByRole('radio', { name: /Launch week/ })).toHaveAccessibleName('Launch week LAUNCH20 -20% first payment');

    await user.click(screen.getByRole('button', { name: 'Remove Starter Kit' }));
    await user.click(await productButton('Pro'));
    expect(screen.getByRole('radio', { name: /Pro: 30% off/ })).toBeEnabled();
    await user.click(screen.getByRole('radio', { name: /Pro: 30% off/ }));
    // Adding a product the discount does not cover clears it rather than sending a link Polar would refuse.
    await user.click(await productButton('Team'));
    expect(screen.getByRole('radio', { name: 'No discount' })).toBeChecked();
    expect(screen.getByRole('radio', { name: /Pro: 30% off/ })).toHaveAccessibleDescription('Does not apply to Team');
  });

  it('searches discounts on the server', async () => {
    const { user, client } = renderWithPolar(<CheckoutLinkForm />);
    await user.type(screen.getByRole('searchbox', { name: 'Search discounts' }), 'team');
    await waitFor(() => expect(screen.queryByRole('radio', { name: /Launch week/ })).not.toBeInTheDocument());
    expect(screen.getByRole('radio', { name: /Team onboarding/ })).toBeInTheDocument();
    expect(client.calls.some((call) => call.operation === 'discounts.list' && (call.args[0] as { query?: string }).query === 'team')).toBe(true);
  });

  it('has no axe violations, with errors shown', async () => {
    const { user, container } = renderWithPolar(<CheckoutLinkForm defaultValues={{ metadata: { plan: 'pro' } }} />);
    await user.click(await productButton('Team'));
    await user.type(screen.getByRole('textbox', { name: 'Success URL' }), 'nope');
    await user.click(screen.getByRole('button', { name: 'Create link' }));
    expect(screen.getByRole('group', { name: /Fix 1 problem/ })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('CheckoutLinkForm: editing a link', { timeout: SLOW_DOM_QUERIES_MS }, () => {
  const link = catalogue.links.find((candidate) => candidate.id === catalogueIds.links.homepagePro)!;

  it('starts from the link and sends only what changed', async () => {
    const onSaved = vi.fn();
    const { user, client } = renderWithPolar(<CheckoutLinkForm link={link} onSaved={onSaved} />);
    const label = screen.getByRole('textbox', { name: 'Label' });
    expect(label).toHaveValue('Homepage: Pro');
    expect(screen.getByRole('switch', { name: 'Allow discount codes' })).not.toBeChecked();
    await user.clear(label);
    await user.type(label, 'Homepage: Pro 2026');
    await user.click(screen.getByRole('switch', { name: 'Allow discount codes' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const updates = client.calls.filter((call) => call.operation === 'checkoutLinks.update');
    expect(updates.map((call) => call.args)).toEqual([[link.id, { label: 'Homepage: Pro 2026', allow_discount_codes: true }]]);
    expect(onSaved.mock.calls[0]![0]).toMatchObject({ id: link.id, label: 'Homepage: Pro 2026', allow_discount_codes: true });
  });

  it('sends the new order of the products and nothing else', async () => {
    const { user, client } = renderWithPolar(<CheckoutLinkForm link={link} />);
    await user.click(screen.getByRole('button', { name: 'Move Pro (yearly) up' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(client.calls.some((call) => call.operation === 'checkoutLinks.update')).toBe(true));
    const update = client.calls.find((call) => call.operation === 'checkoutLinks.update')!;
    expect(update.args[1]).toEqual({ products: [ids.proYearly, ids.proMonthly] });
  });
});
