import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { CheckoutLink } from '../contract';
import { createMemoryClient } from '../testing/createMemoryClient';
import { makeCheckoutLink, makeDiscount, makeProduct } from '../testing/fixtures';
import { BareCheckoutLinkForm } from '../../test/helpers/BareCheckoutLinkForm';
import { holdCalls, observeCalls, providerWrapper } from '../../test/helpers/hookTesting';
import { useCheckoutLinkForm } from './useCheckoutLinkForm';
import { useFormField } from './useFormField';

const ebook = makeProduct({ name: 'E-book', recurring_interval: null });
const pro = makeProduct({ name: 'Pro plan' });
const discount = makeDiscount({ name: 'Launch' });

function setup(options: { link?: CheckoutLink } = {}) {
  const client = createMemoryClient({ products: [ebook, pro], discounts: [discount], links: options.link ? [options.link] : [] });
  const onSuccess = vi.fn();
  const user = userEvent.setup();
  render(<BareCheckoutLinkForm link={options.link} onSuccess={onSuccess} />, { wrapper: providerWrapper(client) });
  const requests = (operation: 'checkoutLinks.create' | 'checkoutLinks.update') =>
    client.calls.filter((call) => call.operation === operation).map((call) => call.args.at(-1));
  return { client, user, onSuccess, requests };
}

async function addProduct(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(await screen.findByRole('button', { name: `Add ${name}` }));
}

const submitButton = (name = 'Create link') => screen.getByRole('button', { name });

describe('useCheckoutLinkForm: validation', () => {
  it('shows an error when the field is left, then follows each keystroke', async () => {
    const { user } = setup();
    const successUrl = screen.getByLabelText('Success URL');

    await user.type(successUrl, 'example.com/thanks');
    expect(successUrl).not.toHaveAttribute('aria-invalid');

    await user.tab();
    expect(successUrl).toHaveAttribute('aria-invalid', 'true');
    expect(successUrl).toHaveAccessibleDescription(
      'Enter a full http(s) URL, e.g. https://example.com/thanks?checkout_id={CHECKOUT_ID}.',
    );

    await user.clear(successUrl);
    await user.type(successUrl, 'https://example.com/thanks?checkout_id={{CHECKOUT_ID}');
    expect(successUrl).not.toHaveAttribute('aria-invalid');
    expect(successUrl).not.toHaveAttribute('aria-describedby');
  });

  it('blocks a submission with errors: all shown, summarised, the first focused, nothing sent', async () => {
    const { user, client } = setup();
    await user.type(screen.getByLabelText('Return URL'), 'ftp://example.com');

    await user.click(submitButton());

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading')).toHaveTextContent('Fix 2 problems to continue');
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Select at least one product.',
      'Enter a full http(s) URL, e.g. https://example.com.',
    ]);
    expect(screen.getByRole('list', { name: 'Selected products' })).toHaveFocus();
    expect(screen.getByLabelText('Return URL')).toHaveValue('ftp://example.com');
    expect(client.calls.some((call) => call.operation === 'checkoutLinks.create')).toBe(false);
  });

  it('checks metadata as Polar does, and duplicate keys and numbers on the row', async () => {
    const { user, requests } = setup();
    await addProduct(user, 'Pro plan');
    for (let row = 0; row < 5; row += 1) await user.click(screen.getByRole('button', { name: 'Add metadata' }));
    const keys = () => screen.getAllByLabelText('Key');
    const types = screen.getAllByLabelText('Type');
    const values = () => screen.getAllByLabelText('Value');
    await user.type(keys()[0]!, 'plan');
    await user.type(values()[0]!, 'pro');
    await user.type(keys()[1]!, 'seats_included');
    await user.selectOptions(types[1]!, 'Number');
    await user.type(values()[1]!, '4x');
    await user.type(keys()[2]!, 'vip');
    await user.selectOptions(types[2]!, 'True/false');
    await user.click(values()[2]!);
    await user.type(keys()[3]!, 'plan');
    await user.type(values()[3]!, 'again');
    await user.type(keys()[4]!, 'note');
    await user.click(values()[4]!);
    await user.paste('x'.repeat(501));

    await user.click(submitButton());

    expect(keys()[3]).toHaveAccessibleDescription('The key “plan” is used twice.');
    expect(values()[1]).toHaveAccessibleDescription('Enter a number, e.g. 42 or 3.5.');
    expect(values()[4]).toHaveAccessibleDescription('Text values can be at most 500 characters.');
    expect(requests('checkoutLinks.create')).toHaveLength(0);

    await user.click(screen.getAllByRole('button', { name: 'Remove metadata plan' })[1]!);
    await user.clear(values()[1]!);
    await user.type(values()[1]!, '4.5');
    await user.clear(values()[3]!);
    await user.type(values()[3]!, 'ok');
    await user.click(submitButton());

    await waitFor(() => expect(requests('checkoutLinks.create')).toHaveLength(1));
    expect(requests('checkoutLinks.create')[0]).toEqual({
      payment_processor: 'stripe',
      products: [pro.id],
      allow_discount_codes: true,
      metadata: { plan: 'pro', seats_included: 4.5, vip: true, note: 'ok' },
    });
  });
});

describe('useCheckoutLinkForm: NUL characters', () => {
  it('says at the field that Polar cannot store one, in the label, a URL, a metadata key or value', async () => {
    const { user, requests } = setup();
    await addProduct(user, 'Pro plan');
    await user.click(screen.getByLabelText('Label'));
    await user.paste('Spring\u0000sale');
    await user.click(screen.getByLabelText('Success URL'));
    await user.paste('https://example.com/\u0000');
    await user.click(screen.getByRole('button', { name: 'Add metadata' }));
    await user.click(screen.getByRole('button', { name: 'Add metadata' }));
    const [firstKey, secondKey] = screen.getAllByLabelText('Key');
    const [firstValue, secondValue] = screen.getAllByLabelText('Value');
    await user.click(firstKey!);
    await user.paste('pl\u0000an');
    await user.type(firstValue!, 'pro');
    await user.type(secondKey!, 'note');
    await user.click(secondValue!);
    await user.paste('a\u0000b');

    await user.click(submitButton());

    const invalid = 'Remove the invisible NUL character: Polar cannot store it.';
    for (const field of [screen.getByLabelText('Label'), screen.getByLabelText('Success URL'), firstKey, secondValue]) {
      expect(field).toHaveAccessibleDescription(invalid);
    }
    expect(firstValue).not.toHaveAttribute('aria-invalid');
    expect(requests('checkoutLinks.create')).toHaveLength(0);
  });
});

describe('useCheckoutLinkForm: submitting', () => {
  it('creates the link once however fast the button is pressed', async () => {
    const memory = createMemoryClient({ products: [ebook, pro] });
    const held = holdCalls(memory, 'checkoutLinks', 'create');
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    render(<BareCheckoutLinkForm onSuccess={onSuccess} />, { wrapper: providerWrapper(held.client) });
    await addProduct(user, 'Pro plan');
    await addProduct(user, 'E-book');
    await user.type(screen.getByLabelText('Label'), 'Spring sale');

    await user.dblClick(submitButton());
    await user.click(screen.getByRole('button', { name: 'Creating link…' }));
    await user.type(screen.getByLabelText('Label'), '{Enter}');
    held.release();

    const url = await screen.findByRole('status');
    expect(url.textContent).toMatch(/^https:\/\//);
    expect(memory.calls.filter((call) => call.operation === 'checkoutLinks.create').map((call) => call.args[0])).toEqual([
      { payment_processor: 'stripe', products: [pro.id, ebook.id], label: 'Spring sale', allow_discount_codes: true },
    ]);
    expect(onSuccess).toHaveBeenCalledTimes(1);
  });

  it('aborts the submission when the form unmounts, and reports nothing afterwards', async () => {
    const observed = observeCalls(createMemoryClient({ products: [ebook, pro], latencyMs: { 'checkoutLinks.create': Infinity } }));
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    const { unmount } = render(<BareCheckoutLinkForm onSuccess={onSuccess} />, { wrapper: providerWrapper(observed.client) });
    await addProduct(user, 'Pro plan');
    await user.click(submitButton());
    expect(screen.getByRole('button', { name: 'Creating link…' })).toBeInTheDocument();
    const [create] = observed.calls.filter((call) => call.operation === 'checkoutLinks.create');

    unmount();

    await waitFor(() => expect(create?.signal?.aborted).toBe(true));
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("puts Polar's 422 errors on their fields and the rest in the form errors, keeping every value", async () => {
    const { user, client } = setup();
    await addProduct(user, 'Pro plan');
    await user.click(screen.getByRole('button', { name: 'Add metadata' }));
    await user.type(screen.getByLabelText('Key'), 'plan');
    await user.type(screen.getByLabelText('Value'), 'pro');
    await user.type(screen.getByLabelText('Success URL'), 'https://example.com/thanks');
    client.failNext('checkoutLinks.create', {
      kind: 'validation',
      fieldErrors: {
        success_url: ['This domain is not allowed.'],
        'products.0': ['This product is archived.'],
        'metadata.plan': ['This key is reserved.'],
        coupon: ['Unknown field.'],
      },
      formErrors: ['The organization cannot sell yet.'],
    });

    await user.click(submitButton());

    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'This product is archived.',
      'This domain is not allowed.',
      'This key is reserved.',
      'The organization cannot sell yet.',
      'Unknown field.',
    ]);
    expect(screen.getByLabelText('Success URL')).toHaveAccessibleDescription('This domain is not allowed.');
    expect(screen.getByLabelText('Value')).toHaveAccessibleDescription('This key is reserved.');
    expect(screen.getByRole('list', { name: 'Selected products' })).toHaveFocus();
    expect(screen.getByLabelText('Success URL')).toHaveValue('https://example.com/thanks');
    expect(screen.getByLabelText('Key')).toHaveValue('plan');

    await user.type(screen.getByLabelText('Success URL'), '/again');
    expect(screen.getByLabelText('Success URL')).not.toHaveAttribute('aria-invalid');
  });

  it('says what failed when Polar cannot be reached, keeping every value', async () => {
    const { user, client } = setup();
    await addProduct(user, 'Pro plan');
    await user.type(screen.getByLabelText('Label'), 'Spring sale');
    client.failNext('checkoutLinks.create', 'network');

    await user.click(submitButton());

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not reach Polar. Check your connection and try again.');
    expect(screen.getByLabelText('Label')).toHaveValue('Spring sale');
    expect(screen.getByRole('list', { name: 'Selected products' })).toHaveTextContent('Pro plan');
  });

  it('edits a link: every field pre-filled, a PATCH of what changed, cleared fields as null', async () => {
    const link = makeCheckoutLink({
      products: [pro],
      label: 'Launch',
      success_url: 'https://example.com/thanks',
      return_url: 'https://example.com/pricing',
      discount,
      allow_discount_codes: false,
      metadata: { plan: 'pro', seats_included: 3, vip: true },
    });
    const { user, requests } = setup({ link });

    expect(screen.getByLabelText('Label')).toHaveValue('Launch');
    expect(screen.getByLabelText('Success URL')).toHaveValue('https://example.com/thanks');
    expect(screen.getByLabelText('Return URL')).toHaveValue('https://example.com/pricing');
    expect(screen.getByLabelText('Allow discount codes')).not.toBeChecked();
    expect(screen.getAllByLabelText('Key').map((input) => (input as HTMLInputElement).value)).toEqual(['plan', 'seats_included', 'vip']);
    expect(screen.getAllByLabelText('Type').map((input) => (input as HTMLSelectElement).value)).toEqual(['text', 'number', 'boolean']);
    await waitFor(() => expect(screen.getByLabelText('Preset discount')).toHaveValue(discount.id));
    expect(screen.getByRole('list', { name: 'Selected products' })).toHaveTextContent('Pro plan');

    await user.clear(screen.getByLabelText('Label'));
    await user.type(screen.getByLabelText('Label'), 'Launch, week 2');
    await user.clear(screen.getByLabelText('Success URL'));
    await user.selectOptions(screen.getByLabelText('Preset discount'), 'No discount');
    await user.clear(screen.getAllByLabelText('Value')[1]!);
    await user.type(screen.getAllByLabelText('Value')[1]!, '5');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(requests('checkoutLinks.update')).toHaveLength(1));
    expect(requests('checkoutLinks.update')[0]).toEqual({
      label: 'Launch, week 2',
      success_url: null,
      discount_id: null,
      metadata: { plan: 'pro', seats_included: 5, vip: true },
    });

    // Saved: the next save sends only what changed since.
    await screen.findByRole('status');
    await user.type(screen.getByLabelText('Label'), '!');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(requests('checkoutLinks.update')).toHaveLength(2));
    expect(requests('checkoutLinks.update')[1]).toEqual({ label: 'Launch, week 2!' });
  });
});

describe('useCheckoutLinkForm: prop getters', () => {
  it("merges the host's handlers, ref and description with the field's", async () => {
    const onChange = vi.fn();
    const onBlur = vi.fn();
    const ref = createRef<HTMLInputElement>();
    function Field() {
      const form = useCheckoutLinkForm();
      const field = useFormField(form, 'return_url');
      return (
        <>
          <label {...field.getLabelProps({ className: 'label' })}>Return</label>
          <input {...field.getInputProps({ onChange, onBlur, ref, className: 'host', 'aria-describedby': 'hint' })} />
          <p id="hint">Where the back link leads.</p>
          <p {...field.getErrorProps()}>{field.error}</p>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Field />, { wrapper: providerWrapper(createMemoryClient()) });
    const input = screen.getByLabelText('Return');

    await user.type(input, 'nope');
    await user.tab();

    expect(onChange).toHaveBeenCalledTimes(4);
    expect(onBlur).toHaveBeenCalledTimes(1);
    expect(ref.current).toBe(input);
    expect(input).toHaveClass('host');
    expect(input).toHaveValue('nope');
    expect(input).toHaveAccessibleDescription('Where the back link leads. Enter a full http(s) URL, e.g. https://example.com.');
  });
});
