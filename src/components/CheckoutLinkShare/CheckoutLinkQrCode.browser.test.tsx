// The share panel's QR code in Chromium: what a phone would read from the inline image and from
// both downloads, decoded by jsQR (a dev dependency used here only).
import jsQR from 'jsqr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../styles.css';
import { CheckoutLinksProvider, CheckoutLinkShare } from '../../index';
import { createMemoryClient, makeCheckoutLink } from '../../testing';
import { createPageRenderer } from '../../../test/helpers/pageRenderer';

afterEach(() => {
  vi.restoreAllMocks();
});
// Registered after restoreAllMocks, so it unmounts first (after-hooks run last-registered first).
const render = createPageRenderer();

function show(url: string) {
  render(
    <CheckoutLinksProvider client={createMemoryClient()}>
      <CheckoutLinkShare link={makeCheckoutLink({ url })} />
    </CheckoutLinksProvider>,
  );
}

/** Draws an image at `pixelsPerModule` and decodes it as a phone would (quiet zone included). */
async function decode(src: string, modules: number, pixelsPerModule = 4): Promise<string | undefined> {
  const image = new Image();
  image.src = src;
  await image.decode();
  const side = modules * pixelsPerModule;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = side;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, side, side);
  const { data } = context.getImageData(0, 0, side, side);
  return jsQR(data, side, side)?.data;
}

const qrImage = () => page.getByRole('img', { name: 'QR code of the checkout link' });

async function decodeInline(): Promise<string | undefined> {
  await expect.element(qrImage()).toBeVisible();
  const svg = qrImage().element() as SVGSVGElement;
  const modules = svg.viewBox.baseVal.width;
  const markup = new XMLSerializer().serializeToString(svg);
  return decode(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`, modules);
}

/** Clicks a download button and returns the saved file's name and a same-document URL of its bytes. */
async function download(name: string): Promise<{ fileName: string; blob: Blob }> {
  const saved = new Promise<{ fileName: string; blob: Blob }>((resolve) => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      void fetch(this.href)
        .then((response) => response.blob())
        .then((blob) => resolve({ fileName: this.download, blob }));
    });
  });
  await page.getByRole('button', { name }).click();
  return saved;
}

const longUrl = (length: number) => {
  const base = 'https://sandbox-api.polar.sh/v1/checkout-links/polar_cl_Q4rLy0nH9zXfWmA2/redirect?utm_campaign=';
  return base + 'spring-sale-2026-'.repeat(Math.ceil(length / 17)).slice(0, length - base.length);
};

describe('The share panel’s QR code in Chromium', () => {
  it('encodes the link, and the link with the composer’s options as they are typed', async () => {
    const url = 'https://sandbox-api.polar.sh/v1/checkout-links/polar_cl_Q4rLy0nH9zXfWmA2/redirect';
    show(url);
    await expect.poll(decodeInline).toBe(url);

    await page.getByRole('textbox', { name: 'Customer email' }).fill('ada@example.com');
    await userEvent.tab();
    await expect.poll(decodeInline).toBe(`${url}?customer_email=ada%40example.com`);
  });

  it('reads back a 2,000-character link exactly, from the image and from both downloads', async () => {
    const url = longUrl(2000);
    expect(url).toHaveLength(2000);
    show(url);
    await expect.poll(decodeInline).toBe(url);
    const modules = (qrImage().element() as SVGSVGElement).viewBox.baseVal.width;

    const svg = await download('Download SVG');
    expect(svg.fileName).toBe('checkout-link-qr.svg');
    expect(svg.blob.type).toBe('image/svg+xml');
    expect(await decode(URL.createObjectURL(svg.blob), modules)).toBe(url);
    vi.restoreAllMocks();

    const png = await download('Download PNG');
    expect(png.fileName).toBe('checkout-link-qr.png');
    expect(png.blob.type).toBe('image/png');
    const bitmap = await createImageBitmap(png.blob);
    expect(bitmap.width).toBe(modules * 8);
    expect(await decode(URL.createObjectURL(png.blob), modules, 2)).toBe(url);
  });
});
