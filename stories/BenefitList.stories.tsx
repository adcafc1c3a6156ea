import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { BenefitList } from '../src/components/ProductCard';
import type { BenefitType } from '../src/contract';
import { catalogue, catalogueIds, makeBenefit } from '../src/testing';
import { withMaxWidth } from './withMaxWidth';

const intro = `
**BenefitList** lists what a buyer gets with a product: each benefit with its type's icon and label
(Discord invite, GitHub repository access, downloadables, license keys, meter credits, feature flags,
Slack channel, custom) and then its description, as plain text. \`ProductCard\` shows one under its
prices; use it alone on a product page or beside a pricing table.

- **benefits** — the product's benefits, from \`/v1/products\` or embedded in a checkout link. A type
  this library does not know yet gets a neutral icon and label.
- **showAllBenefits** — private and draft benefits too (e.g. the merchant's own admin). By default
  only public ones show, and deleted ones never.
- **limit** — how many show before a "Show all N benefits" button (default 5); the button says whether
  the list is expanded (\`aria-expanded\`) and which list it controls.
- **messages** — else those of \`CheckoutLinksProvider\` (\`messages.card\`, \`messages.format\`), else English.

It renders nothing when no benefit is visible.

**Built on** \`benefitLabel\` from the headless formatters and \`visibleBenefits\` (exported too), which
decides what a buyer sees.
`;

const everyType: BenefitType[] = ['custom', 'discord', 'github_repository', 'downloadables', 'license_keys', 'meter_credit', 'feature_flag', 'slack_shared_channel'];

const meta = {
  title: 'Parts/BenefitList',
  component: BenefitList,
  tags: ['autodocs'],
  parameters: { docs: { description: { component: intro } } },
  args: { benefits: catalogue.products.find((product) => product.id === catalogueIds.products.proMonthly)!.benefits },
  argTypes: { benefits: { control: false }, messages: { control: false } },
  decorators: [withMaxWidth(420)],
} satisfies Meta<typeof BenefitList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The benefits of the catalogue's Pro plan. */
export const Default: Story = {};

/** One benefit of every type, and one of a type Polar may add later. */
export const EveryBenefitType: Story = {
  args: {
    limit: 20,
    benefits: [...everyType.map((type) => makeBenefit(type)), makeBenefit('hologram', { description: 'A benefit type from the future' })],
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(everyType.length + 1);
  },
};

/** Twelve benefits, five shown: "Show all 12 benefits" expands the list and says so. */
export const Collapsed: Story = {
  args: { benefits: Array.from({ length: 12 }, (_, index) => makeBenefit(everyType[index % everyType.length], { description: `Benefit ${index + 1}` })) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(5);
    const toggle = canvas.getByRole('button', { name: 'Show all 12 benefits' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(12);
    await expect(canvas.getByRole('button', { name: 'Show fewer benefits' })).toHaveAttribute('aria-expanded', 'true');
  },
};

const mixedVisibility = [
  makeBenefit('discord', { description: 'Members-only Discord' }),
  makeBenefit('custom', { visibility: 'private', description: 'Internal onboarding call' }),
  makeBenefit('license_keys', { visibility: 'draft', description: 'Keys for the next major version' }),
  makeBenefit('downloadables', { is_deleted: true, description: 'A deleted download' }),
];

/** A buyer sees public benefits only: the private, draft and deleted ones stay hidden. */
export const PublicOnly: Story = {
  args: { benefits: mixedVisibility },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(1);
  },
};

/** `showAllBenefits`: private and draft benefits too, never deleted ones (the merchant's own view). */
export const ShowAllBenefits: Story = {
  args: { benefits: mixedVisibility, showAllBenefits: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('listitem')).toHaveLength(3);
  },
};

/** Nothing visible: the list renders nothing at all (no empty "Included" heading). */
export const NothingVisible: Story = {
  args: { benefits: mixedVisibility.slice(1, 2) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByText('Included')).not.toBeInTheDocument();
  },
};

/** The host's own words for the title and the toggle. */
export const CustomWords: Story = {
  args: {
    benefits: EveryBenefitType.args!.benefits,
    messages: { benefitsTitle: 'What you get', showAllBenefits: (count) => `See all ${count}` },
  },
};

/** Markup in descriptions shows as text, and a very long description wraps. */
export const HostileData: Story = {
  args: {
    benefits: [
      makeBenefit('custom', { description: '<img src=x onerror="alert(1)"><b>bold?</b>' }),
      makeBenefit('discord', { description: `${'Averyveryverylongwordwithoutspaces'.repeat(8)} and then some text` }),
    ],
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img, b')).toBeNull();
    await expect(within(canvasElement).getByText('<img src=x onerror="alert(1)"><b>bold?</b>')).toBeInTheDocument();
  },
};

/** Arabic, right to left: icons sit on the right. */
export const RightToLeft: Story = {
  args: { benefits: EveryBenefitType.args!.benefits, limit: 4 },
  globals: { locale: 'ar' },
};
