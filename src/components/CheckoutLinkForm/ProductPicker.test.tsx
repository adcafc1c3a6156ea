import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithPolar, SLOW_DOM_QUERIES_MS } from '../../../test/builder/renderWithPolar';
import { catalogue, catalogueIds, makeFixedPrice, makeProduct } from '../../testing';
import { CheckoutLinkForm } from './CheckoutLinkForm';


const ids = catalogueIds.products;
const names = (container: HTMLElement) => within(container).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent);

describe('CheckoutLinkForm: the product picker', { timeout: SLOW_DOM_QUERIES_MS }, () => {
  it('lists products as compact cards grouped into one-time purchases and subscriptions, without archived or draft ones', async () => {
    renderWithPolar(<CheckoutLinkForm />);
    const oneTime = await screen.findByRole('region', { name: 'One-time purchases' });
    const subscriptions = screen.getByRole('region', { name: 'Subscriptions' });
    expect(names(oneTime)).toEqual(expect.arrayContaining(['Starter Kit', 'Tip Jar', 'Design Assets', 'Consulting Hour']));
    expect(names(subscriptions)).toEqual(expect.arrayContaining(['Pro', 'Pro (yearly)', 'Community', 'Team', 'API Usage', 'Legacy Plan']));
    expect(screen.queryByText('Video Course 2024')).not.toBeInTheDocument();
    expect(screen.queryByText('Mobile App')).not.toBeInTheDocument();
  });

  it('searches the server as the user types and shows only the answer to the last search', async () => {
    const { user, client } = renderWithPolar(<CheckoutLinkForm />);
    await screen.findByRole('button', { name: 'Starter Kit' });
    await user.type(screen.getByRole('searchbox', { name: 'Search products' }), 'pro');
    // The search waits for a pause in typing; a busy machine makes the answer later still.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Starter Kit' })).not.toBeInTheDocument(), { timeout: 5000 });
    const subscriptions = screen.getByRole('region', { name: 'Subscriptions' });
    expect(names(subscriptions).sort()).toEqual(['Pro', 'Pro (yearly)']);
    expect(screen.queryByRole('region', { name: 'One-time purchases' })).not.toBeInTheDocument();
    const queries = client.calls.filter((call) => call.operation === 'products.list').map((call) => (call.args[0] as { query?: string }).query);
    expect(queries.at(-1)).toBe('pro');
    // The search waits for a pause in typing: not one request per key.
    expect(queries.filter((query) => query !== undefined).length).toBeLessThan(3);

    await user.type(screen.getByRole('searchbox', { name: 'Search products' }), 'zzz');
    expect(await screen.findByText('No products match “prozzz”', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('selects and unselects a product from its card', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />);
    const pro = await screen.findByRole('button', { name: 'Pro' });
    await user.click(pro);
    expect(pro).toHaveAttribute('aria-pressed', 'true');
    const selected = screen.getByRole('list', { name: 'Selected products' });
    expect(within(selected).getAllByRole('listitem').map((item) => item.querySelector('.pcl-selected__name')?.textContent)).toEqual(['Pro']);
    expect(screen.getAllByRole('status').some((status) => status.textContent === 'Pro added.')).toBe(true);
    await user.click(pro);
    expect(pro).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('No products selected yet.')).toBeInTheDocument();
  });

  it('reorders the selection with the keyboard, keeping focus on the moved product and announcing its position', async () => {
    const { user, client } = renderWithPolar(<CheckoutLinkForm />);
    for (const name of ['Starter Kit', 'Pro', 'Tip Jar']) await user.click(await screen.findByRole('button', { name }));
    const order = () =>
      within(screen.getByRole('list', { name: 'Selected products' }))
        .getAllByRole('listitem')
        .map((item) => item.querySelector('.pcl-selected__name')?.textContent);
    expect(order()).toEqual(['Starter Kit', 'Pro', 'Tip Jar']);
    expect(screen.getByRole('button', { name: 'Move Starter Kit up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move Tip Jar down' })).toBeDisabled();

    screen.getByRole('button', { name: 'Move Tip Jar up' }).focus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Starter Kit', 'Tip Jar', 'Pro']);
    expect(screen.getByRole('button', { name: 'Move Tip Jar up' })).toHaveFocus();
    expect(screen.getByText('Tip Jar moved to position 2 of 3.')).toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Tip Jar', 'Starter Kit', 'Pro']);
    // At the top, "up" is disabled: focus goes to "down" of the same product.
    expect(screen.getByRole('button', { name: 'Move Tip Jar down' })).toHaveFocus();
    expect(screen.getByText('Tip Jar moved to position 1 of 3.')).toBeInTheDocument();

    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Starter Kit', 'Tip Jar', 'Pro']);
    expect(screen.getByRole('button', { name: 'Move Tip Jar down' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Create link' }));
    await waitFor(() => expect(client.calls.some((call) => call.operation === 'checkoutLinks.create')).toBe(true));
    const body = client.calls.find((call) => call.operation === 'checkoutLinks.create')!.args[0] as { products: string[] };
    expect(body.products).toEqual([ids.starterKit, ids.tipJar, ids.proMonthly]);
  });

  it('hands focus to a neighbour when a product is removed, and to the search box after the last', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />);
    for (const name of ['Starter Kit', 'Pro']) await user.click(await screen.findByRole('button', { name }));
    await user.click(screen.getByRole('button', { name: 'Remove Starter Kit' }));
    expect(screen.getByRole('button', { name: 'Remove Pro' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('searchbox', { name: 'Search products' })).toHaveFocus();
  });

  it('pages through a long product list', async () => {
    const many = Array.from({ length: 23 }, (_, index) =>
      makeProduct({ name: `Product ${String(index + 1).padStart(2, '0')}`, recurring_interval: null, prices: [makeFixedPrice({ price_amount: 100 * (index + 1) })] }),
    );
    const { user } = renderWithPolar(<CheckoutLinkForm />, { memory: { products: many, discounts: [], links: [] } });
    expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'More results' }));
    expect(await screen.findByText('Page 2 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More results' }));
    await screen.findByText('Page 3 of 3');
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(3));
    expect(screen.getByRole('button', { name: 'More results' })).toBeDisabled();
  });

  it('says when the products cannot be loaded and loads them again on request', async () => {
    const { user } = renderWithPolar(<CheckoutLinkForm />, { memory: { fail: { 'products.list': { kind: 'network', times: 1 } } } });
    expect(await screen.findByText(/Could not reach Polar/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Starter Kit' })).toBeInTheDocument();
  });

  it('shows products passed in at once, before any answer from the server', () => {
    const starterKit = catalogue.products.find((product) => product.id === ids.starterKit)!;
    renderWithPolar(<CheckoutLinkForm products={[starterKit]} defaultValues={{ products: [ids.starterKit] }} />);
    expect(screen.getByRole('list', { name: 'Selected products' })).toHaveTextContent('Starter Kit');
    expect(screen.getByRole('region', { name: 'Preview' })).toHaveTextContent('Starter Kit');
  });
});
