import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../test/a11y/axe';
import type { Product, ProductPrice as ProductPriceData } from '../../contract';
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
} from '../../testing/fixtures';
import { CheckoutLinksProvider } from '../../hooks/CheckoutLinksProvider';
import { createMemoryClient } from '../../testing/createMemoryClient';
import { ProductCard } from './ProductCard';

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');
/** The prices as a screen reader reads them. */
function spokenPrices(): string[] {
  return screen.getAllByText((_, element) => element?.matches('.pcl-price__line + p') ?? false).map((node) => plain(node.textContent));
}
/** The prices as they look. */
function visiblePrices(): string[] {
  return [...document.querySelectorAll('.pcl-price__line[aria-hidden]')].map((node) => plain(node.textContent));
}

describe('ProductCard prices', () => {
  it('renders every price shape with its label and the spoken phrase', () => {
    const product = makeProduct({
      prices: [
        makeFixedPrice(),
        makeFixedPrice({ price_amount: 0 }),
        makeFreePrice(),
        makeCustomPrice({ minimum_amount: 500, preset_amount: 1500 }),
        makeSeatBasedPrice(),
        makeMeteredPrice({ unit_amount: '1.25' }),
        makeMeteredPrice({ unit_amount: '0.0002', meter: { unit: 'token', name: 'Tokens' } }),
        makeMeteredPrice({ unit_amount: '0.5', meter: { unit: 'custom', custom_label: 'images', custom_multiplier: 1000, name: 'Renders' } }),
      ],
    });
    render(<ProductCard product={product} />);
    expect(visiblePrices()).toEqual([
      '$19 / mo',
      'Free',
      'Free',
      'Pay what you want, from $5 / mo',
      'From $8 / seat / mo',
      '$0.0125 / unit',
      '$2 / 1M tokens',
      '$5 / 1,000 images',
    ]);
    expect(spokenPrices()[0]).toBe('19 US dollars per month');
    expect(spokenPrices()[4]).toBe('From 8 US dollars per seat per month');
    expect(screen.getByText('Suggested: $15')).toBeInTheDocument();
    expect(screen.getByText('Renders')).toBeInTheDocument();
  });

  it('takes the interval from the product, or from a legacy price, and shows legacy monthly and yearly both', () => {
    const { rerender } = render(<ProductCard product={makeProduct({ recurring_interval: 'month', recurring_interval_count: 3 })} />);
    expect(visiblePrices()).toEqual(['$19 / 3 mo']);
    const legacy = makeProduct({
      recurring_interval: null,
      prices: [makeLegacyRecurringPrice(), makeLegacyRecurringPrice({ recurring_interval: 'year', price_amount: 19000 })],
    });
    rerender(<ProductCard product={legacy} />);
    expect(visiblePrices()).toEqual(['$19 / mo', '$190 / yr']);
    expect(spokenPrices()).toEqual(['19 US dollars per month', '190 US dollars per year']);
  });

  it('shows only the prices of the chosen currency', () => {
    const product = makeProduct({
      prices: [makeFixedPrice(), makeFixedPrice({ price_currency: 'eur', price_amount: 1800 }), makeFixedPrice({ price_currency: 'jpy', price_amount: 2800 })],
    });
    const { rerender } = render(<ProductCard product={product} currency="eur" locale="de-DE" />);
    expect(visiblePrices()).toEqual(['18 € / mo']);
    rerender(<ProductCard product={product} currency="jpy" locale="ja-JP" />);
    expect(visiblePrices()).toEqual(['￥2,800 / mo']);
    expect(spokenPrices()).toEqual(['2,800円 per month']);
    rerender(<ProductCard product={product} />);
    expect(visiblePrices()).toEqual(['$19 / mo']);
  });

  it('shows "See checkout for pricing" for an unknown amount_type, and when no price is left', () => {
    const unknown = { ...makeFixedPrice(), amount_type: 'auction' } as ProductPriceData;
    const { rerender } = render(<ProductCard product={makeProduct({ prices: [unknown] })} />);
    expect(visiblePrices()).toEqual(['See checkout for pricing']);
    rerender(<ProductCard product={makeProduct({ prices: [makeFixedPrice({ is_archived: true })] })} />);
    expect(screen.getByText('See checkout for pricing')).toBeInTheDocument();
  });

  it('shows was/now and a badge for a discount', () => {
    const discount = makeDiscount({ type: 'percentage', basis_points: 2500, duration: 'repeating', duration_in_months: 3 });
    render(<ProductCard product={makeProduct()} discount={discount} />);
    expect(visiblePrices()).toEqual(['$19 $14.25 / mo']);
    expect(document.querySelector('s')?.textContent).toBe('$19');
    expect(spokenPrices()).toEqual(['14.25 US dollars per month, reduced from 19 US dollars per month']);
    expect(screen.getByText('-25%')).toHaveAttribute('data-variant', 'discount');
    expect(screen.getByText('25% off for 3 months')).toBeInTheDocument();
  });

  it('shows a fixed discount in the price currency, and none for a product it excludes', () => {
    const fixed = makeDiscount({ amounts: { usd: 1000 } });
    const product = makeProduct();
    const { rerender } = render(<ProductCard product={product} discount={fixed} />);
    expect(screen.getByText('-$10')).toBeInTheDocument();
    expect(visiblePrices()).toEqual(['$19 $9 / mo']);
    const elsewhere = { ...fixed, products: [{ id: 'another', name: 'Other', is_recurring: false, is_archived: false }] };
    rerender(<ProductCard product={product} discount={elsewhere} />);
    expect(screen.queryByText('-$10')).toBeNull();
    expect(visiblePrices()).toEqual(['$19 / mo']);
  });

  it('opens the seat-tier table on demand', async () => {
    const user = userEvent.setup();
    render(<ProductCard product={makeProduct({ prices: [makeSeatBasedPrice()] })} />);
    const toggle = screen.getByRole('button', { name: 'Show seat tiers' });
    expect(screen.queryByRole('table')).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => plain(row.textContent))).toEqual(['SeatsPrice per seat', '1–41 to 4 seats$10 / seat10 US dollars per seat', '5+5 or more seats$8 / seat8 US dollars per seat']);
  });
});

describe('ProductCard content', () => {
  it('renders the description as paragraphs and line breaks of text, never HTML', () => {
    const description = 'First line\nsecond line\n\n<b>bold?</b> <script>alert(1)</script>';
    const { container } = render(<ProductCard product={makeProduct({ description })} />);
    const paragraphs = container.querySelectorAll('.pcl-product-card__description p');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]?.querySelectorAll('br')).toHaveLength(1);
    expect(paragraphs[1]?.textContent).toBe('<b>bold?</b> <script>alert(1)</script>');
    expect(container.querySelector('b, script')).toBeNull();
  });

  it('shortens a long description until the buyer asks for the rest', async () => {
    const user = userEvent.setup();
    const description = `${'word '.repeat(200)}END`;
    render(<ProductCard product={makeProduct({ description })} />);
    expect(screen.queryByText(/END$/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(screen.getByText(/END$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('lists public benefits with a label per type and their description', () => {
    const product = makeProduct({
      benefits: [
        makeBenefit('discord'),
        makeBenefit('license_keys', { description: 'One key' }),
        makeBenefit('custom', { visibility: 'private', description: 'Secret perk' }),
        makeBenefit('teleportation', { description: 'Beam me up' }),
      ],
    });
    const { rerender } = render(<ProductCard product={product} />);
    const list = screen.getByRole('list', { name: 'Included' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Discord accessAccess to the members-only Discord',
      'License keyOne key',
      'BenefitBeam me up',
    ]);
    expect(items.every((item) => item.querySelector('svg[aria-hidden="true"]'))).toBe(true);
    rerender(<ProductCard product={product} showAllBenefits />);
    expect(screen.getByText('Secret perk')).toBeInTheDocument();
  });

  it('collapses 200 benefits behind "Show all 200 benefits"', async () => {
    const user = userEvent.setup();
    const benefits = Array.from({ length: 200 }, (_, index) => makeBenefit('custom', { description: `Perk ${index + 1}` }));
    render(<ProductCard product={makeProduct({ benefits })} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'Show all 200 benefits' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
    expect(screen.getByRole('button', { name: 'Show fewer benefits' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows an archived badge, and a selected state', () => {
    const { container, rerender } = render(<ProductCard product={makeProduct({ is_archived: true })} />);
    expect(screen.getByText('Archived')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-archived');
    rerender(<ProductCard product={makeProduct()} selected />);
    expect(screen.getByText('Selected')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-selected');
  });

  it('becomes a toggle button named after the product with onSelect', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const product = makeProduct({ name: 'Team plan', benefits: Array.from({ length: 8 }, () => makeBenefit('custom')) });
    render(<ProductCard product={product} onSelect={onSelect} selected={false} />);
    const button = screen.getByRole('button', { name: 'Team plan' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('article', { name: 'Team plan' })).toContainElement(button);
    expect(button).toHaveAccessibleDescription(/19 US dollars per month/);
    await user.click(button);
    expect(onSelect).toHaveBeenCalledWith(product);
    // The card's own controls are siblings of the select button, never inside it.
    await user.click(screen.getByRole('button', { name: 'Show all 8 benefits' }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(button.querySelector('button')).toBeNull();
  });

  it('keeps focus on its toggle while the keyboard selects and unselects it', async () => {
    const user = userEvent.setup();
    function Picker() {
      const [selected, setSelected] = useState(false);
      return <ProductCard product={makeProduct({ name: 'Team plan' })} selected={selected} onSelect={() => setSelected((value) => !value)} />;
    }
    render(<Picker />);
    const button = screen.getByRole('button', { name: 'Team plan' });
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard(' ');
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('lays out as card, row or compact; compact shows name and price only', () => {
    const product = makeProduct({ medias: [makeMedia()], benefits: [makeBenefit('discord')] });
    const { container, rerender } = render(<ProductCard product={product} layout="row" />);
    expect(container.firstElementChild).toHaveAttribute('data-layout', 'row');
    expect(container.querySelector('img')).not.toBeNull();
    rerender(<ProductCard product={product} layout="compact" />);
    expect(container.firstElementChild).toHaveAttribute('data-layout', 'compact');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('list', { name: 'Included' })).toBeNull();
    expect(container.querySelector('.pcl-product-card__description')).toBeNull();
    expect(visiblePrices()).toEqual(['$19 / mo']);
  });

  it('formats with the locale and words it is given', () => {
    render(
      <ProductCard
        product={makeProduct({ prices: [makeFixedPrice({ price_currency: 'eur' })], is_archived: true })}
        locale="de-DE"
        messages={{ interval: () => '/ Monat', intervalSpoken: () => 'pro Monat', archived: 'Archiviert' }}
      />,
    );
    expect(visiblePrices()).toEqual(['19 € / Monat']);
    expect(spokenPrices()).toEqual(['19 Euro pro Monat']);
    expect(screen.getByText('Archiviert')).toBeInTheDocument();
  });

  it('takes the locale and words of the provider around it, under its own props', () => {
    const product = makeProduct({ prices: [makeFixedPrice({ price_currency: 'eur' })], is_archived: true });
    const messages = { format: { interval: () => '/ Monat' }, card: { archived: 'Archiviert' } };
    const { rerender } = render(
      <CheckoutLinksProvider client={createMemoryClient()} locale="de-DE" messages={messages}>
        <ProductCard product={product} />
      </CheckoutLinksProvider>,
    );
    expect(visiblePrices()).toEqual(['19 € / Monat']);
    expect(screen.getByText('Archiviert')).toBeInTheDocument();
    rerender(
      <CheckoutLinksProvider client={createMemoryClient()} locale="de-DE" messages={messages}>
        <ProductCard product={product} locale="en-US" messages={{ archived: 'Retired' }} />
      </CheckoutLinksProvider>,
    );
    expect(visiblePrices()).toEqual(['€19 / Monat']);
    expect(screen.getByText('Retired')).toBeInTheDocument();
  });

  it('stands in with a skeleton that says it is loading', () => {
    const { container } = render(<ProductCard.Skeleton layout="row" />);
    expect(container.firstElementChild).toHaveAttribute('aria-busy', 'true');
    expect(container.firstElementChild).toHaveAttribute('data-state', 'loading');
    expect(screen.getByText('Loading product…')).toBeInTheDocument();
  });
});

describe('ProductCard with hostile data', () => {
  const hostile = (): Product =>
    makeProduct({
      name: `<img src=x onerror="window.__pwned=1">${'A'.repeat(10_000)}`,
      description: '<iframe src="javascript:alert(1)"></iframe>',
      medias: [
        makeMedia({ public_url: 'javascript:alert(1)' }),
        makeMedia({ public_url: ' JavaScript:alert(1)' }),
        makeMedia({ public_url: 'data:image/svg+xml,<svg onload=alert(1)>' }),
        makeMedia({ public_url: '/relative/image.png' }),
        makeMedia({ mime_type: 'text/html', public_url: 'https://evil.example/page.html' }),
      ],
      benefits: [makeBenefit('custom', { description: '<a href="javascript:alert(1)">click</a>' })],
    });

  it('renders HTML in names, descriptions and benefits as text, and runs nothing', () => {
    const { container } = render(<ProductCard product={hostile()} />);
    expect(container.querySelector('img, iframe, a, script')).toBeNull();
    expect(screen.getByRole('heading').textContent).toMatch(/^<img src=x onerror=/);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('never puts javascript:, data: or relative media URLs into the page', () => {
    const { container } = render(<ProductCard product={hostile()} />);
    expect(container.querySelectorAll('[src], [href], [srcset]')).toHaveLength(0);
    const attributes = [...container.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((attribute) => attribute.value));
    expect(attributes.filter((value) => /^\s*(javascript|data):/i.test(value))).toEqual([]);
  });

  it('keeps a 10,000-character name readable: clamped on screen, all of it in the title', () => {
    const name = 'N'.repeat(10_000);
    render(<ProductCard product={makeProduct({ name })} />);
    const heading = screen.getByRole('heading');
    expect(heading).toHaveAttribute('title', name);
    expect(heading).toHaveClass('pcl-product-card__name');
  });

  it('shows 4 of 50 images, the last offering all 50', () => {
    const medias = Array.from({ length: 50 }, (_, index) => makeMedia({ name: `shot-${index}.png` }));
    const { container } = render(<ProductCard product={makeProduct({ name: 'Gallery', medias })} />);
    expect(container.querySelectorAll('img')).toHaveLength(4);
    expect(screen.getByRole('button', { name: '+46 Show all 50 images' })).toBeInTheDocument();
  });

  it('names an unnamed product', () => {
    render(<ProductCard product={makeProduct({ name: '  ' })} />);
    expect(screen.getByRole('heading', { name: 'Untitled product' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Untitled product' })).toBeInTheDocument();
  });
});

describe('ProductCard accessibility', () => {
  const everything = () =>
    makeProduct({
      description: 'A plan.\n\nWith two paragraphs.',
      prices: [makeFixedPrice(), makeSeatBasedPrice(), makeMeteredPrice(), makeCustomPrice({ preset_amount: 900 })],
      benefits: [makeBenefit('discord'), makeBenefit('github_repository'), makeBenefit('downloadables'), makeBenefit('license_keys'), makeBenefit('meter_credit'), makeBenefit('feature_flag'), makeBenefit('slack_shared_channel'), makeBenefit('mystery')],
      medias: [makeMedia(), makeMedia(), makeMedia()],
      is_archived: true,
    });

  it.each(['card', 'row', 'compact'] as const)('has no axe violations in the %s layout, plain, selected and selectable', async (layout) => {
    const { container, rerender } = render(<ProductCard product={everything()} layout={layout} discount={makeDiscount({ type: 'percentage' })} />);
    expect(await axeViolations(container)).toEqual([]);
    rerender(<ProductCard product={everything()} layout={layout} selected />);
    expect(await axeViolations(container)).toEqual([]);
    rerender(<ProductCard product={everything()} layout={layout} selected onSelect={() => undefined} />);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('has no axe violations with one image, a broken image, hostile data, or as a skeleton', async () => {
    const { container, rerender } = render(<ProductCard product={makeProduct({ medias: [makeMedia()] })} />);
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.error(container.querySelector('img')!);
    expect(await axeViolations(container)).toEqual([]);
    rerender(<ProductCard product={makeProduct({ name: '<b>x</b>'.repeat(500), medias: [makeMedia({ public_url: 'javascript:alert(1)' })] })} />);
    expect(await axeViolations(container)).toEqual([]);
    rerender(<ProductCard.Skeleton />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
