import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import type { ProductPrice } from '../src/contract';
import { ProductCard } from '../src/components/ProductCard';
import {
  makeBenefit,
  makeCustomPrice,
  makeDiscount,
  makeFixedPrice,
  makeFreePrice,
  makeLegacyRecurringPrice,
  makeMedia,
  makeMeteredPrice,
  makeProduct,
  makeSeatBasedPrice,
} from '../src/testing/fixtures';
import apiUsage from '../src/testing/media/api-usage.svg?no-inline';
import community from '../src/testing/media/community.svg?no-inline';
import designAssets from '../src/testing/media/design-assets.svg?no-inline';
import proPlanDashboard from '../src/testing/media/pro-plan-dashboard.svg?no-inline';
import proPlan from '../src/testing/media/pro-plan.svg?no-inline';
import teamSeats from '../src/testing/media/team-seats.svg?no-inline';
import { readToolbar } from '../.storybook/toolbar';
import { cardWidth, withMaxWidth } from './withMaxWidth';

// The card shows images from absolute http(s) URLs only; `?no-inline` keeps Vite from turning these
// small files into data: URLs, which the card rightly refuses.
const picture = (path: string, name: string) =>
  makeMedia({ name, mime_type: 'image/svg+xml', public_url: new URL(path, window.location.href).href });
const pictureFiles = [proPlan, proPlanDashboard, teamSeats, apiUsage, community, designAssets];
const pictures = pictureFiles.map((path, index) => picture(path, `picture-${index + 1}.svg`));

const proPlanProduct = makeProduct({
  name: 'Pro plan',
  description: 'Everything a small team needs to ship.\n\nPriority support, unlimited projects\nand early access to new features.',
  medias: pictures.slice(0, 1),
  benefits: [makeBenefit('discord'), makeBenefit('license_keys'), makeBenefit('github_repository')],
});

const intro = `
**ProductCard** shows one Polar product the way a buyer or a merchant picking products should see it:
its name, its description (plain text: paragraphs and line breaks, never HTML), its images, every
price it has, and its public benefits.

- **Product** — pass a product from \`/v1/products\` (the card then shows only \`public\` benefits, or all of
  them with \`showAllBenefits\`) or one that a checkout link embeds (\`link.products[i]\`).
- **Prices** — every shape Polar returns: fixed, free, pay what you want (minimum and suggested amount),
  seat tiers ("From … / seat", with a tier table), metered units (sub-cent amounts, per 1M tokens or per
  custom unit) and legacy monthly + yearly prices. An unknown price type reads "See checkout for pricing".
  \`currency\` picks one currency when the product has several. Screen readers hear the whole phrase
  ("19 US dollars per month"), not "$19 / mo".
- **discount** — was/now prices and a badge ("-25%", "-$10", "for 3 months").
- **layout** — \`card\`, \`row\` or \`compact\` (name and price only). **selected** and **onSelect** turn it into a
  toggle for pickers. **ProductCard.Skeleton** stands in while a product loads.
- **Parts** — \`ProductPrice\`, \`BenefitList\` and \`MediaGallery\` are exported on their own.

It is built on the headless formatters of \`react-polar-checkout-links/headless\` — \`formatPrice\`,
\`formatMoney\`, \`formatInterval\`, \`formatDiscount\`, \`benefitLabel\`, \`pricesForCurrency\` — so a host with its
own design system gets the same text. Its locale and words come from the \`locale\` and \`messages\` props,
else from \`CheckoutLinksProvider\` (\`messages.format\`, \`messages.card\`), else \`en-US\` and English. Colours,
radius and spacing are the \`--pcl-*\` variables of \`styles.css\` (light, \`data-theme="dark"\` or \`"system"\`).
`;

const meta = {
  title: 'ProductCard',
  component: ProductCard,
  tags: ['autodocs'],
  parameters: { docs: { description: { component: intro } } },
  args: { product: proPlanProduct },
  argTypes: {
    layout: { control: 'inline-radio', options: ['card', 'row', 'compact'] },
    currency: { control: 'text' },
    locale: { control: 'text' },
    product: { control: false },
    discount: { control: false },
    onSelect: { control: false },
    messages: { control: false },
  },
  decorators: [withMaxWidth(cardWidth)],
} satisfies Meta<typeof ProductCard>;

export default meta;
type Story = StoryObj<typeof meta>;

// ---------------------------------------------------------------------------------------------
// Prices
// ---------------------------------------------------------------------------------------------

/** A monthly subscription with one fixed price. */
export const FixedPrice: Story = {};

/** A fixed price of 0 and the 2025 `free` price type both read "Free". */
export const Free: Story = {
  args: { product: makeProduct({ name: 'Community', recurring_interval: null, prices: [makeFixedPrice({ price_amount: 0 })] }) },
};

export const FreePriceType: Story = {
  args: { product: makeProduct({ name: 'Starter (2025 free price)', recurring_interval: null, prices: [makeFreePrice()] }) },
};

/** Pay what you want with a $5 minimum and a suggested $15. */
export const PayWhatYouWant: Story = {
  args: {
    product: makeProduct({
      name: 'Tip jar',
      recurring_interval: null,
      description: 'Support the project with any amount.',
      prices: [makeCustomPrice({ minimum_amount: 500, preset_amount: 1500 })],
    }),
  },
};

/** Seat tiers: "From $8 / seat / mo", and the tier table behind "Show seat tiers". */
export const SeatBased: Story = {
  args: { product: makeProduct({ name: 'Team', medias: [pictures[2]!], prices: [makeSeatBasedPrice()] }) },
};

/** Metered units: sub-cent amounts per unit, per 1M tokens, and per 1,000 custom units. */
export const Metered: Story = {
  args: {
    product: makeProduct({
      name: 'API usage',
      medias: [pictures[3]!],
      prices: [
        makeMeteredPrice({ unit_amount: '1.25', cap_amount: 10000, meter: { name: 'API calls' } }),
        makeMeteredPrice({ unit_amount: '0.0002', meter: { name: 'LLM tokens', unit: 'token' } }),
        makeMeteredPrice({ unit_amount: '0.5', meter: { name: 'Renders', unit: 'custom', custom_label: 'images', custom_multiplier: 1000 } }),
      ],
    }),
  },
};

/** A price type this library does not know yet. */
export const UnknownPriceType: Story = {
  args: { product: makeProduct({ name: 'Auction', prices: [{ ...makeFixedPrice(), amount_type: 'dutch_auction' } as ProductPrice] }) },
};

/** The product has USD, EUR and JPY prices: the toolbar's currency picks one (yen have no decimals). */
export const MultiCurrency: Story = {
  args: {
    product: makeProduct({
      name: 'Pro plan (three currencies)',
      prices: [makeFixedPrice(), makeFixedPrice({ price_currency: 'eur', price_amount: 1800 }), makeFixedPrice({ price_currency: 'jpy', price_amount: 2800 })],
    }),
  },
  render: (args, { globals }) => <ProductCard {...args} currency={args.currency ?? readToolbar(globals).currency} />,
};

/** A legacy product sells monthly and yearly prices, each with its own interval. */
export const LegacyMonthlyAndYearly: Story = {
  args: {
    product: makeProduct({
      name: 'Legacy plan',
      recurring_interval: null,
      prices: [makeLegacyRecurringPrice(), makeLegacyRecurringPrice({ recurring_interval: 'year', price_amount: 19000 })],
    }),
  },
};

/** Billed every 3 months. */
export const Quarterly: Story = {
  args: { product: makeProduct({ name: 'Quarterly plan', recurring_interval: 'month', recurring_interval_count: 3, prices: [makeFixedPrice({ price_amount: 4900 })] }) },
};

// ---------------------------------------------------------------------------------------------
// Discounts
// ---------------------------------------------------------------------------------------------

/** 25 % off for 3 months: the old price struck through, the new one, and the badge. */
export const DiscountPercentage: Story = {
  args: { discount: makeDiscount({ type: 'percentage', basis_points: 2500, duration: 'repeating', duration_in_months: 3 }) },
};

/** $10 off the first payment. */
export const DiscountFixed: Story = {
  args: { discount: makeDiscount({ amounts: { usd: 1000, eur: 900, jpy: 1500 }, duration: 'once' }) },
};

// ---------------------------------------------------------------------------------------------
// Benefits
// ---------------------------------------------------------------------------------------------

/** One benefit of every type, and one of a type Polar may add later. */
export const EveryBenefitType: Story = {
  args: {
    benefitLimit: 10,
    product: makeProduct({
      name: 'Everything included',
      benefits: [
        makeBenefit('custom'),
        makeBenefit('discord'),
        makeBenefit('github_repository'),
        makeBenefit('downloadables'),
        makeBenefit('license_keys'),
        makeBenefit('meter_credit'),
        makeBenefit('feature_flag'),
        makeBenefit('slack_shared_channel'),
        makeBenefit('hologram', { description: 'A benefit type from the future' }),
      ],
    }),
  },
};

/** Private benefits stay hidden unless `showAllBenefits` (e.g. in the merchant's own admin). */
export const PrivateBenefits: Story = {
  args: {
    showAllBenefits: false,
    product: makeProduct({
      name: 'With a private benefit',
      benefits: [makeBenefit('discord'), makeBenefit('custom', { visibility: 'private', description: 'Internal onboarding call' })],
    }),
  },
};

// ---------------------------------------------------------------------------------------------
// Medias
// ---------------------------------------------------------------------------------------------

export const NoImages: Story = {
  args: { product: { ...proPlanProduct, medias: [] } },
};

export const OneImage: Story = {};

/** Several images: a thumbnail strip that opens the gallery (arrow keys, Escape). */
export const ManyImages: Story = {
  args: { product: { ...proPlanProduct, medias: pictures } },
};

/** The gallery open: focus is inside, arrow keys move between images. */
export const GalleryOpen: Story = {
  args: { product: { ...proPlanProduct, medias: pictures } },
  parameters: { a11y: { context: 'body' } },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Pro plan, image 2 of 6' }));
    const gallery = await within(document.body).findByRole('dialog', { name: 'Images of Pro plan' });
    await userEvent.keyboard('{ArrowRight}');
    await expect(gallery).toHaveTextContent('3 of 6');
  },
};

/** An image that fails to load keeps its place with a placeholder. */
export const BrokenImage: Story = {
  args: { product: { ...proPlanProduct, medias: [makeMedia({ public_url: new URL('/no-such-image.png', window.location.href).href })] } },
};

// ---------------------------------------------------------------------------------------------
// States and layouts
// ---------------------------------------------------------------------------------------------

export const Archived: Story = {
  args: { product: { ...proPlanProduct, is_archived: true } },
};

export const Selected: Story = {
  args: { selected: true },
};

/** With `onSelect` the name becomes a toggle button covering the card (for product pickers). */
export const Selectable: Story = {
  render: function SelectableCard(args) {
    const [selected, setSelected] = useState(false);
    return <ProductCard {...args} selected={selected} onSelect={() => setSelected((value) => !value)} />;
  },
  play: async ({ canvasElement }) => {
    const toggle = within(canvasElement).getByRole('button', { name: 'Pro plan' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  },
};

export const LayoutRow: Story = {
  args: { layout: 'row', product: { ...proPlanProduct, medias: pictures.slice(0, 3) } },
};

export const LayoutCompact: Story = {
  args: { layout: 'compact' },
};

/** The three layouts of one product, each also selected (`layout: 'row'` only widens the canvas). */
export const EveryLayout: Story = {
  args: { layout: 'row', product: { ...proPlanProduct, medias: pictures.slice(0, 3) } },
  render: ({ layout: _layout, ...args }) => (
    <div style={{ display: 'grid', gap: 16 }}>
      {(['card', 'row', 'compact'] as const).map((layout) => (
        <div key={layout} style={{ display: 'grid', gap: 16, gridTemplateColumns: layout === 'row' ? '1fr' : 'repeat(2, minmax(0, 1fr))' }}>
          <ProductCard {...args} layout={layout} />
          <ProductCard {...args} layout={layout} selected />
        </div>
      ))}
    </div>
  ),
};

export const Skeleton: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 16 }}>
      <ProductCard.Skeleton />
      <ProductCard.Skeleton layout="row" />
      <ProductCard.Skeleton layout="compact" />
    </div>
  ),
};

/** Dark theme, whatever the toolbar says (its colours are checked by axe too). */
export const Dark: Story = {
  args: { product: { ...proPlanProduct, is_archived: true, prices: [makeSeatBasedPrice()] }, selected: true, discount: makeDiscount({ type: 'percentage' }) },
  globals: { theme: 'dark' },
};

/** Arabic, right to left: the layout mirrors. */
export const RightToLeft: Story = {
  args: { product: { ...proPlanProduct, medias: pictures.slice(0, 3) }, discount: makeDiscount({ amounts: { usd: 300 } }) },
  globals: { locale: 'ar' },
};

// ---------------------------------------------------------------------------------------------
// Hostile data
// ---------------------------------------------------------------------------------------------

/**
 * Markup in the name and description shows as text, javascript: and data: image URLs are dropped, a
 * 10,000-character name is clamped (the full name is in its title), 200 benefits collapse, and 50
 * images show as four thumbnails.
 */
export const HostileData: Story = {
  args: {
    product: makeProduct({
      name: `<img src=x onerror="alert('name')"> ${'Very long product name '.repeat(435)}`,
      description: `<script>alert('description')</script>\n\n${'A description that goes on. '.repeat(60)}`,
      medias: [
        makeMedia({ public_url: 'javascript:alert(1)' }),
        makeMedia({ public_url: 'data:image/svg+xml,<svg onload="alert(1)"/>' }),
        ...Array.from({ length: 48 }, (_, index) => picture(pictureFiles[index % pictureFiles.length]!, `shot-${index + 1}.svg`)),
      ],
      benefits: Array.from({ length: 200 }, (_, index) =>
        makeBenefit(index % 2 ? 'custom' : 'discord', { description: `<b>Benefit ${index + 1}</b>` }),
      ),
    }),
  },
};
