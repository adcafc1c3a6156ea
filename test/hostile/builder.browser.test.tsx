// Hostile data in the builder, the share panel and the dialog, in real Chromium: products,
// discounts and links carrying every payload, served by createMemoryClient; payloads typed into
// every field as well. Nothing runs, nothing navigates, and every URL in the DOM stays http(s).
import { userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { CheckoutLinkForm, CheckoutLinkShare, CheckoutLinksProvider, CreateCheckoutLinkDialog, useCheckoutLinks } from '../../src';
import { createMemoryClient } from '../../src/testing';
import { clickEveryChoice, fillEveryTextField, pressEveryButton, waitFor } from './exercise';
import { createHostileCatalogue, type HostileCatalogue } from './hostileCatalogue';
import { useHostilePage } from './hostilePage';
import { allPayloads, isHuge, textPayloads, urlPayloads } from './payloads';

const catalogue = createHostileCatalogue(textPayloads.filter((payload) => !isHuge(payload)));
// A megabyte of text is laid out again on each press: those links are rendered and scanned, not pressed through.
const hugeCatalogue = createHostileCatalogue(textPayloads.filter(isHuge), { mediaProduct: false });
// Typed into fields: every payload but the megabyte ones, URLs first (the URL fields come early).
const typedPayloads = [...urlPayloads, ...textPayloads].filter((payload) => !isHuge(payload)).map(({ value }) => value);
// Links whose query composer gets every payload typed in, each on its own (typing next to two
// dozen share panels takes a second a field); all of them are pressed through together.
const COMPOSED_LINKS = 3;

const page = useHostilePage(
  (tally, incidents, findings) =>
    `hostile data (CheckoutLinkForm, CheckoutLinkShare, CreateCheckoutLinkDialog): ${allPayloads.length} payloads tried ` +
    `(${catalogue.links.length + hugeCatalogue.links.length} links, ${catalogue.products.length + hugeCatalogue.products.length} products, ` +
    `${catalogue.discounts.length} discounts, and typed into fields); ${tally.renders} renders, ${tally.pressed} buttons pressed, ` +
    `${tally.typed} fields filled; ${incidents} scripts run or navigations, ${findings} unsafe attributes`,
);

const pickerToggles = (root: ParentNode) => [...root.querySelectorAll<HTMLButtonElement>('.pcl-picker button[aria-pressed="false"]')];

describe('CheckoutLinkForm with hostile products, discounts and typed payloads', () => {
  it('shows picker results and the preview of every hostile product inertly, whatever is typed', async () => {
    const container = page.render(
      <CheckoutLinksProvider client={createMemoryClient(catalogue)}>
        <CheckoutLinkForm />
      </CheckoutLinksProvider>,
    );
    await waitFor(() => pickerToggles(container).length > 0, 'the picker results');
    await waitFor(() => container.querySelector('input[type="radio"]:not(:checked)'), 'the discounts');
    // Every product of the first page is chosen: the preview shows them all.
    for (const toggle of pickerToggles(container)) toggle.click();
    await waitFor(() => container.querySelectorAll('.pcl-preview article').length > 1, 'the preview');
    page.inspect();
    page.tally.pressed += await clickEveryChoice(container, page.inspect);
    const filled = await fillEveryTextField(container, typedPayloads, page.inspect);
    expect(filled).toBeGreaterThanOrEqual(5);
    page.tally.typed += filled;
    // Submitting shows the URL fields' errors (a javascript: success URL is refused) in the summary.
    container.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitFor(() => container.querySelector('.pcl-error-summary'), 'the error summary');
    page.inspect();
    page.tally.pressed += await pressEveryButton(container, page.inspect);
    await page.expectInert();
  }, 60_000);
});

/** The organization's links as a host's admin page shows them: each one's share panel. */
function HostileLinks() {
  const links = useCheckoutLinks({ limit: 100 });
  if (links.status !== 'success') return null;
  return (
    <div data-loaded="">
      {links.items.map((link) => (
        <CheckoutLinkShare key={link.id} link={link} data-link={link.id} />
      ))}
    </div>
  );
}

/** Renders the share panel of every link of `links`, served by a memory client, once they are all there. */
async function renderLinks(links: HostileCatalogue): Promise<HTMLElement> {
  const container = page.render(
    <CheckoutLinksProvider client={createMemoryClient(links)}>
      <HostileLinks />
    </CheckoutLinksProvider>,
  );
  const list = await waitFor(() => container.querySelector('[data-loaded]'), 'the links');
  expect(list.querySelectorAll('section.pcl-share')).toHaveLength(links.links.length);
  return container;
}

describe('CheckoutLinkShare with hostile links', () => {
  it.each(catalogue.links.slice(0, COMPOSED_LINKS).map((link, index) => [index + 1, link] as const))(
    'composes a checkout URL from payloads for hostile link %i without running anything',
    async (_, link) => {
      const container = page.render(
        <CheckoutLinksProvider client={createMemoryClient(catalogue)}>
          <CheckoutLinkShare link={link} />
        </CheckoutLinksProvider>,
      );
      await waitFor(() => container.querySelector('section.pcl-share'), 'the share panel');
      page.inspect();
      const filled = await fillEveryTextField(container, typedPayloads, page.inspect);
      expect(filled).toBeGreaterThanOrEqual(10);
      page.tally.typed += filled;
      page.tally.pressed += await clickEveryChoice(container, page.inspect);
      page.tally.pressed += await pressEveryButton(container, page.inspect);
      await page.expectInert();
    },
    30_000,
  );

  it('shows every hostile link without running anything', async () => {
    const container = await renderLinks(catalogue);
    page.inspect();
    page.tally.pressed += await pressEveryButton(container, page.inspect);
    await page.expectInert();
  }, 60_000);

  it('shows links of a megabyte of text without running anything', async () => {
    await renderLinks(hugeCatalogue);
    await page.expectInert();
  }, 60_000);
});

describe('CreateCheckoutLinkDialog with hostile products', () => {
  it('creates a link of hostile products and shares it, inertly', async () => {
    const created: string[] = [];
    page.render(
      <CheckoutLinksProvider client={createMemoryClient(catalogue)}>
        <CreateCheckoutLinkDialog defaultOpen onCreated={(link) => void created.push(link.id)} />
      </CheckoutLinksProvider>,
    );
    const dialog = await waitFor(() => document.querySelector<HTMLElement>('[role="dialog"]'), 'the dialog');
    await waitFor(() => pickerToggles(dialog).length > 1, 'the picker results');
    for (const toggle of pickerToggles(dialog).slice(0, 3)) toggle.click();
    const label = await waitFor(() => dialog.querySelector<HTMLInputElement>('input[name="label"], input[id$="-label"]'), 'the label field');
    await userEvent.fill(label, textPayloads[0]?.value ?? '');
    page.tally.typed += 1;
    page.inspect();
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await waitFor(() => created.length === 1 && dialog.querySelector('section.pcl-share'), 'the share panel of the new link');
    page.inspect();
    page.tally.typed += await fillEveryTextField(dialog, typedPayloads, page.inspect);
    page.tally.pressed += await pressEveryButton(dialog, page.inspect, (button) => /close/i.test(button.getAttribute('aria-label') ?? button.textContent ?? ''));
    await page.expectInert();
  }, 60_000);
});
