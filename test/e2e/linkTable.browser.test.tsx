// The links table end to end in real Chromium: create three links, sort, filter by product, page,
// edit one (the PATCH body holds only the changed key), duplicate one and delete one; after each
// step the table shows exactly what the server lists for the table's query. Run twice: against the
// contract server behind the library's proxy (see polarBackend.globalSetup.ts), and against the
// memory client failing every distinct request once, where the user retries and nothing typed is lost.
import { describe, expect, inject, it } from 'vitest';
import { page, type Locator } from 'vitest/browser';
import '../../src/styles.css';
import {
  CheckoutLinksProvider,
  CheckoutLinkTable,
  createFetchClient,
  CreateCheckoutLinkDialog,
  type CheckoutLinkListQuery,
  type CheckoutLinkUpdate,
  type PolarClient,
} from '../../src';
import { catalogueIds, createMemoryClient } from '../../src/testing';
import { createPageRenderer } from '../helpers/pageRenderer';

const backend = inject('polarBackend');
const STEP_MS = 20_000;

const render = createPageRenderer();

/** What a run needs besides the page: the server's own view of the list, and the PATCH bodies it received. */
interface Backend {
  client: PolarClient;
  serverList: (query: CheckoutLinkListQuery) => Promise<string[]>;
  patchBodies: () => Promise<CheckoutLinkUpdate[]>;
  /** The memory run: requests fail once, so the user retries. */
  failing: boolean;
}

const START_QUERY: CheckoutLinkListQuery = { page: 1, limit: 2, sorting: ['-created_at'] };

function show(client: PolarClient) {
  const state = { query: START_QUERY };
  render(
    <CheckoutLinksProvider client={client}>
      <CreateCheckoutLinkDialog />
      <CheckoutLinkTable defaultQuery={START_QUERY} onQueryChange={(query) => (state.query = query)} />
    </CheckoutLinksProvider>,
  );
  return state;
}

const labelsOf = (items: { label: string | null }[]) => items.map((link) => link.label ?? 'Untitled link');
const tableRows = () => [...document.querySelectorAll('table.pcl-links__table tbody th[scope="row"]')].map((cell) => cell.textContent);
const visible = async (locator: Locator) => (await locator.query()) !== null;

/** Waits until the table shows the server's list for its query, pressing "Try again" where a request failed. */
async function expectTableEqualsServer(backend: Backend, state: { query: CheckoutLinkListQuery }) {
  await expect
    .poll(
      async () => {
        const retry = page.getByRole('button', { name: 'Try again' }).first();
        if (await visible(retry)) await retry.click();
        const table = document.querySelector('table.pcl-links__table');
        if (!table || table.hasAttribute('data-stale') || table.hasAttribute('aria-busy')) return 'loading';
        return JSON.stringify(tableRows()) === JSON.stringify(await backend.serverList(state.query)) ? 'equal' : JSON.stringify(tableRows());
      },
      { timeout: STEP_MS, interval: 200 },
    )
    .toBe('equal');
}

/** Presses a dialog's submit until the dialog moves on; on a failure what was typed must still be there. */
async function submitUntil(backend: Backend, dialog: Locator, button: string, done: () => Promise<boolean>, typed: [string, string][]) {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await dialog.getByRole('button', { name: button }).click();
    // The builder says a failed request at the top of the form (its error summary) and keeps every field.
    const failed = () => document.querySelector('[role="dialog"] .pcl-error-summary') !== null;
    await expect.poll(async () => (await done()) || failed(), { timeout: STEP_MS }).toBe(true);
    if (await done()) {
      // Each save reaches the server at the first try, or (failing once) at the second.
      expect(attempt).toBe(backend.failing ? 2 : 1);
      return;
    }
    expect(backend.failing).toBe(true);
    for (const [label, value] of typed) await expect.element(dialog.getByRole('textbox', { name: label })).toHaveValue(value);
  }
  throw new Error(`${button} did not succeed in three attempts`);
}

async function createLink(backend: Backend, label: string, products: string[]) {
  await page.getByRole('button', { name: 'Create checkout link' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create checkout link' });
  for (const product of products) {
    const button = dialog.getByRole('button', { name: product, exact: true, pressed: false });
    await expect.poll(async () => {
      if (await visible(button)) return true;
      const retry = dialog.getByRole('button', { name: /Try again|Retry/ }).first();
      if (await visible(retry)) await retry.click();
      return false;
    }, { timeout: STEP_MS }).toBe(true);
    await button.click();
  }
  await dialog.getByRole('textbox', { name: 'Label' }).fill(label);
  const ready = page.getByRole('heading', { name: 'Your checkout link is ready' });
  await submitUntil(backend, dialog, 'Create link', () => visible(ready), [['Label', label]]);
  await page.getByRole('button', { name: 'Done' }).click();
}

async function scenario(backend: Backend) {
  const state = show(backend.client);
  await expectTableEqualsServer(backend, state);

  await createLink(backend, 'Alpha', ['Starter Kit']);
  await createLink(backend, 'Charlie', ['Tip Jar']);
  await createLink(backend, 'Bravo', ['Starter Kit', 'Tip Jar']);
  await expectTableEqualsServer(backend, state);
  expect(tableRows()).toEqual(['Bravo', 'Charlie']);

  // Sort by label, A to Z.
  await page.getByRole('button', { name: 'Label', exact: true }).click();
  expect(state.query.sorting).toEqual(['label']);
  await expectTableEqualsServer(backend, state);

  // Filter by the Tip Jar: Polar's repeated product_id.
  const filter = page.getByRole('group', { name: 'Filter by product' });
  await expect.poll(async () => {
    const retry = filter.getByRole('button', { name: 'Try again' });
    if (await visible(retry)) await retry.click();
    return visible(filter.getByRole('checkbox', { name: 'Tip Jar' }));
  }, { timeout: STEP_MS }).toBe(true);
  await filter.getByRole('checkbox', { name: 'Tip Jar' }).click();
  expect(state.query.product_id).toEqual([catalogueIds.products.tipJar]);
  await expectTableEqualsServer(backend, state);
  expect(tableRows()).toEqual(['Bravo', 'Charlie']);
  await filter.getByRole('button', { name: 'Clear filter' }).click();
  await expectTableEqualsServer(backend, state);

  // The next page.
  await page.getByRole('button', { name: 'Next page' }).click();
  expect(state.query.page).toBe(2);
  await expectTableEqualsServer(backend, state);
  await page.getByRole('button', { name: 'Previous page' }).click();
  await expectTableEqualsServer(backend, state);

  // Edit Alpha's label: the PATCH holds that key alone.
  await page.getByRole('button', { name: 'Edit Alpha' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Alpha' });
  await edit.getByRole('textbox', { name: 'Label' }).fill('Alpha, renamed');
  await submitUntil(backend, edit, 'Save changes', async () => !(await visible(page.getByRole('dialog'))), [['Label', 'Alpha, renamed']]);
  expect((await backend.patchBodies()).at(-1)).toEqual({ label: 'Alpha, renamed' });
  await expectTableEqualsServer(backend, state);

  // Duplicate Bravo: a new link with its products.
  await page.getByRole('button', { name: 'Duplicate Bravo' }).click();
  const duplicate = page.getByRole('dialog', { name: 'Duplicate Bravo' });
  await duplicate.getByRole('textbox', { name: 'Label' }).fill('Bravo copy');
  const ready = page.getByRole('heading', { name: 'Your checkout link is ready' });
  await submitUntil(backend, duplicate, 'Create link', () => visible(ready), [['Label', 'Bravo copy']]);
  await page.getByRole('button', { name: 'Done' }).click();
  await expectTableEqualsServer(backend, state);
  expect(tableRows()).toEqual(['Alpha, renamed', 'Bravo']);

  // Delete Bravo: asked first; on a failure the row stays with the reason, and the user asks again.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    await page.getByRole('button', { name: 'Delete Bravo' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete link' }).click();
    const failed = page.getByText(/“Bravo” was not deleted/);
    await expect.poll(async () => !(await visible(page.getByRole('rowheader', { name: 'Bravo', exact: true }))) || (await visible(failed)), { timeout: STEP_MS }).toBe(true);
    await expectTableEqualsServer(backend, state);
    if (!(await visible(page.getByRole('rowheader', { name: 'Bravo', exact: true })))) {
      expect(attempt).toBe(backend.failing ? 2 : 1);
      break;
    }
    expect(backend.failing).toBe(true);
    await expect.element(page.getByText(/“Bravo” was not deleted/)).toBeVisible();
  }
  expect(await backend.serverList({ sorting: ['label'], limit: 100 })).not.toContain('Bravo');
  await expectTableEqualsServer(backend, state);
}

describe('CheckoutLinkTable in Chromium', () => {
  it('against the contract server behind the proxy: the table equals the server after every step', async () => {
    await fetch(backend.resetUrl, { method: 'POST' });
    const serverView = createFetchClient({ baseUrl: backend.apiUrl });
    await scenario({
      client: createFetchClient({ baseUrl: backend.apiUrl }),
      serverList: async (query) => labelsOf((await serverView.checkoutLinks.list(query)).items),
      patchBodies: async () => {
        const received = (await (await fetch(backend.receivedUrl)).json()) as { method: string; body: CheckoutLinkUpdate }[];
        return received.filter((request) => request.method === 'PATCH').map((request) => request.body);
      },
      failing: false,
    });
  }, 180_000);

  it('against the memory client failing every request once: retries succeed, nothing typed is lost, no row the server does not hold', async () => {
    const seen = new Set<string>();
    let inspecting = false;
    const client = createMemoryClient({
      fail: (operation, args) => {
        if (inspecting) return undefined;
        const key = `${operation} ${JSON.stringify(args.filter((arg) => !(arg && typeof arg === 'object' && 'signal' in arg)))}`;
        if (seen.has(key)) return undefined;
        seen.add(key);
        return 'server';
      },
    });
    const asServer = async <T,>(read: () => Promise<T>) => {
      inspecting = true;
      try {
        return await read();
      } finally {
        inspecting = false;
      }
    };
    await scenario({
      client,
      serverList: async (query) => labelsOf((await asServer(() => client.checkoutLinks.list(query))).items),
      patchBodies: async () => client.calls.filter((call) => call.operation === 'checkoutLinks.update').map((call) => call.args[1] as CheckoutLinkUpdate),
      failing: true,
    });
    expect(seen.size).toBeGreaterThan(10);
  }, 240_000);
});
