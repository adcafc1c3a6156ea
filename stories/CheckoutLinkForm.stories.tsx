import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CheckoutLinkForm } from '../src/components/CheckoutLinkForm';
import type { PolarClient } from '../src/client';
import { deMessages } from '../src/messages';
import { catalogue, catalogueIds, makeFixedPrice, makeProduct, makeSeatBasedPrice, type MemoryClient } from '../src/testing';
import type { PolarLoaded, PolarStoryParameters } from '../.storybook/polarClient';

const ids = catalogueIds.products;
const homepagePro = catalogue.links.find((link) => link.id === catalogueIds.links.homepagePro)!;

const intro = `
**CheckoutLinkForm** builds a Polar checkout link, or edits one. It is what a merchant fills in on the
host's admin page; \`CreateCheckoutLinkDialog\` puts it in a dialog.

- **Products**: searched on the server as the merchant types, shown as compact product cards grouped
  into one-time purchases and subscriptions (archived and draft products never appear); the search's
  status says, politely and once per search, how many it found ("12 products found"). The selection
  is an ordered list — the order buyers see — with move up / move down buttons that keep focus on the
  moved product and announce its new position.
- **Label**, **success URL** (with a button that adds \`checkout_id={CHECKOUT_ID}\` after \`?\` or \`&\`)
  and **return URL**.
- **Preset discount**: searched on the server ("No discounts match “spring”"), each with its name, code and value; a discount limited
  to other products is disabled and says which selected products it misses.
- **Allow discount codes** and **require a billing address** (switches); a **trial** when a subscription
  is selected; **seats**, with the range allowed, when every product is seat-based.
- **Metadata**: rows of key, type (text, number, true/false) and value; the limits (keys 40 characters,
  values 500, 50 pairs) show as they come near.
- **Errors** from the form and from Polar (422s) appear at their field and in a summary at the top
  that links to each; focus moves to the first, or to the summary for failures no field shows
  (network, timeout, 5xx, rate limit — which says when to try again). Nothing typed is ever lost.
- **Live preview** beside the form (below it on narrow widths): the selected products as buyers will
  see them, the preset discount as was/now, the trial and the seats — with no request.

**Props**: \`onCreated(link)\`, \`onSaved(link)\` (edit mode), \`link\` (edit this link: only what changed
is sent), \`defaultValues\`, \`products\` (products already loaded), \`onSubmittingChange\`, \`className\`.

**Built on** the public headless layer only — \`useCheckoutLinkForm\` (per-field subscriptions through
\`useFormField\` / \`FormField\` and their prop getters), \`useCheckoutLinkFormState\` for the preview,
\`useProducts\`, \`useDiscounts\`, \`useMessages\`, \`useLocale\` — plus the formatters and \`ProductCard\`.
The "Headless" story rebuilds it in bare HTML from the same hooks.
`;

const meta = {
  title: 'CheckoutLinkForm',
  component: CheckoutLinkForm,
  tags: ['autodocs'],
  parameters: { docs: { description: { component: intro } } },
  args: { onCreated: fn(), onSaved: fn(), onSubmittingChange: fn() },
  argTypes: {
    link: { control: false },
    defaultValues: { control: 'object' },
    products: { control: false },
  },
} satisfies Meta<typeof CheckoutLinkForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const memoryOf = (loaded: unknown) => (loaded as PolarLoaded).polarClient as MemoryClient;
const calls = (client: PolarClient, operation: string) => (client as MemoryClient).calls.filter((call) => call.operation === operation);

/** Picks products by the names on their cards. */
async function pick(canvasElement: HTMLElement, ...names: string[]) {
  const canvas = within(canvasElement);
  for (const name of names) await userEvent.click(await canvas.findByRole('button', { name }, { timeout: 3000 }));
}

/** Picks two products, names the link and submits it. */
async function fillAndSubmit(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await pick(canvasElement, 'Pro', 'Starter Kit');
  await userEvent.type(canvas.getByRole('textbox', { name: 'Label' }), 'Launch');
  await userEvent.type(canvas.getByRole('textbox', { name: 'Success URL' }), 'https://acme.test/thanks');
  await userEvent.click(canvas.getByRole('button', { name: 'Add metadata' }));
  await userEvent.keyboard('campaign');
  await userEvent.type(canvas.getByRole('textbox', { name: 'Value' }), 'spring');
  await userEvent.click(canvas.getByRole('button', { name: 'Create link' }));
}

// ---------------------------------------------------------------------------------------------
// Creating
// ---------------------------------------------------------------------------------------------

/** A new link, nothing chosen yet. */
export const Empty: Story = {};

/** Picking two products, a discount and a success URL, then creating the link in the in-memory Polar. */
export const CreateALink: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    await pick(canvasElement, 'Pro', 'Pro (yearly)');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Label' }), 'Spring sale');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Success URL' }), 'https://acme.test/thanks');
    await userEvent.click(canvas.getByRole('button', { name: 'Insert checkout ID' }));
    await userEvent.click(await canvas.findByRole('radio', { name: /Pro: 30% off/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Create link' }));
    await waitFor(() => expect(args.onCreated).toHaveBeenCalledTimes(1));
    await expect(calls(memoryOf(loaded), 'checkoutLinks.create')[0]?.args[0]).toEqual({
      payment_processor: 'stripe',
      products: [ids.proMonthly, ids.proYearly],
      label: 'Spring sale',
      success_url: 'https://acme.test/thanks?checkout_id={CHECKOUT_ID}',
      discount_id: catalogueIds.discounts.proAnnual,
      allow_discount_codes: true,
    });
  },
};

/** Starting values from the host: products, a discount, a success URL, switches and metadata. */
export const PreFilled: Story = {
  args: {
    defaultValues: {
      products: [ids.proMonthly, ids.proYearly],
      label: 'Homepage: Pro',
      success_url: 'https://acme.test/welcome?checkout_id={CHECKOUT_ID}',
      discount_id: catalogueIds.discounts.proAnnual,
      allow_discount_codes: false,
      metadata: { source: 'homepage', priority: 2, internal: true },
    },
  },
};

/** Editing an existing link: saving sends only what changed. */
export const EditMode: Story = {
  args: { link: homepagePro },
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    const label = canvas.getByRole('textbox', { name: 'Label' });
    await userEvent.clear(label);
    await userEvent.type(label, 'Homepage: Pro (2026)');
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(args.onSaved).toHaveBeenCalledTimes(1));
    await expect(calls(memoryOf(loaded), 'checkoutLinks.update')[0]?.args).toEqual([homepagePro.id, { label: 'Homepage: Pro (2026)' }]);
  },
};

/** A subscription with seat-based pricing: the trial and the seats (with their range) appear, and the preview shows both. */
export const TrialAndSeats: Story = {
  args: { defaultValues: { products: [ids.teamSeats], trial_interval: 'day', trial_interval_count: 14, seats: 5 } },
  play: async ({ canvasElement }) => {
    const preview = await within(canvasElement).findByRole('region', { name: 'Preview' });
    await waitFor(() => expect(preview).toHaveTextContent('14 days free, then'));
    await expect(preview).toHaveTextContent('5 seats, set by this link');
  },
};

/** A discount limited to other products cannot be preset: it is disabled and says which products it misses. */
export const DiscountNotForTheseProducts: Story = {
  args: { defaultValues: { products: [ids.starterKit] } },
  play: async ({ canvasElement }) => {
    const discount = await within(canvasElement).findByRole('radio', { name: /Pro: 30% off/ }, { timeout: 3000 });
    await expect(discount).toBeDisabled();
    await expect(discount).toHaveAccessibleDescription(/Does not apply to Starter Kit/);
  },
};

/** Reordering with the keyboard: focus stays on the moved product and its new position is announced. */
export const Reorder: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await pick(canvasElement, 'Starter Kit', 'Pro', 'Tip Jar');
    canvas.getByRole('button', { name: 'Move Tip Jar up' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Move Tip Jar up' })).toHaveFocus();
    await expect(canvas.getByText('Tip Jar moved to position 2 of 3.')).toBeInTheDocument();
  },
};

const manyProducts = Array.from({ length: 46 }, (_, index) =>
  makeProduct({
    name: index % 7 === 0 ? `Annual workshop bundle with recordings, slides and a certificate (${index + 1})` : `Product ${index + 1}`,
    recurring_interval: index % 3 === 0 ? 'month' : null,
    prices: [index % 5 === 0 ? makeSeatBasedPrice() : makeFixedPrice({ price_amount: 500 + index * 100 })],
  }),
);

/** An organization with 46 products: pages of results, long names, and a long selection. */
export const LongProductList: Story = {
  args: { defaultValues: { products: manyProducts.slice(0, 8).map((product) => product.id) }, products: manyProducts },
  parameters: { polar: { memory: { products: manyProducts, discounts: [], links: [] } } satisfies PolarStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Page 1 of 5', {}, { timeout: 3000 });
    const found = await canvas.findByText('46 products found', {}, { timeout: 3000 });
    await expect(found).toHaveAttribute('role', 'status');
    await userEvent.click(canvas.getByRole('button', { name: 'More results' }));
    await canvas.findByText('Page 2 of 5', {}, { timeout: 3000 });
    // Another page of the same search: the count it said stands.
    await expect(found).toHaveTextContent('46 products found');
  },
};

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/** Submitting without a product: the picker says so, the summary links to it, focus goes there. */
export const ProductsRequired: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Create link' }));
    await expect(canvas.getByRole('searchbox', { name: 'Search products' })).toHaveFocus();
    await expect(canvas.getByRole('group', { name: 'Fix 1 problem to continue' })).toBeInTheDocument();
  },
};

/** Every rule of the form broken at once: URLs, trial, seats and each metadata rule. */
export const ValidationErrors: Story = {
  args: {
    defaultValues: {
      products: [ids.teamSeats],
      success_url: 'acme.test/thanks',
      return_url: 'ftp://acme.test',
      trial_interval_count: '2000',
      seats: '40',
      metadata: { ['k'.repeat(41)]: 'too long a key', plan: 'v'.repeat(501), count: 'x' },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('textbox', { name: 'Seats' }, { timeout: 3000 });
    await userEvent.selectOptions(canvas.getAllByRole('combobox', { name: 'Type' })[2]!, 'Number');
    await userEvent.click(canvas.getByRole('button', { name: 'Add metadata' }));
    await userEvent.keyboard('plan');
    await userEvent.click(canvas.getByRole('button', { name: 'Add metadata' }));
    await userEvent.type(canvas.getAllByRole('textbox', { name: 'Value' })[4]!, 'no key');
    await userEvent.click(canvas.getByRole('button', { name: 'Create link' }));
    const summary = canvas.getByRole('group', { name: /Fix \d+ problems to continue/ });
    for (const message of [
      'Enter a full http(s) URL, e.g. https://example.com/thanks?checkout_id={CHECKOUT_ID}.',
      'Enter a full http(s) URL, e.g. https://example.com.',
      'The trial length must be between 1 and 1,000.',
      'Enter between 2 and 25 seats.',
      'Keys can be at most 40 characters.',
      'Text values can be at most 500 characters.',
      'Enter a number, e.g. 42 or 3.5.',
      'The key “plan” is used twice.',
      'Enter a key.',
    ]) {
      await expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
    }
  },
};

/** Polar refuses the link with a 422 on three fields: each error lands at its field, the input stays. */
export const ServerValidationErrors: Story = {
  parameters: {
    polar: {
      memory: {
        fail: {
          'checkoutLinks.create': {
            kind: 'validation',
            fieldErrors: {
              'products.1': ['This product cannot be sold through links.'],
              success_url: ['This host is not allowed for redirects.'],
              'metadata.campaign': ['This key is reserved.'],
            },
          },
        },
      },
    } satisfies PolarStoryParameters,
  },
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    const canvas = within(canvasElement);
    await canvas.findByRole('group', { name: 'Fix 3 problems to continue' });
    const successUrl = canvas.getByRole('textbox', { name: 'Success URL' });
    await expect(successUrl).toHaveAttribute('aria-invalid', 'true');
    await expect(successUrl).toHaveAccessibleDescription(expect.stringContaining('This host is not allowed for redirects.'));
    await expect(canvas.getByRole('textbox', { name: 'Value' })).toHaveAccessibleDescription(expect.stringContaining('This key is reserved.'));
    await expect(canvas.getByRole('textbox', { name: 'Label' })).toHaveValue('Launch');
  },
};

/** Polar fails (a 5xx): the summary says to try again in a moment. */
export const ServerError: Story = {
  parameters: { polar: { memory: { fail: { 'checkoutLinks.create': 'server' } } } satisfies PolarStoryParameters },
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await within(canvasElement).findByRole('group', { name: 'Polar could not complete the request. Try again in a moment.' });
  },
};

/** Products still loading: the picker says so politely. */
export const ProductsLoading: Story = {
  parameters: { polar: { memory: { latencyMs: { 'products.list': Number.POSITIVE_INFINITY } } } satisfies PolarStoryParameters },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Loading products…')).toHaveAttribute('role', 'status');
  },
};

/** The product search fails once: the picker shows why, and Retry brings the products. */
export const ProductsFailToLoad: Story = {
  parameters: { polar: { memory: { fail: { 'products.list': { kind: 'network', times: 1 } } } } satisfies PolarStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'Try again' }, { timeout: 3000 }));
    await canvas.findByRole('button', { name: 'Starter Kit' }, { timeout: 3000 });
  },
};

/** The network fails: the summary says so and takes focus; everything typed stays for another try. */
export const NetworkFailure: Story = {
  parameters: { polar: { memory: { fail: { 'checkoutLinks.create': 'network' } } } satisfies PolarStoryParameters },
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    const canvas = within(canvasElement);
    const summary = await canvas.findByRole('group', { name: 'Could not reach Polar. Check your connection and try again.' });
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(canvas.getByRole('textbox', { name: 'Value' })).toHaveValue('spring');
  },
};

/** Too many requests: the summary says when to try again. */
export const RateLimited: Story = {
  parameters: {
    polar: { memory: { fail: { 'checkoutLinks.create': { kind: 'rate_limited', retryAfter: 30 } } } } satisfies PolarStoryParameters,
  },
  play: async ({ canvasElement }) => {
    await fillAndSubmit(canvasElement);
    await within(canvasElement).findByRole('group', { name: 'Too many requests. Try again in 30 s.' });
  },
};

/** Polar has not answered yet: the button says so, the form is busy, and pressing again sends nothing more. */
export const Pending: Story = {
  parameters: { polar: { memory: { latencyMs: { 'checkoutLinks.create': Number.POSITIVE_INFINITY } } } satisfies PolarStoryParameters },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await pick(canvasElement, 'Starter Kit');
    await userEvent.click(canvas.getByRole('button', { name: 'Create link' }));
    const pending = canvas.getByRole('button', { name: 'Creating link…' });
    await expect(pending).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(pending);
    await expect(calls(memoryOf(loaded), 'checkoutLinks.create')).toHaveLength(1);
  },
};

// ---------------------------------------------------------------------------------------------
// Looks
// ---------------------------------------------------------------------------------------------

/** Dark theme, whatever the toolbar says (its colours are checked by axe too). */
export const Dark: Story = {
  args: { defaultValues: PreFilled.args!.defaultValues },
  globals: { theme: 'dark' },
};

/** Arabic, right to left. */
export const RightToLeft: Story = {
  args: { defaultValues: PreFilled.args!.defaultValues },
  globals: { locale: 'ar' },
};

/** The German message set with German number formats. */
export const German: Story = {
  args: { defaultValues: { products: [ids.teamSeats] } },
  globals: { locale: 'de-DE' },
  parameters: { polar: { messages: deMessages } satisfies PolarStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Rabatte suchen' }), 'Frühling');
    await canvas.findByText('Keine Rabatte passen zu „Frühling“', {}, { timeout: 3000 });
  },
};
