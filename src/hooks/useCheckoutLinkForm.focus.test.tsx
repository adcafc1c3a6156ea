import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckoutLinkForm, useCheckoutLinkForm, useFormField, type UseCheckoutLinkFormResult } from '../index';
import { createMemoryClient, makeProduct } from '../testing';
import { providerWrapper } from '../../test/helpers/hookTesting';

const product = makeProduct({ name: 'Pro plan' });

afterEach(() => vi.restoreAllMocks());

function LabelField({ form }: { form: UseCheckoutLinkFormResult }) {
  const field = useFormField(form, 'label');
  return (
    <>
      <label {...field.getLabelProps()}>Label</label>
      <input {...field.getInputProps()} />
    </>
  );
}

/** A host's own form: its own markup, the hook's getters only. */
function HostForm() {
  const form = useCheckoutLinkForm({ defaultValues: { products: [product.id] }, products: [product] });
  return (
    <form aria-label="New link" {...form.getFormProps()}>
      {form.formErrors.length ? (
        <div {...form.getErrorSummaryProps({ 'aria-label': 'Problems' })}>{form.formErrors.join(' ')}</div>
      ) : null}
      <LabelField form={form} />
      <button type="submit">Save</button>
    </form>
  );
}

describe('useCheckoutLinkForm: focus after a failed submission', () => {
  it('moves focus to the error summary when no field shows the failure (a network error)', async () => {
    const client = createMemoryClient({ products: [product], fail: { 'checkoutLinks.create': 'network' } });
    const user = userEvent.setup();
    render(<HostForm />, { wrapper: providerWrapper(client) });

    await user.click(screen.getByRole('button', { name: 'Save' }));

    const summary = await screen.findByLabelText('Problems');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveAttribute('tabindex', '-1');
  });

  it('focuses the first field with an error once, in the styled form too', async () => {
    const client = createMemoryClient({ products: [product] });
    const user = userEvent.setup();
    render(<CheckoutLinkForm />, { wrapper: providerWrapper(client) });
    await user.type(screen.getByLabelText('Return URL'), 'ftp://example.com');
    const focus = vi.spyOn(HTMLElement.prototype, 'focus');

    await user.click(screen.getByRole('button', { name: 'Create link' }));

    const search = screen.getByRole('searchbox', { name: 'Search products' });
    await waitFor(() => expect(search).toHaveFocus());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(focus.mock.contexts.filter((element) => element === search)).toHaveLength(1);
  });
});
