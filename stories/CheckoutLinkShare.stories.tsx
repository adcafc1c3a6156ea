import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CheckoutLinkShare } from '../src/components/CheckoutLinkShare';
import { deMessages } from '../src/messages';
import { catalogue, catalogueIds, makeCheckoutLink, makeCustomPrice, makeDiscount, makeProduct } from '../src/testing';
import type { PolarStoryParameters } from '../.storybook/polarClient';
import { withMaxWidth } from './withMaxWidth';

const product = (id: string) => catalogue.products.find((candidate) => candidate.id === id)!;
const homepagePro = catalogue.links.find((link) => link.id === catalogueIds.links.homepagePro)!;

const tipJarLink = makeCheckoutLink({
  label: 'Tip jar on the blog',
  products: [product(catalogueIds.products.tipJar), product(catalogueIds.products.starterKit)],
  success_url: 'https://acme.test/thanks?checkout_id={CHECKOUT_ID}',
  return_url: 'https://acme.test/blog',
  metadata: { source: 'blog', placement: 'footer' },
});

const intro = `
**CheckoutLinkShare** is what a merchant sees once a checkout link exists: everything needed to put it
in front of buyers. It is the second step of \`CreateCheckoutLinkDialog\` and works on its own for any
link (a list's "Share" action, a link page).

- **The link**, in a read-only field, with **Copy** (the Clipboard API; where that is refused, the text
  is selected so the merchant can copy it by hand; "Copied" is announced politely) and **Open** (a new
  tab, \`rel="noopener noreferrer"\`, offered for http(s) URLs only).
- **What it sells**: products, preset discount, switches, trial, seats, success and return URLs and
  metadata, as plain text. Nothing Polar returned is ever rendered as HTML.
- **Prefill the checkout**: a composer for the query parameters Polar's checkout reads —
  \`product_id\` (one of the link's products), \`customer_email\`, \`customer_name\`, \`discount_code\`,
  \`amount\` (pay what you want, typed in the currency's major unit, sent in its minor unit and checked
  against the price's minimum and maximum), \`locale\`, \`theme\`, \`reference_id\` and the five \`utm_*\`
  tags. Each field says what is wrong with it; the composed URL is copyable.
- **QR code**: the link (with the composer's options, as they are typed) as an inline SVG image, with
  **Download SVG** and **Download PNG**. The encoder ([uqr](https://github.com/unjs/uqr)) loads only
  when a code first shows, so hosts that never show one do not download it.
- **Embed on your site**: the snippet for Polar's embed script (\`data-polar-checkout\`,
  \`data-polar-checkout-theme\` light or dark, the script from jsDelivr), shown as text, with the
  reminder that the site's host must be among the organization's allowed embed hosts.

**Props**: \`link\` (a \`CheckoutLink\` as Polar returns it), \`title\` (the heading, \`null\` for none) and
\`headingLevel\`, plus any attribute of the \`<section>\` (\`className\`…).

**Built on** \`useMessages\` and \`useLocale\` from the headless layer and \`formatMoney\` from the
formatters; every word comes from \`messages.share\`.
`;

const meta = {
  title: 'CheckoutLinkShare',
  component: CheckoutLinkShare,
  tags: ['autodocs'],
  parameters: { docs: { description: { component: intro } } },
  args: { link: homepagePro },
  argTypes: { link: { control: false }, title: { control: 'text' } },
  decorators: [withMaxWidth(760)],
} satisfies Meta<typeof CheckoutLinkShare>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A link for two subscriptions with a preset discount, a success URL and metadata. */
export const Default: Story = {};

/** The QR code once its encoder has loaded: dark on white in both themes, so phones read it. */
export const QrCode: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('img', { name: 'QR code of the checkout link' });
    await expect(canvas.getByRole('button', { name: 'Download PNG' })).toBeVisible();
  },
};

/** Copying the link announces "Copied" (or selects the text where the clipboard is refused). */
export const CopyLink: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(canvas.getByRole('textbox', { name: 'Checkout link' }).closest('.pcl-copy')).toHaveAttribute('data-state', expect.stringMatching(/copied|failed/)));
  },
};

/** A pay-what-you-want product: the composer offers an amount, checked against its range. */
export const QueryComposer: Story = {
  args: { link: tipJarLink },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Product' }), 'Tip Jar');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Customer email' }), 'ada@example.com');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Amount (pay what you want)' }), '12.50');
    await userEvent.type(canvas.getByRole('textbox', { name: 'UTM source' }), 'newsletter');
    await userEvent.type(canvas.getByRole('textbox', { name: 'UTM campaign' }), 'spring-2026');
    const composed = canvas.getByRole<HTMLInputElement>('textbox', { name: 'Link with these options' });
    const query = Object.fromEntries(new URL(composed.value).searchParams);
    await expect(query).toEqual({
      product_id: catalogueIds.products.tipJar,
      customer_email: 'ada@example.com',
      amount: '1250',
      utm_source: 'newsletter',
      utm_campaign: 'spring-2026',
    });
  },
};

/** Each field says what is wrong with it once left; bad values stay out of the composed link. */
export const QueryComposerErrors: Story = {
  args: { link: tipJarLink },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Customer email' }), 'ada@');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Discount code' }), 'NO!');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Amount (pay what you want)' }), '5000');
    await userEvent.type(canvas.getByRole('textbox', { name: 'Checkout language' }), 'english please');
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: 'Customer email' })).toHaveAccessibleDescription('Enter an email address such as name@example.com.');
    await expect(canvas.getByRole('textbox', { name: 'Amount (pay what you want)' })).toHaveAccessibleDescription(/Enter at most \$1,000\./);
    await expect(canvas.getByRole('textbox', { name: 'Link with these options' })).toHaveValue(tipJarLink.url);
  },
};

/** The embed code in the dark theme of Polar's checkout. */
export const EmbedDark: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'Dark' }));
    await expect(canvas.getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' }).value).toContain('data-polar-checkout-theme="dark"');
  },
};

/** Seats, a trial and a fixed discount in the summary. */
export const TrialAndSeats: Story = {
  args: {
    link: makeCheckoutLink({
      label: 'Team onboarding',
      products: [product(catalogueIds.products.teamSeats)],
      discount: catalogue.discounts.find((discount) => discount.id === catalogueIds.discounts.teamOnboarding)!,
      trial_interval: 'week',
      trial_interval_count: 2,
      seats: 5,
      require_billing_address: true,
    }),
  },
};

/** Markup, scripts and a javascript: URL in Polar's data: all shown as text, and no "Open" for that URL. */
export const HostileData: Story = {
  args: {
    link: {
      ...makeCheckoutLink({
        products: [makeProduct({ name: '<img src=x onerror=alert(1)>', prices: [makeCustomPrice()] })],
        discount: makeDiscount({ name: '<script>alert(1)</script>', code: 'XSS' }),
        metadata: { '<b>key</b>': '"><svg onload=alert(1)>' },
        success_url: 'javascript:alert(1)',
      }),
      url: 'javascript:alert(document.cookie)',
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('link', { name: /Open link/ })).not.toBeInTheDocument();
    await expect(canvasElement.querySelector('img, script, svg b')).toBeNull();
    await expect(canvas.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
  },
};

/** Dark theme, whatever the toolbar says (its colours are checked by axe too). */
export const Dark: Story = { args: { link: tipJarLink }, globals: { theme: 'dark' } };

/** Arabic: the page reads right to left; URLs and code stay left to right. */
export const RightToLeft: Story = { args: { link: tipJarLink }, globals: { locale: 'ar' } };

/** The German message set (`deMessages`) with German number formats. */
export const German: Story = {
  args: { link: tipJarLink },
  globals: { locale: 'de-DE' },
  parameters: { polar: { messages: deMessages } satisfies PolarStoryParameters },
};
