import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { CheckoutLink, Product } from '../src/contract';
import { formatPrice } from '../src/format';
import {
  FormField,
  useCheckoutLinkForm,
  useCheckoutLinkFormState,
  useCheckoutLinks,
  useDeleteCheckoutLink,
  useDiscounts,
  useLocale,
  useMessages,
  useProducts,
  type UseCheckoutLinkFormResult as CheckoutLinkForm,
} from '../src/hooks';
import type { CheckoutLinkTextFieldName } from '../src/state';
import type { PolarLoaded } from '../.storybook/polarClient';
import type { MemoryClient } from '../src/testing';

/*
 * A checkout link builder in bare HTML, written as a host with its own design system would: only
 * the hooks and formatters of `react-polar-checkout-links/headless`, no component and no stylesheet
 * of the library. Each field is its own subscription, so typing re-renders one field.
 */

function TextInput({ form, name, label }: { form: CheckoutLinkForm; name: CheckoutLinkTextFieldName; label: string }) {
  return (
    <FormField form={form} name={name}>
      {(field) => (
        <p>
          <label {...field.getLabelProps()}>{label}</label> <input {...field.getInputProps()} />{' '}
          <strong {...field.getErrorProps()}>{field.error}</strong>
        </p>
      )}
    </FormField>
  );
}

/** One product as a checkbox; it re-renders only when its own selection changes. */
function ProductCheckbox({ form, product }: { form: CheckoutLinkForm; product: Product }) {
  const locale = useLocale();
  const selected = useCheckoutLinkFormState(form, (state) => state.values.products.includes(product.id));
  const price = product.prices[0];
  return (
    <li>
      <label>
        <input type="checkbox" checked={selected} onChange={() => (selected ? form.removeProduct(product.id) : form.addProduct(product))} />{' '}
        {product.name}
        {price ? ` — ${formatPrice(price, { product, locale }).label}` : ''}
      </label>
    </li>
  );
}

function DiscountSelect({ form }: { form: CheckoutLinkForm }) {
  const { builder } = useMessages();
  const discounts = useDiscounts({ limit: 20 });
  return (
    <FormField form={form} name="discount_id">
      {(field) => (
        <p>
          <label {...field.getLabelProps()}>{builder.discountLabel}</label>{' '}
          <select {...field.getInputProps()}>
            <option value="">{builder.noDiscount}</option>
            {discounts.items.map((discount) => (
              <option key={discount.id} value={discount.id} disabled={!form.getDiscountApplicability(discount).applicable}>
                {discount.name}
              </option>
            ))}
          </select>{' '}
          <strong {...field.getErrorProps()}>{field.error}</strong>
        </p>
      )}
    </FormField>
  );
}

function HeadlessBuilder() {
  const { builder } = useMessages();
  const [created, setCreated] = useState<CheckoutLink | null>(null);
  const products = useProducts({ limit: 20 });
  const form = useCheckoutLinkForm({ products: products.items, onSuccess: setCreated });

  if (created) {
    return (
      <p>
        Created: <output>{created.url}</output>{' '}
        <button type="button" onClick={() => setCreated(null)}>
          {builder.createTitle}
        </button>
      </p>
    );
  }
  return (
    <form {...form.getFormProps({ 'aria-label': builder.createTitle })}>
      {form.errorSummary.length > 0 ? (
        <ul aria-label={builder.errorSummaryTitle(form.errorSummary.length)}>
          {form.errorSummary.map((item) => (
            <li key={item.name}>
              <a href={`#${item.inputId}`}>{item.message}</a>
            </li>
          ))}
        </ul>
      ) : null}
      <fieldset {...form.getFieldProps('products', { tabIndex: -1 })}>
        <legend>{builder.productsLabel}</legend>
        <ul>
          {products.items.map((product) => (
            <ProductCheckbox key={product.id} form={form} product={product} />
          ))}
        </ul>
        <strong {...form.getErrorProps('products')}>{form.getFieldError('products')}</strong>
      </fieldset>
      <TextInput form={form} name="label" label={builder.labelLabel} />
      <TextInput form={form} name="success_url" label={builder.successUrlLabel} />
      <DiscountSelect form={form} />
      <FormField form={form} name="allow_discount_codes">
        {(field) => (
          <p>
            <input {...field.getCheckboxProps()} /> <label {...field.getLabelProps()}>{builder.allowDiscountCodesLabel}</label>
          </p>
        )}
      </FormField>
      {form.availability.trial ? <TextInput form={form} name="trial_interval_count" label={builder.trialIntervalCountLabel} /> : null}
      <button type="submit" disabled={form.isSubmitting}>
        {form.isSubmitting ? builder.submittingCreate : builder.submitCreate}
      </button>
      {form.formErrors.map((message) => (
        <p key={message} role="alert">
          {message}
        </p>
      ))}
    </form>
  );
}

/** The organization's links in bare HTML: a read hook's `items` and `pagination`, a mutation hook's `mutate`. */
function HeadlessLinks() {
  const [page, setPage] = useState(1);
  const links = useCheckoutLinks({ page, limit: 3, sorting: ['-created_at'] });
  const remove = useDeleteCheckoutLink();
  const { pagination } = links;
  if (links.isPending) return <p role="status">Loading links…</p>;
  return (
    <section aria-label="Links">
      <p role="status">{`${pagination.totalCount} links, page ${pagination.page} of ${pagination.pageCount}`}</p>
      <ul>
        {links.items.map((link) => (
          <li key={link.id}>
            {link.label ?? 'Untitled link'}{' '}
            <button type="button" disabled={remove.isPending} onClick={() => remove.mutate(link.id)}>
              Delete {link.label ?? 'Untitled link'}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" disabled={!pagination.hasPreviousPage} onClick={() => setPage(page - 1)}>
        Previous
      </button>{' '}
      <button type="button" disabled={!pagination.hasNextPage} onClick={() => setPage(page + 1)}>
        Next
      </button>
      {remove.error ? <p role="alert">{remove.error.message}</p> : null}
    </section>
  );
}

const intro = `
**Headless** proves the library's promise: everything the styled builder does, a host can rebuild
from the hooks alone. This story is a bare-HTML builder — no component and no stylesheet of ours —
made from \`useCheckoutLinkForm\` (values, rules, submission, 422s on their fields, prop getters),
\`FormField\` (one subscription per field), \`useCheckoutLinkFormState\` (a product checkbox re-renders
only when its own selection changes), \`useProducts\`, \`useDiscounts\`, \`useMessages\`, \`useLocale\` and
\`formatPrice\`. Import them from \`react-polar-checkout-links/headless\`, which carries no styles and no
Radix. Read the story's source for the whole builder, in about a hundred lines.
`;

const meta = {
  title: 'Headless',
  component: HeadlessBuilder,
  tags: ['autodocs'],
  parameters: { docs: { description: { component: intro } } },
} satisfies Meta<typeof HeadlessBuilder>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The bare builder as it first shows: products as checkboxes, the fields, a discount select. */
export const Form: Story = {};

/** Submitting nothing: the error summary links to the products, whose fieldset takes focus. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('checkbox', { name: /^Pro — / }, { timeout: 3000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Create link' }));
    await expect(canvas.getByRole('list', { name: /Fix 1 problem/ })).toBeInTheDocument();
    const products = canvas.getByRole('group', { name: 'Products' });
    await expect(products).toHaveFocus();
    await expect(products).toHaveAccessibleDescription('Select at least one product.');
  },
};

/** The bare builder: pick a product, name the link, create it. */
export const BareHtmlBuilder: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('checkbox', { name: /^Pro — / }, { timeout: 3000 }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Label' }), 'Headless link');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Success URL' }), 'not a url');
    await userEvent.click(canvas.getByRole('button', { name: 'Create link' }));
    await expect(canvas.getByRole('textbox', { name: 'Success URL' })).toHaveFocus();
    await userEvent.clear(canvas.getByRole('textbox', { name: 'Success URL' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'Success URL' }), 'https://acme.test/thanks');
    await userEvent.click(canvas.getByRole('button', { name: 'Create link' }));
    const output = await canvas.findByRole('status');
    const client = (loaded as PolarLoaded).polarClient as MemoryClient;
    await waitFor(() => expect(client.calls.filter((call) => call.operation === 'checkoutLinks.create')).toHaveLength(1));
    await expect(output.textContent).toMatch(/^https:\/\//);
  },
};

/** A bare list of links: \`useCheckoutLinks\` gives \`items\` and \`pagination\`; \`useDeleteCheckoutLink().mutate\` never rejects. */
export const Links: Story = {
  render: () => <HeadlessLinks />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const status = await canvas.findByText(/^\d+ links, page 1 of \d+$/, undefined, { timeout: 3000 });
    const before = Number(status.textContent?.split(' ')[0]);
    const [first] = canvas.getAllByRole('button', { name: /^Delete / });
    await userEvent.click(first!);
    await waitFor(() => expect(canvas.getByText(new RegExp(`^${before - 1} links, page 1 of`))).toBeInTheDocument());
  },
};
