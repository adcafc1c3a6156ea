import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetchClient, type PolarClient } from '../../src/client';
import { useCheckoutLinks, useDeleteCheckoutLink } from '../../src/hooks';
import { catalogueIds } from '../../src/testing/catalogue';
import { startContractProcess, type ContractProcess } from '../faults/contractProcess';
import { BareCheckoutLinkForm } from '../helpers/BareCheckoutLinkForm';
import { providerWrapper } from '../helpers/hookTesting';

/*
 * The write paths of the hooks against the contract server (Polar's OpenAPI document, served on
 * 127.0.0.1 by a process of its own) through createFetchClient: what the builder sends is what
 * Polar validates, and Polar's 422s come back onto the builder's fields.
 */

interface SentRequest {
  method: string;
  path: string;
  body: unknown;
}

let server: ContractProcess;
let client: PolarClient;
const sent: SentRequest[] = [];

beforeAll(async () => {
  server = await startContractProcess();
  client = createFetchClient({
    baseUrl: server.url,
    headers: { Authorization: `Bearer ${server.accessToken}` },
    fetch: (url, init) => {
      const { pathname } = new URL(url);
      sent.push({ method: init.method ?? 'GET', path: pathname, body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined });
      return fetch(url, init);
    },
  });
}, 30_000);
afterAll(() => server?.stop());

const writes = (method: 'POST' | 'PATCH' | 'DELETE') => sent.filter((request) => request.method === method);
const UNKNOWN_ID = '0f5d6c7b-8a9e-4b1c-9d2e-3f4a5b6c7d8e';
// Each answer crosses a process boundary, on a machine other suites keep busy.
const answered = { timeout: 5_000 };

describe('the hooks against the contract server', { timeout: 20_000 }, () => {
  it('creates a link from the builder', async () => {
    sent.length = 0;
    const user = userEvent.setup();
    render(<BareCheckoutLinkForm />, { wrapper: providerWrapper(client) });
    await user.click(await screen.findByRole('button', { name: 'Add Pro' }, answered));
    await user.click(screen.getByRole('button', { name: 'Add Starter Kit' }));
    await user.type(screen.getByLabelText('Label'), 'Spring');
    await user.type(screen.getByLabelText('Success URL'), 'https://acme.test/thanks?id={{CHECKOUT_ID}');
    await user.click(screen.getByRole('button', { name: 'Add metadata' }));
    await user.type(screen.getByLabelText('Key'), 'campaign');
    await user.type(screen.getByLabelText('Value'), 'spring');

    await user.click(screen.getByRole('button', { name: 'Create link' }));

    expect((await screen.findByRole('status', {}, answered)).textContent).toMatch(/^https?:\/\//);
    expect(writes('POST').map((request) => request.body)).toEqual([
      {
        payment_processor: 'stripe',
        products: [catalogueIds.products.proMonthly, catalogueIds.products.starterKit],
        label: 'Spring',
        success_url: 'https://acme.test/thanks?id={CHECKOUT_ID}',
        allow_discount_codes: true,
        metadata: { campaign: 'spring' },
      },
    ]);
  });

  it("puts Polar's 422 on the field it names, keeping the values", async () => {
    sent.length = 0;
    const user = userEvent.setup();
    // A discount the form does not know: only Polar can refuse it.
    render(<BareCheckoutLinkForm defaultValues={{ products: [catalogueIds.products.proMonthly], discount_id: UNKNOWN_ID, label: 'Kept' }} />, {
      wrapper: providerWrapper(client),
    });
    await screen.findByRole('button', { name: 'Add Starter Kit' }, answered);

    await user.click(screen.getByRole('button', { name: 'Create link' }));

    await waitFor(() => expect(screen.getByLabelText('Preset discount')).toHaveAccessibleDescription('Discount does not exist.'), answered);
    expect(screen.getByLabelText('Label')).toHaveValue('Kept');
    expect(writes('POST').map((request) => request.body)).toEqual([
      { payment_processor: 'stripe', products: [catalogueIds.products.proMonthly], label: 'Kept', discount_id: UNKNOWN_ID, allow_discount_codes: true },
    ]);
  });

  it("puts Polar's 422 for one of the products on that product", async () => {
    const user = userEvent.setup();
    render(<BareCheckoutLinkForm defaultValues={{ products: [catalogueIds.products.proMonthly, UNKNOWN_ID] }} />, { wrapper: providerWrapper(client) });
    await screen.findByRole('button', { name: 'Add Starter Kit' }, answered);

    await user.click(screen.getByRole('button', { name: 'Create link' }));

    const error = await screen.findByRole('link', { name: 'Product does not exist.' }, answered);
    expect(error).toHaveAttribute('href', `#${screen.getByRole('list', { name: 'Selected products' }).id}`);
    expect(screen.getByRole('list', { name: 'Selected products' })).toHaveFocus();
  });

  it('edits a link with a PATCH of what changed', async () => {
    sent.length = 0;
    const link = await client.checkoutLinks.get(catalogueIds.links.homepagePro);
    const user = userEvent.setup();
    render(<BareCheckoutLinkForm link={link} />, { wrapper: providerWrapper(client) });

    await user.clear(screen.getByLabelText('Label'));
    await user.type(screen.getByLabelText('Label'), 'Homepage, renamed');
    await user.click(screen.getByLabelText('Require a billing address'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await screen.findByRole('status', {}, answered);
    expect(writes('PATCH').map((request) => [request.path, request.body])).toEqual([
      [`/v1/checkout-links/${link.id}`, { label: 'Homepage, renamed', require_billing_address: !link.require_billing_address }],
    ]);
    expect((await client.checkoutLinks.get(link.id)).label).toBe('Homepage, renamed');
  });

  it('deletes a link and refreshes the list', async () => {
    sent.length = 0;
    const { result } = renderHook(() => ({ list: useCheckoutLinks({ limit: 100 }), remove: useDeleteCheckoutLink() }), {
      wrapper: providerWrapper(client),
    });
    await waitFor(() => expect(result.current.list.status).toBe('success'), answered);
    const ids = () => result.current.list.items.map((item) => item.id);
    expect(ids()).toContain(catalogueIds.links.newsletterStarter);

    await act(() => result.current.remove.deleteCheckoutLink(catalogueIds.links.newsletterStarter));

    await waitFor(() => expect(ids()).not.toContain(catalogueIds.links.newsletterStarter), answered);
    expect(writes('DELETE').map((request) => request.path)).toEqual([`/v1/checkout-links/${catalogueIds.links.newsletterStarter}`]);
  });
});
