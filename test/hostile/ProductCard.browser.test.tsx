// Hostile products in real Chromium: every text and URL payload, served by createMemoryClient and
// rendered by ProductCard in each layout (as a picker toggle, with a discount, every expander and
// the media gallery opened) runs no script, navigates nowhere and puts no unsafe URL in the DOM.
import { describe, expect, it } from 'vitest';
import { CheckoutLinksProvider, MediaGallery, ProductCard, useDiscounts, useProducts, type ProductCardLayout } from '../../src';
import { createMemoryClient } from '../../src/testing';
import { nextFrame, pressEveryButton, waitFor } from './exercise';
import { createHostileCatalogue } from './hostileCatalogue';
import { useHostilePage } from './hostilePage';
import { unsafeMarkup } from './pageTraps';
import { allPayloads, isHuge, textPayloads } from './payloads';

const layouts: ProductCardLayout[] = ['card', 'row', 'compact'];
const catalogue = createHostileCatalogue(textPayloads.filter((payload) => !isHuge(payload)));
// Each press lays out megabytes of text again (a second or so): those products come apart, and
// their buttons are pressed in the fullest layout only.
const hugeCatalogue = createHostileCatalogue(textPayloads.filter(isHuge), { mediaProduct: false });
const cases = [
  ...layouts.map((layout) => ({ name: 'payloads', catalogue, layout, press: true })),
  ...layouts.map((layout) => ({ name: '1 MB payloads', catalogue: hugeCatalogue, layout, press: layout === 'card' })),
];
const mediaProduct = catalogue.products.at(-1);

const page = useHostilePage(
  (tally, incidents, findings) =>
    `hostile data (ProductCard, MediaGallery): ${allPayloads.length} payloads tried (${textPayloads.length} in text fields, ` +
    `${allPayloads.length - textPayloads.length} as URLs) in ${catalogue.products.length + hugeCatalogue.products.length} products and ${textPayloads.length} discounts; ` +
    `${tally.renders} renders, ${tally.pressed} buttons pressed; ${incidents} scripts run or navigations, ${findings} unsafe attributes`,
);

/** The hostile catalogue as a host's picker shows it: products and discounts from the client's hooks. */
function HostileProducts({ layout }: { layout: ProductCardLayout }) {
  const products = useProducts({ limit: 100 });
  const discounts = useDiscounts({ limit: 100 });
  if (products.status !== 'success' || discounts.status !== 'success') return null;
  return (
    <div data-loaded="">
      {products.items.map((product, index) => (
        <ProductCard
          key={product.id}
          product={product}
          layout={layout}
          discount={discounts.items[index % discounts.items.length]}
          selected={index % 3 === 0}
          onSelect={index % 2 ? () => {} : undefined}
          showAllBenefits
          showBenefits
          showDescription
          showMedias
        />
      ))}
    </div>
  );
}

describe('the traps', () => {
  // Controls: the suite would notice a payload that got through.
  it('notice a payload put into the DOM as markup, and flag its attributes', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = `${textPayloads[0]?.value}<a href="javascript:void 0">x</a>`;
    document.body.append(probe);
    const traps = page.traps();
    await waitFor(() => traps.incidents().length > 0, 'the payload to be noticed');
    expect(unsafeMarkup(probe)).toEqual(['<img> src="x"', '<img> has the event handler onerror="window.__pwned(\'img-onerror\')"', '<a> href="javascript:void 0"']);
    probe.remove();
    traps.clear();
  });

  it('notice a navigation and a window opened', async () => {
    const link = document.createElement('a');
    link.href = '/somewhere-else';
    link.click();
    window.open('https://evil.example/');
    await nextFrame();
    const traps = page.traps();
    expect(traps.navigations).toEqual([`navigate to ${new URL('/somewhere-else', location.href).href}`, 'window.open(https://evil.example/)']);
    traps.clear();
  });
});

describe('ProductCard with hostile products', () => {
  it.each(cases)('with $name, in the $layout layout, runs nothing, navigates nowhere and keeps every URL http(s)', { timeout: 60_000 }, async ({ catalogue, layout, press }) => {
    const container = page.render(
      <CheckoutLinksProvider client={createMemoryClient(catalogue)}>
        <HostileProducts layout={layout} />
      </CheckoutLinksProvider>,
    );
    const list = await waitFor(() => container.querySelector('[data-loaded]'), 'the products');
    expect(list.querySelectorAll('article')).toHaveLength(catalogue.products.length);
    page.inspect();
    // Markup in names is shown as the text it is.
    const text = container.textContent ?? '';
    for (const { name } of catalogue.products.filter((product) => !/[\u0000-\u001f]/.test(product.name))) {
      expect(text.includes(name.trim()), name.slice(0, 80)).toBe(true);
    }
    if (press) page.tally.pressed += await pressEveryButton(container, page.inspect);
    await page.expectInert();
  });
});

describe('MediaGallery with every hostile media URL', () => {
  it('shows only the http(s) images, opens them one by one, and runs nothing', async () => {
    if (!mediaProduct) throw new Error('The hostile catalogue has no media product.');
    const container = page.render(<MediaGallery medias={mediaProduct.medias} productName={mediaProduct.name} maxThumbnails={100} />);
    await nextFrame();
    const images = [...container.querySelectorAll('img')].map((image) => image.getAttribute('src'));
    // The two plain images, and the http(s) payloads (whatever their query) as the URLs they are.
    expect(images.every((src) => src?.startsWith('http://') || src?.startsWith('https://'))).toBe(true);
    expect(images.length).toBeGreaterThanOrEqual(2);
    page.tally.pressed += await pressEveryButton(container, page.inspect);
    await page.expectInert();
  });
});
