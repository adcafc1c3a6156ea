import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { ProductCard, ProductCardSkeleton } from '../src/components/ProductCard';
import { catalogue, catalogueIds } from '../src/testing';
import { cardWidth, withMaxWidth, type MaxWidthParameters } from './withMaxWidth';

const intro = `
**ProductCard.Skeleton** (also exported as \`ProductCardSkeleton\`) stands in for a \`ProductCard\` while its
product loads: grey blocks where the picture, the name, a line of text and the price will be, in the
card's layout and width, so a grid of cards keeps its shape while products arrive.

- **layout** — \`card\` (default), \`row\` or \`compact\`, as the card it stands in for (compact has no picture).
- **messages** — the \`loadingProduct\` text that screen readers hear ("Loading product…"); else that of
  \`CheckoutLinksProvider\`, else English.
- The element is \`aria-busy\` with \`data-state="loading"\`; the grey blocks are hidden from assistive
  technology. Any attribute of the \`<div>\` (\`className\`…) passes through.

**Built on** the same \`--pcl-*\` variables and layout classes as \`ProductCard\`, and the provider's words.
`;

const meta = {
  title: 'Parts/ProductCard.Skeleton',
  component: ProductCardSkeleton,
  tags: ['autodocs'],
  parameters: { docs: { description: { component: intro } } },
  argTypes: { layout: { control: 'inline-radio', options: ['card', 'row', 'compact'] }, messages: { control: false } },
  decorators: [withMaxWidth(cardWidth)],
} satisfies Meta<typeof ProductCardSkeleton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** In place of a card; screen readers hear "Loading product…". */
export const Card: Story = {
  play: async ({ canvasElement }) => {
    const skeleton = canvasElement.querySelector('.pcl-product-card')!;
    await expect(skeleton).toHaveAttribute('aria-busy', 'true');
    await expect(within(canvasElement).getByText('Loading product…')).toBeInTheDocument();
  },
};

export const Row: Story = { args: { layout: 'row' } };

export const Compact: Story = { args: { layout: 'compact' } };

/** The skeleton next to the card it stands in for: the same width and picture, a few lines where the text will be. */
export const BesideTheCard: Story = {
  parameters: { maxWidth: 720 } satisfies MaxWidthParameters,
  render: (args) => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 340px))', gap: 16 }}>
      <ProductCardSkeleton {...args} />
      <ProductCard product={catalogue.products.find((product) => product.id === catalogueIds.products.starterKit)!} layout={args.layout} />
    </div>
  ),
};

/** The host's own words for screen readers. */
export const CustomWords: Story = {
  args: { messages: { loadingProduct: 'Fetching the product…' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Fetching the product…')).toBeInTheDocument();
  },
};
