import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { CheckoutLinkTable } from '../src/components/CheckoutLinkTable';
import { CreateCheckoutLinkDialog } from '../src/components/CreateCheckoutLinkDialog';
import type { CheckoutLink } from '../src/contract';
import { deMessages } from '../src/messages';
import { catalogue, catalogueIds, makeCheckoutLink } from '../src/testing';
import type { PolarStoryParameters } from '../.storybook/polarClient';
import { withMaxWidth } from './withMaxWidth';

const ids = catalogueIds.products;
const product = (id: string) => catalogue.products.find((candidate) => candidate.id === id)!;
const proAnnual = catalogue.discounts.find((discount) => discount.id === catalogueIds.discounts.proAnnual)!;
const day = (offset: number) => new Date(Date.UTC(2026, 2, 31 - offset, 9)).toISOString();

const links: CheckoutLink[] = [
  makeCheckoutLink({
    label: 'Spring sale',
    created_at: day(0),
    products: [product(ids.proMonthly), product(ids.proYearly)],
    discount: proAnnual,
    allow_discount_codes: false,
    success_url: 'https://acme.test/welcome?checkout_id={CHECKOUT_ID}',
    metadata: { campaign: 'spring' },
  }),
  makeCheckoutLink({
    label: 'Everything bundle',
    created_at: day(1),
    products: [product(ids.starterKit), product(ids.designAssets), product(ids.tipJar), product(ids.community), product(ids.consulting)],
  }),
  makeCheckoutLink({ label: null, created_at: day(2), products: [product(ids.tipJar)] }),
  makeCheckoutLink({ label: 'Newsletter: Starter Kit', created_at: day(3), products: [product(ids.starterKit)], success_url: 'https://acme.test/thanks' }),
];

const manyLinks = Array.from({ length: 34 }, (_, index) =>
  makeCheckoutLink({
    label: `Campaign ${index + 1}`,
    created_at: day(index),
    products: [product(index % 2 ? ids.starterKit : ids.tipJar)],
    allow_discount_codes: index % 3 !== 0,
  }),
);

const hostileLinks = [
  makeCheckoutLink({
    label: '<img src=x onerror="alert(1)">Spring <b>sale</b>',
    created_at: day(0),
    products: [product(ids.tipJar)],
    metadata: { '<script>': '</td></tr><tr><td>injected', note: 'javascript:alert(1)' },
  }),
  makeCheckoutLink({
    label: `${'Very long label without spaces '.repeat(3).replace(/ /g, '_')}`,
    created_at: day(1),
    products: [product(ids.starterKit)],
  }),
];

const intro = `
**CheckoutLinkTable** lists the organization's checkout links and manages them: every row shows the
label (or "Untitled link"), the products in order (three, then "+ N more"), the preset discount, the
creation date in the provider's locale and the link with **Copy** and **Open**; its actions are
**Edit** (the builder on the link, PATCHing only what changed), **Duplicate** (the builder prefilled:
a new link), **Share** (the share panel with its QR code) and **Delete** (asked in an alert dialog with
focus on "Keep link"; the row goes when Polar answers, and stays with the reason when it fails).

Paging, sorting and the product filter run on Polar's server (\`useCheckoutLinks\`). The query is
uncontrolled (\`defaultQuery\`) or controlled (\`query\` + \`onQueryChange\`, e.g. from the page URL).
\`emptyAction\` fills the empty state, e.g. with \`<CreateCheckoutLinkDialog />\`. Below 48rem of its own
width (a container query) the rows become cards. Words: \`messages.links\` and \`messages.linkTable\`.
`;

const meta = {
  title: 'CheckoutLinkTable',
  component: CheckoutLinkTable,
  tags: ['autodocs'],
  parameters: { docs: { description: { component: intro } }, polar: { memory: { links } } satisfies PolarStoryParameters },
  decorators: [withMaxWidth(1100)],
} satisfies Meta<typeof CheckoutLinkTable>;

export default meta;
type Story = StoryObj<typeof meta>;

const rowsShown = async (canvasElement: HTMLElement, count: number) => {
  const canvas = within(canvasElement);
  await waitFor(() => expect(canvas.getAllByRole('rowheader')).toHaveLength(count), { timeout: 5000 });
  return canvas;
};

/** One page of four links: a discount, five products, an untitled link. */
export const OnePage: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await rowsShown(canvasElement, 4);
    await expect(canvas.getByText('+ 2 more')).toBeVisible();
  },
};

/** Skeleton rows until the first page arrives. */
export const Loading: Story = {
  parameters: { polar: { memory: { links, latencyMs: { 'checkoutLinks.list': Infinity } } } satisfies PolarStoryParameters },
};

/** No links yet: the host's call to action (here the create dialog's trigger). */
export const Empty: Story = {
  args: { emptyAction: <CreateCheckoutLinkDialog /> },
  parameters: { polar: { memory: { links: [] } } satisfies PolarStoryParameters },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('No checkout links yet.');
  },
};

/** 34 links, ten a page: the second page. */
export const ManyPages: Story = {
  parameters: { polar: { memory: { links: manyLinks } } satisfies PolarStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = await rowsShown(canvasElement, 10);
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await canvas.findByText('Page 2 of 4');
    await canvas.findByRole('rowheader', { name: 'Campaign 11' });
  },
};

/** Filtered by product: only the links that sell the Tip Jar. */
export const Filtered: Story = {
  args: { defaultQuery: { page: 1, limit: 10, sorting: ['-created_at'], product_id: [ids.tipJar] } },
  play: async ({ canvasElement }) => {
    await rowsShown(canvasElement, 2);
  },
};

/** Sorted by label, A to Z (`aria-sort="ascending"` on its header). */
export const Sorted: Story = {
  args: { defaultQuery: { page: 1, limit: 10, sorting: ['label'] } },
  play: async ({ canvasElement }) => {
    const canvas = await rowsShown(canvasElement, 4);
    await expect(canvas.getByRole('columnheader', { name: /^Label/ })).toHaveAttribute('aria-sort', 'ascending');
  },
};

/** Edit: the builder on the link, in a dialog. */
export const Edit: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await rowsShown(canvasElement, 4);
    await userEvent.click(canvas.getByRole('button', { name: 'Edit Spring sale' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Spring sale' });
    await expect(within(dialog).getByRole('textbox', { name: 'Label' })).toHaveValue('Spring sale');
  },
};

/** Duplicate: the builder prefilled from the link, creating a new one. */
export const Duplicate: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await rowsShown(canvasElement, 4);
    await userEvent.click(canvas.getByRole('button', { name: 'Duplicate Spring sale' }));
    await screen.findByRole('dialog', { name: 'Duplicate Spring sale' });
  },
};

/** Delete asks first, in an alert dialog with focus on the safe choice. */
export const DeleteConfirm: Story = {
  play: async ({ canvasElement }) => {
    const canvas = await rowsShown(canvasElement, 4);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete Spring sale' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete this checkout link?' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Keep link' })).toHaveFocus());
  },
};

/** A delete Polar refuses: the row stays, with the reason. */
export const DeleteFailing: Story = {
  parameters: { polar: { memory: { links, fail: { 'checkoutLinks.delete': 'server' } } } satisfies PolarStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = await rowsShown(canvasElement, 4);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete Spring sale' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete link' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent('“Spring sale” was not deleted.');
    await expect(canvas.getAllByRole('rowheader')).toHaveLength(4);
  },
};

/** In a narrow container (a sidebar, a phone) the rows are cards; no script measures anything. */
export const NarrowContainer: Story = {
  parameters: { maxWidth: 380 },
  play: async ({ canvasElement }) => {
    const canvas = await rowsShown(canvasElement, 4);
    await expect(getComputedStyle(canvas.getAllByRole('row')[1]!).display).toBe('block');
  },
};

/** The dark theme. */
export const Dark: Story = { globals: { theme: 'dark' }, play: async ({ canvasElement }) => void (await rowsShown(canvasElement, 4)) };

/** Arabic: the table reads right to left; URLs stay left to right. */
export const RightToLeft: Story = { globals: { locale: 'ar' }, play: async ({ canvasElement }) => void (await rowsShown(canvasElement, 4)) };

/** The German message set with German dates. */
export const German: Story = {
  globals: { locale: 'de-DE' },
  parameters: { polar: { memory: { links }, messages: deMessages } satisfies PolarStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = await rowsShown(canvasElement, 4);
    await expect(canvas.getByRole('button', { name: 'Löschen: Spring sale' })).toBeVisible();
  },
};

/** Markup in labels and metadata is shown as text; a long label wraps. */
export const HostileData: Story = {
  parameters: { polar: { memory: { links: hostileLinks } } satisfies PolarStoryParameters },
  play: async ({ canvasElement }) => {
    const canvas = await rowsShown(canvasElement, 2);
    await expect(canvas.getByRole('rowheader', { name: '<img src=x onerror="alert(1)">Spring <b>sale</b>' })).toBeVisible();
    await expect(canvasElement.querySelector('img, b, script')).toBeNull();
  },
};
