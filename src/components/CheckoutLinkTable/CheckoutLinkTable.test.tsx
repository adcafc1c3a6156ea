import { act, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axeViolations } from '../../../test/a11y/axe';
import { renderWithPolar, SLOW_DOM_QUERIES_MS } from '../../../test/builder/renderWithPolar';
import type { CheckoutLink, CheckoutLinkListQuery } from '../../contract';
import { useUpdateCheckoutLink } from '../../hooks';
import { CheckoutLinkTable, deMessages } from '../../index';
import { catalogue, catalogueIds, makeCheckoutLink, type MemoryClient } from '../../testing';

const product = (id: string) => catalogue.products.find((candidate) => candidate.id === id)!;
const ids = catalogueIds.products;
const proAnnual = catalogue.discounts.find((discount) => discount.id === catalogueIds.discounts.proAnnual)!;

const springSale = makeCheckoutLink({
  label: 'Spring sale',
  created_at: '2026-03-01T10:00:00Z',
  products: [product(ids.proMonthly), product(ids.proYearly), product(ids.starterKit), product(ids.tipJar), product(ids.community)],
});
const proOffer = makeCheckoutLink({
  label: 'Pro offer',
  created_at: '2025-12-01T10:00:00Z',
  products: [product(ids.proMonthly), product(ids.proYearly)],
  discount: proAnnual,
  allow_discount_codes: false,
  success_url: 'https://acme.test/thanks',
  metadata: { campaign: 'spring', issue: 12 },
});
const untitled = makeCheckoutLink({ label: null, created_at: '2026-02-01T10:00:00Z', products: [product(ids.starterKit)] });
const tipJar = makeCheckoutLink({ label: 'Tip jar', created_at: '2026-01-01T10:00:00Z', products: [product(ids.tipJar)] });
const seed = [springSale, untitled, tipJar, proOffer];
const newestFirst = ['Spring sale', 'Untitled link', 'Tip jar', 'Pro offer'];

const table = () => screen.getByRole('table', { name: 'Checkout links' });
const rowHeaders = () => within(table()).queryAllByRole('rowheader').map((cell) => cell.textContent);
const listCalls = (client: MemoryClient) => client.calls.filter((call) => call.operation === 'checkoutLinks.list').map((call) => call.args[0] as CheckoutLinkListQuery);

async function shown(names: (string | null)[]) {
  await waitFor(() => expect(rowHeaders()).toEqual(names));
}

describe('CheckoutLinkTable', { timeout: SLOW_DOM_QUERIES_MS }, () => {
  it('shows each link as a row of a real table: label as row header, products, discount, date in the provider’s locale, the link', async () => {
    const { client } = renderWithPolar(<CheckoutLinkTable />, { memory: { links: seed }, locale: 'de-DE' });
    await shown(newestFirst);
    expect(within(table()).getAllByRole('columnheader').map((header) => header.textContent?.replace(/[↑↓↕]/, ''))).toEqual([
      'Label',
      'Products',
      'Preset discount',
      'Created',
      'Link',
      'Actions',
    ]);
    const spring = screen.getByRole('rowheader', { name: 'Spring sale' }).closest('tr')!;
    expect(within(spring).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Pro', 'Pro (yearly)', 'Starter Kit', '+ 2 more']);
    expect(spring).toHaveTextContent('None');
    expect(screen.getByRole('rowheader', { name: 'Pro offer' }).closest('tr')).toHaveTextContent(proAnnual.name);
    expect(within(spring).getByText('01.03.2026')).toHaveAttribute('datetime', springSale.created_at);
    const { url } = await client.checkoutLinks.get(springSale.id);
    expect(within(spring).getByText(url)).toBeInTheDocument();
    expect(within(spring).getByRole('link', { name: 'Open Spring sale (opens in a new tab)' })).toHaveAttribute('href', url);
    for (const action of ['Edit', 'Duplicate', 'Share', 'Delete', 'Copy']) {
      expect(within(spring).getByRole('button', { name: `${action} Spring sale` })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Delete Untitled link' })).toBeInTheDocument();
  });

  it('copies a row’s link and says so, and says how to copy it where the browser has no Clipboard API', async () => {
    const { client, user } = renderWithPolar(<CheckoutLinkTable />, { memory: { links: seed } });
    await shown(newestFirst);
    await user.click(screen.getByRole('button', { name: 'Copy Tip jar' }));
    const { url } = await client.checkoutLinks.get(tipJar.id);
    expect(await navigator.clipboard.readText()).toBe(url);
    expect(await screen.findByText('Copied the link of “Tip jar”.')).toBeInTheDocument();

    const noClipboard = vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    try {
      await user.click(screen.getByRole('button', { name: 'Copy Pro offer' }));
      expect(await screen.findByText('Could not copy. Open the link and copy it from the address bar.')).toBeInTheDocument();
    } finally {
      noClipboard.mockRestore();
    }
  });

  it('shows skeleton rows and says it is loading until the first page arrives', async () => {
    renderWithPolar(<CheckoutLinkTable />, { memory: { links: seed, latencyMs: { 'checkoutLinks.list': Infinity } } });
    expect(await screen.findByText('Loading checkout links…')).toBeInTheDocument();
    expect(table().querySelectorAll('tbody tr[data-state="loading"]')).toHaveLength(5);
    expect(rowHeaders()).toEqual([]);
  });

  it('offers the host’s call to action when there are no links', async () => {
    renderWithPolar(<CheckoutLinkTable emptyAction={<button type="button">Create your first link</button>} />, { memory: { links: [] } });
    expect(await screen.findByText('No checkout links yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create your first link' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('says the list failed with a retry that loads it', async () => {
    const { user } = renderWithPolar(<CheckoutLinkTable />, { memory: { links: seed, fail: { 'checkoutLinks.list': { kind: 'server', times: 1 } } } });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The checkout links could not be loaded.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await shown(newestFirst);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sorts on the server by a column header, with aria-sort, and by the orders only the menu offers', async () => {
    const { user, client } = renderWithPolar(<CheckoutLinkTable />, { memory: { links: seed } });
    await shown(newestFirst);
    const header = (name: string) => within(table()).getByRole('columnheader', { name: new RegExp(`^${name}`) });
    expect(header('Created')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Label')).toHaveAttribute('aria-sort', 'none');

    await user.click(within(header('Label')).getByRole('button'));
    expect(header('Label')).toHaveAttribute('aria-sort', 'ascending');
    expect(header('Created')).toHaveAttribute('aria-sort', 'none');
    await user.click(within(header('Label')).getByRole('button'));
    expect(header('Label')).toHaveAttribute('aria-sort', 'descending');
    await waitFor(() => expect(listCalls(client).at(-1)).toMatchObject({ sorting: ['-label'], page: 1 }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Success URL, A to Z');
    await waitFor(() => expect(listCalls(client).at(-1)).toMatchObject({ sorting: ['success_url'] }));
    expect(header('Label')).toHaveAttribute('aria-sort', 'none');
  });

  it('pages on the server, with a page size up to 100, and keeps the old page on screen while the next loads', async () => {
    const many = Array.from({ length: 12 }, (_, index) =>
      makeCheckoutLink({ label: `Link ${String(index + 1).padStart(2, '0')}`, created_at: new Date(Date.UTC(2026, 0, 31 - index)).toISOString(), products: [product(ids.tipJar)] }),
    );
    const { user, client } = renderWithPolar(<CheckoutLinkTable />, { memory: { links: many, latencyMs: { 'checkoutLinks.list': 400 } } });
    await waitFor(() => expect(rowHeaders()).toHaveLength(10));
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    expect(screen.getByText('12 links')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(rowHeaders()).toHaveLength(10);
    expect(table()).toHaveAttribute('data-stale');
    await shown(['Link 11', 'Link 12']);
    expect(table()).not.toHaveAttribute('data-stale');
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();

    expect(screen.getByRole('combobox', { name: 'Links per page' }).querySelectorAll('option')).toHaveLength(4);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Links per page' }), '100');
    await waitFor(() => expect(rowHeaders()).toHaveLength(12));
    expect(listCalls(client).at(-1)).toMatchObject({ page: 1, limit: 100 });
    expect(screen.getByText('Page 1 of 1')).toBeInTheDocument();
  });

  it('filters by products with repeated product_id, and says when no link sells them', async () => {
    const { user, client } = renderWithPolar(<CheckoutLinkTable />, { memory: { links: seed } });
    await shown(newestFirst);
    const filter = screen.getByRole('group', { name: 'Filter by product' });
    await user.click(await within(filter).findByRole('checkbox', { name: 'Tip Jar' }));
    await shown(['Spring sale', 'Tip jar']);
    await user.type(within(filter).getByRole('searchbox', { name: 'Search products' }), 'Starter');
    await user.click(await within(filter).findByRole('checkbox', { name: 'Starter Kit' }));
    await shown(['Spring sale', 'Untitled link', 'Tip jar']);
    expect(listCalls(client).at(-1)).toMatchObject({ product_id: [ids.tipJar, ids.starterKit], page: 1 });

    expect(within(filter).getByRole('checkbox', { name: 'Tip Jar' })).toBeChecked();
    await user.click(within(filter).getByRole('button', { name: 'Clear filter' }));
    await user.clear(within(filter).getByRole('searchbox', { name: 'Search products' }));
    await user.type(within(filter).getByRole('searchbox', { name: 'Search products' }), 'Team');
    await user.click(await within(filter).findByRole('checkbox', { name: 'Team' }));
    expect(await screen.findByText('No checkout links sell the chosen products.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filter' }).at(-1)!);
    await shown(newestFirst);
  });

  it('takes its query from the host when controlled, and tells every change', async () => {
    const changes: CheckoutLinkListQuery[] = [];
    function Host() {
      const [query, setQuery] = useState<CheckoutLinkListQuery>({ page: 1, limit: 2, sorting: ['label'] });
      return (
        <CheckoutLinkTable
          query={query}
          onQueryChange={(next) => {
            changes.push(next);
            setQuery(next);
          }}
        />
      );
    }
    const { user } = renderWithPolar(<Host />, { memory: { links: seed } });
    await shown(['Pro offer', 'Spring sale']);
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await shown(['Tip jar', 'Untitled link']);
    expect(changes).toEqual([{ page: 2, limit: 2, sorting: ['label'] }]);
  });

  it('asks before deleting with focus on “Keep link”, removes the row when Polar answers, and keeps it with the reason when it fails', async () => {
    const { user, client } = renderWithPolar(<CheckoutLinkTable />, { memory: { links: seed, latencyMs: { 'checkoutLinks.delete': 30 } } });
    await shown(newestFirst);
    await user.click(screen.getByRole('button', { name: 'Delete Tip jar' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete this checkout link?' });
    expect(confirm).toHaveAccessibleDescription('“Tip jar” stops working for buyers at once.');
    expect(within(confirm).getByRole('button', { name: 'Keep link' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Keep link' }));
    expect(screen.getByRole('button', { name: 'Delete Tip jar' })).toHaveFocus();

    client.failNext('checkoutLinks.delete', 'server');
    await user.click(screen.getByRole('button', { name: 'Delete Tip jar' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/“Tip jar” was not deleted\./);
    expect(rowHeaders()).toEqual(newestFirst);

    await user.click(screen.getByRole('button', { name: 'Delete Tip jar' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete link' }));
    expect(screen.getByRole('rowheader', { name: 'Tip jar' }).closest('tr')).toHaveAttribute('data-state', 'deleting');
    await shown(['Spring sale', 'Untitled link', 'Pro offer']);
    expect(await screen.findByText('Deleted “Tip jar”.')).toBeInTheDocument();
    expect((await client.checkoutLinks.list({})).items.map((link) => link.id)).not.toContain(tipJar.id);
  });

  it('edits a link in the builder and sends only what changed', async () => {
    const { user, client } = renderWithPolar(<CheckoutLinkTable />, { memory: { links: seed } });
    await shown(newestFirst);
    const edit = screen.getByRole('button', { name: 'Edit Tip jar' });
    await user.click(edit);
    const dialog = screen.getByRole('dialog', { name: 'Edit Tip jar' });
    const label = within(dialog).getByRole('textbox', { name: 'Label' });
    expect(label).toHaveValue('Tip jar');
    await user.clear(label);
    await user.type(label, 'Tips, thank you');
    await user.click(within(dialog).getByRole('button', { name: /^Save/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(client.calls.filter((call) => call.operation === 'checkoutLinks.update').map((call) => call.args)).toEqual([[tipJar.id, { label: 'Tips, thank you' }]]);
    expect(rowHeaders()).toEqual(['Spring sale', 'Untitled link', 'Tips, thank you', 'Pro offer']);
    expect(screen.getByRole('button', { name: 'Edit Tips, thank you' })).toHaveFocus();
  });

  it('duplicates a link into a new one with the same products, discount, URLs and metadata, then shares it', async () => {
    const { user, client } = renderWithPolar(<CheckoutLinkTable />, { memory: { links: seed } });
    await shown(newestFirst);
    await user.click(screen.getByRole('button', { name: 'Duplicate Pro offer' }));
    const dialog = screen.getByRole('dialog', { name: 'Duplicate Pro offer' });
    await user.click(within(dialog).getByRole('button', { name: 'Create link' }));
    await within(dialog).findByRole('heading', { name: 'Your checkout link is ready' });
    const [body] = client.calls.filter((call) => call.operation === 'checkoutLinks.create').map((call) => call.args[0]);
    expect(body).toMatchObject({
      products: proOffer.products.map((item) => item.id),
      label: 'Pro offer',
      discount_id: proAnnual.id,
      allow_discount_codes: false,
      success_url: 'https://acme.test/thanks',
      metadata: { campaign: 'spring', issue: 12 },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    // The copy is the newest link, first; focus is back on the original's button, last.
    await waitFor(() => expect(rowHeaders()).toEqual(['Pro offer', ...newestFirst]));
    expect(screen.getAllByRole('button', { name: 'Duplicate Pro offer' }).at(-1)).toHaveFocus();
  });

  it('shares a link in the share panel', async () => {
    const { user, client } = renderWithPolar(<CheckoutLinkTable />, { memory: { links: seed } });
    await shown(newestFirst);
    await user.click(screen.getByRole('button', { name: 'Share Tip jar' }));
    const dialog = screen.getByRole('dialog', { name: 'Share Tip jar' });
    expect(within(dialog).getByRole('textbox', { name: 'Checkout link' })).toHaveValue((await client.checkoutLinks.get(tipJar.id)).url);
  });

  it('shows a change made through any hook of the provider in every table at once, with one list request per table', async () => {
    let rename: ((link: CheckoutLink) => Promise<unknown>) | undefined;
    function Renamer() {
      const { updateCheckoutLink } = useUpdateCheckoutLink();
      rename = (link) => updateCheckoutLink({ link, changes: { label: 'Renamed' } });
      return null;
    }
    const { client } = renderWithPolar(
      <>
        <CheckoutLinkTable />
        <CheckoutLinkTable defaultQuery={{ sorting: ['label'], limit: 20 }} />
        <Renamer />
      </>,
      { memory: { links: seed, latencyMs: { 'checkoutLinks.list': 40 } } },
    );
    await waitFor(() => expect(screen.getAllByRole('rowheader', { name: 'Tip jar' })).toHaveLength(2));
    const before = listCalls(client).length;
    const listResolved = vi.fn();
    await act(async () => {
      await rename!(tipJar);
      listResolved();
    });
    // Both tables show the new label before any list answers again.
    expect(screen.getAllByRole('rowheader', { name: 'Renamed' })).toHaveLength(2);
    await waitFor(() => expect(screen.getAllByRole('table').every((element) => !element.hasAttribute('aria-busy'))).toBe(true));
    expect(listCalls(client).length - before).toBe(2);
  });

  it('speaks German with deMessages, and takes a partial override of its own words', async () => {
    const { unmount } = renderWithPolar(<CheckoutLinkTable />, { memory: { links: seed }, messages: deMessages, locale: 'de-DE' });
    const german = await screen.findByRole('table', { name: 'Checkout-Links' });
    await waitFor(() => expect(within(german).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Spring sale', 'Link ohne Bezeichnung', 'Tip jar', 'Pro offer']));
    expect(within(german).getByRole('columnheader', { name: /^Erstellt/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('button', { name: 'Löschen: Tip jar' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sortieren nach' })).toHaveDisplayValue('Neueste zuerst');
    unmount();
    renderWithPolar(<CheckoutLinkTable />, { memory: { links: seed }, messages: { linkTable: { duplicate: 'Copy as new' } } });
    await shown(newestFirst);
    expect(screen.getByRole('button', { name: 'Copy as new Tip jar' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Share Tip jar' })).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = renderWithPolar(<CheckoutLinkTable />, { memory: { links: seed } });
    await shown(newestFirst);
    expect(await axeViolations(container)).toEqual([]);
  });
});
