import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, startTransition, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../test/a11y/axe';
import type { Product } from '../../contract';
import { makeBenefit, makeProduct } from '../../testing/fixtures';
import { randomListEdit, seededRandom } from '../../../test/helpers/randomListEdits';
import { ProductCardList } from './ProductCardList';

/**
 * `count` products whose names say, when read, which card rendered: a card reads its product's
 * name each time it renders, and nothing else reads it.
 */
function watchedProducts(count: number) {
  const rendered: string[] = [];
  const watch = (product: Product): Product => {
    const { name, ...rest } = product;
    return Object.defineProperty({ ...rest }, 'name', {
      enumerable: true,
      get: () => {
        rendered.push(name);
        return name;
      },
    }) as Product;
  };
  const products = Array.from({ length: count }, (_, index) => watch(makeProduct({ name: `Product ${index + 1}` })));
  /** The names of the products whose cards rendered since the last call. */
  const renderedSince = () => [...new Set(rendered.splice(0))];
  /** `products` with the product at `index` renamed, as a host would pass it. */
  const renamed = (list: readonly Product[], index: number, name: string) =>
    list.map((product, at) => (at === index ? watch(makeProduct({ ...withoutName(product), name })) : product));
  return { products, renderedSince, renamed };
}

const withoutName = ({ name: _name, ...rest }: Product) => rest;

const cardNames = () => screen.getAllByRole('article').map((card) => within(card).getByRole('heading').textContent);

// Many tests mount a hundred cards or more in jsdom: seconds each on a busy 2-core machine.
describe('ProductCardList', { timeout: 30_000 }, () => {
  it('renders every product in order, as a labelled list with one card per item', () => {
    const products = Array.from({ length: 60 }, (_, index) => makeProduct({ name: `Product ${index + 1}` }));
    render(<ProductCardList products={products} label="Products" />);
    const list = screen.getByRole('list', { name: 'Products' });
    const items = within(list).getAllByRole('listitem').filter((item) => item.parentElement === list);
    expect(items).toHaveLength(60);
    expect(items.map((item) => within(item).getByRole('article', { name: /^Product \d+$/ }).querySelector('h3')?.textContent)).toEqual(
      products.map((product) => product.name),
    );
  });

  it('renders only the card whose product changed', () => {
    const { products, renderedSince, renamed } = watchedProducts(150);
    const { rerender } = render(<ProductCardList products={products} label="Products" />);
    expect(renderedSince()).toHaveLength(150);

    const next = renamed(products, 117, 'Product 118, renamed');
    renderedSince();
    rerender(<ProductCardList products={next} label="Products" />);
    expect(renderedSince()).toEqual(['Product 118, renamed']);
    expect(screen.getByRole('heading', { name: 'Product 118, renamed' })).toBeInTheDocument();

    const twoChanged = renamed(renamed(next, 3, 'Product 4, renamed'), 149, 'Product 150, renamed');
    renderedSince();
    rerender(<ProductCardList products={twoChanged} label="Products" />);
    expect(renderedSince()).toEqual(['Product 4, renamed', 'Product 150, renamed']);
  });

  it('renders only the changed card in StrictMode and in a transition', () => {
    const { products, renderedSince, renamed } = watchedProducts(120);
    const page = (list: readonly Product[]) => (
      <StrictMode>
        <ProductCardList products={list} label="Products" />
      </StrictMode>
    );
    const { rerender } = render(page(products));
    const next = renamed(products, 60, 'Product 61, renamed');
    renderedSince();
    act(() => startTransition(() => rerender(page(next))));
    expect(renderedSince()).toEqual(['Product 61, renamed']);
    expect(cardNames()[60]).toBe('Product 61, renamed');
  });

  it('renders no card again when the host renders with the same products, or a new onSelect', async () => {
    const { products, renderedSince } = watchedProducts(50);
    const first = vi.fn();
    const { rerender } = render(<ProductCardList products={products} label="Products" onSelect={(product) => first(product)} />);
    renderedSince();
    const latest = vi.fn();
    rerender(<ProductCardList products={[...products]} label="Products" onSelect={(product) => latest(product)} />);
    expect(renderedSince()).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Product 7' }));
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledWith(products[6]);
  });

  it('shows added, removed and moved products in their new order', () => {
    const products = Array.from({ length: 120 }, (_, index) => makeProduct({ name: `Product ${index + 1}` }));
    const { rerender } = render(<ProductCardList products={products} label="Products" />);
    const added = [makeProduct({ name: 'New first' }), ...products.slice(0, 60), makeProduct({ name: 'New middle' }), ...products.slice(60)];
    rerender(<ProductCardList products={added} label="Products" />);
    expect(cardNames()).toEqual(added.map((product) => product.name));

    const removed = added.filter((_, index) => index % 3 !== 0);
    rerender(<ProductCardList products={removed} label="Products" />);
    expect(cardNames()).toEqual(removed.map((product) => product.name));

    const moved = [...removed].reverse();
    rerender(<ProductCardList products={moved} label="Products" />);
    expect(cardNames()).toEqual(moved.map((product) => product.name));

    rerender(<ProductCardList products={[]} label="Products" />);
    expect(screen.getByRole('list', { name: 'Products' })).toBeEmptyDOMElement();
  });

  it('keeps what a card shows when products are added before it or removed', async () => {
    const benefits = [makeBenefit('discord'), makeBenefit('license_keys')];
    const products = Array.from({ length: 120 }, (_, index) => makeProduct({ name: `Product ${index + 1}`, benefits }));
    const { rerender } = render(<ProductCardList products={products} label="Products" benefitLimit={1} />);
    const card = () => screen.getByRole('article', { name: 'Product 90' });
    await userEvent.click(within(card()).getByRole('button', { name: 'Show all 2 benefits' }));

    rerender(<ProductCardList products={[makeProduct({ name: 'New first' }), ...products]} label="Products" benefitLimit={1} />);
    rerender(<ProductCardList products={products.filter((_, index) => index !== 40)} label="Products" benefitLimit={1} />);
    expect(within(card()).getByRole('button', { name: 'Show fewer benefits' })).toBeInTheDocument();
  });

  // React moves hundreds of cards' elements for some of these edits: slow in jsdom, more so on a busy machine.
  it('remounts no card when products are inserted, removed or moved anywhere in a list of 1,000 (200 random edits)', { timeout: 120_000 }, async () => {
    const random = seededRandom(14);
    const long = (name: string) => `${name}: ${'a description long enough to be cut behind Show more. '.repeat(8)}`;
    let products = Array.from({ length: 1000 }, (_, index) => makeProduct({ name: `Product ${index + 1}`, description: long(`Product ${index + 1}`) }));
    const { rerender } = render(<ProductCardList products={products} label="Products" />);

    // Cards found without role queries, which would go through all 1,000 cards after every edit.
    const list = screen.getByRole('list', { name: 'Products' });
    const cardNodes = new Map<string, Element>();
    const checkEveryCardKeptItsNode = () => {
      const cards: Element[] = [];
      for (let item = list.firstElementChild; item; item = item.nextElementSibling) cards.push(item.firstElementChild!);
      const names = cards.map((card) => card.getAttribute('aria-label')!);
      expect(names.join('\n')).toBe(products.map((product) => product.name).join('\n'));
      const remounted = names.filter((name, index) => (cardNodes.get(name) ?? cards[index]) !== cards[index]);
      expect(remounted).toEqual([]);
      names.forEach((name, index) => cardNodes.set(name, cards[index]!));
    };
    checkEveryCardKeptItsNode();
    const showMoreOf = (product: Product) => cardNodes.get(product.name)!.querySelector<HTMLElement>('button[aria-expanded]')!;

    // One card's description open, another's "Show more" focused: state a remount would lose.
    const opened = products[700]!;
    const focused = products[300]!;
    await userEvent.click(showMoreOf(opened));
    expect(showMoreOf(opened)).toHaveAccessibleName('Show less');
    const focusedButton = showMoreOf(focused);
    focusedButton.focus();

    const make = (n: number) => makeProduct({ name: `New ${n}`, description: long(`New ${n}`) });
    for (let edit = 0; edit < 200; edit++) {
      products = randomListEdit(products, edit, random, { kept: [opened, focused], make });
      rerender(<ProductCardList products={products} label="Products" />);
      checkEveryCardKeptItsNode();
      expect(focusedButton).toHaveFocus();
      expect(showMoreOf(opened)).toHaveAttribute('aria-expanded', 'true');
    }
    expect(showMoreOf(opened)).toHaveAccessibleName('Show less');
    expect(showMoreOf(focused)).toBe(focusedButton);
    expect(focusedButton).toHaveAttribute('aria-expanded', 'false');
  });

  it('gives every card the card options, and the list its own class and attributes', () => {
    const products = [makeProduct({ name: 'Starter' }), makeProduct({ name: 'Pro' })];
    render(
      <ProductCardList
        products={products}
        label="Plans"
        className="plans"
        cardClassName="plan"
        layout="compact"
        headingLevel={2}
        data-testid="plans"
      />,
    );
    const list = screen.getByTestId('plans');
    expect(list).toHaveClass('pcl-product-card-list', 'plans');
    expect(list).toHaveAttribute('data-layout', 'compact');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Starter', 'Pro']);
    for (const card of screen.getAllByRole('article')) {
      expect(card).toHaveClass('pcl-product-card', 'plan');
      expect(card).toHaveAttribute('data-layout', 'compact');
    }
  });

  it('makes the cards toggles: Tab goes through them in order, Enter and Space choose', async () => {
    const products = ['Starter', 'Pro', 'Team'].map((name) => makeProduct({ name }));
    const onSelect = vi.fn();
    render(<ProductCardList products={products} label="Plans" layout="compact" selectedIds={[products[1]!.id]} onSelect={onSelect} />);
    expect(screen.getByRole('button', { name: 'Pro' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Starter' })).toHaveAttribute('aria-pressed', 'false');

    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Starter' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Pro' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Team' })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(onSelect.mock.calls).toEqual([[products[0]], [products[2]]]);
  });

  it('marks the chosen cards again when selectedIds changes', () => {
    const products = ['Starter', 'Pro'].map((name) => makeProduct({ name }));
    const list = (selectedIds: string[]) => <ProductCardList products={products} label="Plans" selectedIds={selectedIds} onSelect={() => undefined} />;
    const { rerender } = render(list([]));
    rerender(list([products[0]!.id]));
    expect(screen.getByRole('button', { name: 'Starter' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Pro' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('has no axe violations', async () => {
    const products = Array.from({ length: 12 }, (_, index) => makeProduct({ name: `Product ${index + 1}` }));
    const { container } = render(<ProductCardList products={products} label="Products" onSelect={() => undefined} />);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('hydrates the server markup without a mismatch', async () => {
    const products = Array.from({ length: 120 }, (_, index) => makeProduct({ name: `Product ${index + 1}` }));
    const page = (list: readonly Product[]): ReactNode => <ProductCardList products={list} label="Products" />;
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(page(products));
    const onRecoverableError = vi.fn();
    const root = await act(async () => hydrateRoot(container, page(products), { onRecoverableError }));
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(cardNames()).toEqual(products.map((product) => product.name));
    await act(async () => root.unmount());
    container.remove();
  });
});
