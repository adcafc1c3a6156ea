import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentType } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CheckoutLinkPreview, type CheckoutLinkPreviewProps } from '../src/components/CheckoutLinkForm';
import type { CheckoutLink } from '../src/contract';
import { useCheckoutLinkForm, useMessages, type UseCheckoutLinkFormResult } from '../src/hooks';
import type { CheckoutLinkFormDefaults } from '../src/state';
import { catalogue, catalogueIds } from '../src/testing';

const intro = `
**CheckoutLinkPreview** shows what buyers will see when they open the checkout link being built: the
selected products in their order as product cards, the preset discount as was/now on the products it
covers, the trial ("14 days free, then $19 / mo": the link's trial, else the product's own) and the
seats the link sets. \`CheckoutLinkForm\` shows it beside the form (below it on narrow widths); a host
that builds its own form from the hooks can put it anywhere.

- **form** — the result of \`useCheckoutLinkForm\` (only its \`store\` is read). The preview reads the
  form's state alone and sends no request: products and discounts must be known to the form (the
  \`products\` and \`discounts\` options, or what its pickers registered).
- Any attribute of the \`<section>\` (\`className\`…) passes through. It is labelled by its "Preview"
  heading, so it is a region screen readers can jump to.

It subscribes to the fields buyers see only (products, discount, trial, seats), so typing a label, a
URL or metadata does not re-render it.

**Built on** \`useCheckoutLinkFormState\` (a selector over the form's store), \`useMessages\` and
\`useLocale\`, \`formatPrice\` and \`discountAppliesTo\` from the formatters, and \`ProductCard\`.
`;

const ids = catalogueIds.products;
const homepagePro = catalogue.links.find((link) => link.id === catalogueIds.links.homepagePro)!;

/** What a story sets up: the form the preview reads, as a host would create it. */
interface PreviewStoryArgs extends Omit<CheckoutLinkPreviewProps, 'form'> {
  /** Starting values of the form. */
  defaultValues?: CheckoutLinkFormDefaults;
  /** A link the form edits. */
  link?: CheckoutLink;
  /** Shows a few buttons that change the form, to watch the preview follow. */
  withControls?: boolean;
}

/** A few changes a host's own form could make, through the form's public methods. */
function FormControls({ form }: { form: UseCheckoutLinkFormResult }) {
  const { builder } = useMessages();
  const pro = catalogue.products.find((product) => product.id === ids.proMonthly)!;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBlockEnd: 16, alignItems: 'end' }}>
      <button type="button" className="pcl-button" data-variant="secondary" onClick={() => form.addProduct(pro)}>
        Add Pro
      </button>
      <button type="button" className="pcl-button" data-variant="secondary" onClick={() => form.removeProduct(pro.id)}>
        Remove Pro
      </button>
      <button type="button" className="pcl-button" data-variant="secondary" onClick={() => form.setValue('discount_id', catalogueIds.discounts.proAnnual)}>
        Apply the Pro discount
      </button>
      <label className="pcl-field" style={{ display: 'grid', gap: 4 }}>
        <span {...form.getLabelProps('seats')}>{builder.seatsLabel}</span>
        <input className="pcl-input" {...form.getInputProps('seats')} />
      </label>
    </div>
  );
}

function PreviewOfForm({ defaultValues, link, withControls, ...rest }: PreviewStoryArgs) {
  const form = useCheckoutLinkForm({ defaultValues, link, products: catalogue.products, discounts: catalogue.discounts });
  return (
    <div style={{ maxWidth: 420 }}>
      {withControls ? <FormControls form={form} /> : null}
      <CheckoutLinkPreview form={form} {...rest} />
    </div>
  );
}

const meta = {
  title: 'Parts/CheckoutLinkPreview',
  // The props table documents the component; the stories' args set up the form it is given, not its
  // props, hence the cast (render never passes the args to the component itself).
  component: CheckoutLinkPreview as unknown as ComponentType<PreviewStoryArgs>,
  tags: ['autodocs'],
  parameters: { docs: { description: { component: intro } } },
  argTypes: { defaultValues: { control: 'object' }, link: { control: false } },
  render: (args) => <PreviewOfForm {...args} />,
} satisfies Meta<PreviewStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No product chosen yet: the preview says what it will show. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const preview = within(canvasElement).getByRole('region', { name: 'Preview' });
    await expect(preview).toHaveTextContent('Choose products to see what buyers get.');
  },
};

/** One one-time product. */
export const OneProduct: Story = {
  args: { defaultValues: { products: [ids.starterKit] } },
};

/** Three products in the order chosen; the Pro discount shows as was/now on the two Pro plans only. */
export const DiscountOnSomeProducts: Story = {
  args: { defaultValues: { products: [ids.proMonthly, ids.proYearly, ids.starterKit], discount_id: catalogueIds.discounts.proAnnual } },
  play: async ({ canvasElement }) => {
    const cards = within(canvasElement).getAllByRole('listitem').filter((item) => item.classList.contains('pcl-preview__item'));
    await expect(cards).toHaveLength(3);
    await expect(cards[0]!.querySelector('[data-discounted]')).not.toBeNull();
    await expect(cards[2]!.querySelector('[data-discounted]')).toBeNull();
  },
};

/** The product's own 14-day trial, then its discounted price. */
export const ProductTrial: Story = {
  args: { defaultValues: { products: [ids.proMonthly], discount_id: catalogueIds.discounts.proAnnual } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'Preview' })).toHaveTextContent('14 days free, then');
  },
};

/** The link's own trial and the seats it sets, for a seat-based subscription. */
export const TrialAndSeats: Story = {
  args: { defaultValues: { products: [ids.teamSeats], trial_interval: 'week', trial_interval_count: 2, seats: 5 } },
  play: async ({ canvasElement }) => {
    const preview = within(canvasElement).getByRole('region', { name: 'Preview' });
    await expect(preview).toHaveTextContent('2 weeks free, then');
    await expect(preview).toHaveTextContent('5 seats, set by this link');
  },
};

/** Editing an existing link: the preview starts from its products and discount. */
export const EditingALink: Story = {
  args: { link: homepagePro },
};

/** The preview follows the form: adding a product, applying a discount, setting seats — no request. */
export const FollowsTheForm: Story = {
  args: { withControls: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const preview = canvas.getByRole('region', { name: 'Preview' });
    await userEvent.click(canvas.getByRole('button', { name: 'Add Pro' }));
    await waitFor(() => expect(within(preview).getByRole('heading', { name: 'Pro' })).toBeInTheDocument());
    await userEvent.click(canvas.getByRole('button', { name: 'Apply the Pro discount' }));
    await waitFor(() => expect(preview.querySelector('[data-discounted]')).not.toBeNull());
    await userEvent.type(canvas.getByRole('textbox', { name: 'Seats' }), '3');
    await expect(preview).toHaveTextContent('3 seats, set by this link');
    await userEvent.click(canvas.getByRole('button', { name: 'Remove Pro' }));
    await expect(preview).toHaveTextContent('Choose products to see what buyers get.');
  },
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  args: DiscountOnSomeProducts.args,
  globals: { locale: 'ar' },
};
