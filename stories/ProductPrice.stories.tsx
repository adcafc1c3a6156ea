import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ProductPrice } from '../src/components/ProductCard';
import type { ProductPrice as ProductPriceData } from '../src/contract';
import {
  makeCustomPrice,
  makeDiscount,
  makeFixedPrice,
  makeFreePrice,
  makeLegacyRecurringPrice,
  makeMeteredPrice,
  makeSeatBasedPrice,
} from '../src/testing';
import { withMaxWidth } from './withMaxWidth';

const intro = `
**ProductPrice** shows one price of a product as Polar's checkout shows it: the amount emphasised,
its interval and unit beside it, the amount before a discount struck through, and details under it
(a pay-what-you-want minimum, a metered cap). \`ProductCard\` renders one per price; use it alone in a
pricing table or a line of your own.

- **price** — any price shape Polar returns: \`fixed\`, \`free\`, \`custom\` (pay what you want),
  \`seat_based\` (with a "Show seat tiers" table when there are several tiers), \`metered_unit\`
  (sub-cent amounts, per 1M tokens, per custom unit) and legacy recurring prices that carry their own
  interval. An \`amount_type\` this library does not know yet reads "See checkout for pricing".
- **product** — the price's product: its \`recurring_interval\` and \`recurring_interval_count\` give the
  interval ("/ mo", "every 3 months"). Without it the price reads as a one-time price.
- **discount** — shows the price before and after a discount (fixed and seat-based prices).
- **locale**, **messages** — else those of \`CheckoutLinksProvider\`, else \`en-US\` and English.
- **showSeatTiers** — \`false\` hides the tier table of a seat-based price.

Screen readers hear the whole phrase ("19 US dollars per month"), not the symbols on screen.

**Built on** \`formatPrice\` (and \`formatSeatTiers\` for the table) from the headless formatters, which
return the visible parts and the spoken phrase, so a host can draw the same price its own way.
`;

const monthly = { recurring_interval: 'month', recurring_interval_count: 1 } as const;

const meta = {
  title: 'Parts/ProductPrice',
  component: ProductPrice,
  tags: ['autodocs'],
  parameters: { docs: { description: { component: intro } } },
  args: { price: makeFixedPrice({ price_amount: 1900 }), product: monthly },
  argTypes: {
    price: { control: 'object' },
    product: { control: 'object' },
    discount: { control: false },
    messages: { control: false },
    locale: { control: 'text' },
  },
  // About the width of a product card's body.
  decorators: [withMaxWidth(320)],
} satisfies Meta<typeof ProductPrice>;

export default meta;
type Story = StoryObj<typeof meta>;

// ---------------------------------------------------------------------------------------------
// Price shapes
// ---------------------------------------------------------------------------------------------

/** $19 a month, heard as "19 US dollars per month". */
export const FixedMonthly: Story = {
  play: async ({ canvasElement }) => {
    const price = canvasElement.querySelector('.pcl-price')!;
    await expect(price).toHaveTextContent('$19');
    await expect(price).toHaveTextContent(/19 US dollars per month/);
  },
};

/** A one-time price: no interval. */
export const OneTime: Story = {
  args: { price: makeFixedPrice({ price_amount: 4900 }), product: { recurring_interval: null, recurring_interval_count: null } },
};

/** Billed every 3 months. */
export const EveryThreeMonths: Story = {
  args: { price: makeFixedPrice({ price_amount: 4900 }), product: { recurring_interval: 'month', recurring_interval_count: 3 } },
};

/** A fixed price of 0 reads "Free". */
export const FreeFixedAmount: Story = {
  args: { price: makeFixedPrice({ price_amount: 0 }), product: undefined },
};

/** The 2025 `free` price type reads "Free" too. */
export const FreePriceType: Story = {
  args: { price: makeFreePrice(), product: undefined },
};

/** Pay what you want, with a minimum and a suggested amount. */
export const PayWhatYouWant: Story = {
  args: { price: makeCustomPrice({ minimum_amount: 500, preset_amount: 1500 }), product: undefined },
};

/** Seat tiers: "From … / seat", and the table behind "Show seat tiers". */
export const SeatTiers: Story = {
  args: { price: makeSeatBasedPrice() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const toggle = canvas.getByRole('button', { name: 'Show seat tiers' });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('table')).toBeVisible();
    await expect(canvas.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Seats', 'Price per seat']);
  },
};

/** The same price without its tier table (`showSeatTiers={false}`). */
export const SeatTiersHidden: Story = {
  args: { price: makeSeatBasedPrice(), showSeatTiers: false },
};

/** Usage-based: a sub-cent amount per unit, with a monthly cap. */
export const MeteredWithCap: Story = {
  args: { price: makeMeteredPrice({ unit_amount: '1.25', cap_amount: 10000, meter: { name: 'API calls' } }) },
};

/** Tokens are priced per million. */
export const MeteredPerMillionTokens: Story = {
  args: { price: makeMeteredPrice({ unit_amount: '0.0002', meter: { name: 'LLM tokens', unit: 'token' } }) },
};

/** A custom unit with its own label and multiplier ("per 1,000 images"). */
export const MeteredCustomUnit: Story = {
  args: { price: makeMeteredPrice({ unit_amount: '0.5', meter: { name: 'Renders', unit: 'custom', custom_label: 'images', custom_multiplier: 1000 } }) },
};

/** A legacy recurring price carries its own interval; the product has none. */
export const LegacyYearly: Story = {
  args: { price: makeLegacyRecurringPrice({ recurring_interval: 'year', price_amount: 19000 }), product: undefined },
};

/** A price type Polar may add later: a neutral fallback instead of a crash. */
export const UnknownPriceType: Story = {
  args: { price: { ...makeFixedPrice(), amount_type: 'dutch_auction' } as ProductPriceData },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.pcl-price')).toHaveTextContent('See checkout for pricing');
  },
};

// ---------------------------------------------------------------------------------------------
// Discounts and currencies
// ---------------------------------------------------------------------------------------------

/** 25 % off: was and now. */
export const DiscountPercentage: Story = {
  args: { discount: makeDiscount({ type: 'percentage', basis_points: 2500 }) },
  play: async ({ canvasElement }) => {
    const price = canvasElement.querySelector('.pcl-price')!;
    await expect(price).toHaveAttribute('data-discounted');
    await expect(price.querySelector('s')).toHaveTextContent('$19');
  },
};

/** $5 off each seat's price. */
export const DiscountFixedOnSeats: Story = {
  args: { price: makeSeatBasedPrice(), discount: makeDiscount({ amounts: { usd: 500 } }) },
};

/** One amount in three currencies; yen have no minor unit, so 2800 is ¥2,800. */
export const Currencies: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 12 }}>
      <ProductPrice {...args} price={makeFixedPrice({ price_amount: 2800, price_currency: 'usd' })} />
      <ProductPrice {...args} price={makeFixedPrice({ price_amount: 2800, price_currency: 'eur' })} />
      <ProductPrice {...args} price={makeFixedPrice({ price_amount: 2800, price_currency: 'jpy' })} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const prices = [...canvasElement.querySelectorAll('.pcl-price')];
    await expect(prices[2]).toHaveTextContent('¥2,800');
  },
};

/** German number formats from the `locale` prop, whatever the provider says. */
export const GermanLocale: Story = {
  args: { price: makeFixedPrice({ price_amount: 123456, price_currency: 'eur' }), locale: 'de-DE' },
};

/** Arabic, right to left, from the toolbar's locale. */
export const RightToLeft: Story = {
  args: { discount: makeDiscount({ type: 'percentage', basis_points: 1000 }) },
  globals: { locale: 'ar' },
};
