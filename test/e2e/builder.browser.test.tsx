// End to end in real Chromium: the dialog and the builder talk through createFetchClient to the
// library's proxy, which forwards to the contract server (Polar's OpenAPI document enforced on every
// request and answer). See polarBackend.globalSetup.ts.
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../src/styles.css';
import { createFetchClient, CheckoutLinksProvider, CreateCheckoutLinkDialog, type CheckoutLink } from '../../src';
import { catalogueIds } from '../../src/testing';
import { createPageRenderer } from '../helpers/pageRenderer';

const backend = inject('polarBackend');

interface Received {
  method: string;
  path: string;
  body: unknown;
  headers: Record<string, string>;
}

beforeEach(async () => {
  await fetch(backend.resetUrl, { method: 'POST' });
});

const show = createPageRenderer();

describe('Creating a checkout link in Chromium, against the contract server', () => {
  it('fills the form, sends the exact body, copies the URL and closes the dialog with the keyboard', async () => {
    const created: CheckoutLink[] = [];
    const client = createFetchClient({ baseUrl: backend.apiUrl });
    show(
      <CheckoutLinksProvider client={client}>
        <CreateCheckoutLinkDialog onCreated={(link) => created.push(link)} />
        <label>
          Pasted <textarea />
        </label>
      </CheckoutLinksProvider>,
    );

    const trigger = page.getByRole('button', { name: 'Create checkout link' });
    await expect.element(trigger).toBeVisible();
    (trigger.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = page.getByRole('dialog');
    await expect.element(dialog).toHaveAccessibleName('Create checkout link');

    await dialog.getByRole('button', { name: 'Pro', exact: true }).click();
    await dialog.getByRole('button', { name: 'Pro (yearly)' }).click();
    await dialog.getByRole('textbox', { name: 'Label' }).fill('Spring sale');
    await dialog.getByRole('textbox', { name: 'Success URL' }).fill('https://acme.test/thanks');
    await dialog.getByRole('button', { name: 'Insert checkout ID' }).click();
    await dialog.getByRole('radio', { name: /Pro: 30% off/ }).click();
    await dialog.getByRole('switch', { name: 'Require a billing address' }).click();
    await dialog.getByRole('button', { name: 'Add metadata' }).click();
    await userEvent.keyboard('campaign');
    await dialog.getByRole('textbox', { name: 'Value' }).fill('spring');
    await dialog.getByRole('button', { name: 'Create link' }).click();

    await expect.element(dialog.getByRole('heading', { name: 'Your checkout link is ready' })).toBeVisible();
    const received = (await (await fetch(backend.receivedUrl)).json()) as Received[];
    const posts = received.filter((request) => request.method === 'POST');
    expect(posts.map((request) => [request.path, request.body])).toEqual([
      [
        '/v1/checkout-links/',
        {
          payment_processor: 'stripe',
          products: [catalogueIds.products.proMonthly, catalogueIds.products.proYearly],
          label: 'Spring sale',
          success_url: 'https://acme.test/thanks?checkout_id={CHECKOUT_ID}',
          discount_id: catalogueIds.discounts.proAnnual,
          allow_discount_codes: true,
          require_billing_address: true,
          metadata: { campaign: 'spring' },
        },
      ],
    ]);
    // The browser never held the token: the proxy added it on the way.
    expect(posts[0]!.headers.authorization).toMatch(/^Bearer /);
    expect(created).toHaveLength(1);
    const url = created[0]!.url;
    await expect.element(dialog.getByRole('textbox', { name: 'Checkout link' })).toHaveValue(url);

    await dialog.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect.element(dialog.getByText('Copied', { exact: true })).toBeVisible();

    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    expect(document.activeElement).toBe(trigger.element());

    const target = page.getByRole('textbox', { name: 'Pasted' });
    await target.click();
    await userEvent.keyboard('{Control>}v{/Control}');
    await expect.element(target).toHaveValue(url);
  });
});
