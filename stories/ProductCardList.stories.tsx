import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { ProductCardList } from '../src/components/ProductCardList';
import type { Product } from '../src/contract';
import { catalogue, makeFixedPrice, makeProduct } from '../src/testing';

const intro = `
**ProductCardList** shows products as a list of \`ProductCard\`s: a real list (\`ul\`, one \`li\` per card)
named by **label**, in the order of **products**, each card keyed by its product's id.

It is made for catalogues that change while they are on screen. Pass a new array in which some
products changed and the others kept their identity (as \`useProducts\` and immutable updates give):
only the changed cards render again. A card keeps its focus and what it shows (an open description or
benefit list) when other products are added, removed or moved. For catalogues of thousands, give the
items \`content-visibility: auto\` or use a virtualizer (see the README).

- **Card options** — \`layout\`, \`currency\`, \`locale\`, \`discount\`, \`headingLevel\`, \`benefitLimit\`,
  \`showBenefits\`, \`showAllBenefits\`, \`showMedias\`, \`showDescription\`, \`messages\` go to every card;
  **cardClassName** is every card's class, **className** the list's.
- **selectedIds** and **onSelect** make every card a toggle for pickers; \`onSelect\` may be a new function
  on each render without rendering the cards again.
`;

const plans = catalogue.products.filter((product) => !product.is_archived);

const meta = {
  title: 'ProductCardList',
  component: ProductCardList,
  tags: ['autodocs'],
  parameters: { docs: { description: { component: intro } } },
  args: { products: plans, label: 'Plans' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['card', 'row', 'compact'] },
    products: { control: false },
    selectedIds: { control: false },
    discount: { control: false },
    onSelect: { control: false },
    messages: { control: false },
  },
} satisfies Meta<typeof ProductCardList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The catalogue's products in a grid of cards. */
export const Catalogue: Story = {};

/** Name and price only, one per row. */
export const Compact: Story = {
  args: { layout: 'compact' },
};

/** With `selectedIds` and `onSelect`, every card is a toggle; the host keeps the selection. */
export const Picker: Story = {
  args: { layout: 'compact' },
  render: function PickerList(args) {
    const [selectedIds, setSelectedIds] = useState<string[]>([]);
    const toggle = (product: Product) =>
      setSelectedIds((ids) => (ids.includes(product.id) ? ids.filter((id) => id !== product.id) : [...ids, product.id]));
    return <ProductCardList {...args} selectedIds={selectedIds} onSelect={toggle} />;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first, second] = canvas.getAllByRole('button', { pressed: false });
    await userEvent.click(second!);
    await expect(second).toHaveAttribute('aria-pressed', 'true');
    await expect(first).toHaveAttribute('aria-pressed', 'false');
  },
};

const LIVE_COUNT = 60;
const liveProducts = Array.from({ length: LIVE_COUNT }, (_, index) =>
  makeProduct({ name: `Product ${index + 1}`, prices: [makeFixedPrice({ price_amount: 1000 + index * 100 })] }),
);

/**
 * Sixty products, and a button that raises one price by a dollar, as a live catalogue would: the
 * host passes a new array with one new product object, and only that card renders again.
 */
export const LiveUpdates: Story = {
  args: { products: liveProducts, layout: 'compact', label: 'Live prices' },
  render: function LiveList(args) {
    const [products, setProducts] = useState(args.products);
    const [raised, setRaised] = useState(0);
    const raise = () => {
      const index = (raised * 7) % products.length;
      setProducts(products.map((product, at) => (at === index ? raisePrice(product) : product)));
      setRaised(raised + 1);
    };
    return (
      <div style={{ display: 'grid', gap: 16 }}>
        <button type="button" className="pcl-button" style={{ justifySelf: 'start' }} onClick={raise}>
          Raise a price
        </button>
        <ProductCardList {...args} products={products} />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Raise a price' }));
    const first = canvas.getByRole('article', { name: 'Product 1' });
    await expect(first).toHaveTextContent('$11');
    await expect(canvas.getAllByRole('listitem').filter((item) => item.parentElement?.matches('ul[aria-label="Live prices"]'))).toHaveLength(LIVE_COUNT);
  },
};

function raisePrice(product: Product): Product {
  return {
    ...product,
    prices: product.prices.map((price) => ('price_amount' in price && typeof price.price_amount === 'number' ? { ...price, price_amount: price.price_amount + 100 } : price)),
  };
}

/** Dark theme, whatever the toolbar says. */
export const Dark: Story = {
  args: { selectedIds: [plans[0]!.id] },
  globals: { theme: 'dark' },
};

/** Arabic, right to left: the grid and the cards mirror. */
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
};
