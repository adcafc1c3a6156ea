/// <reference types="vite/client" />
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../styles.css';
import { makeMedia, makeProduct } from '../../testing/fixtures';
import apiUsage from '../../testing/media/api-usage.svg?no-inline';
import proPlan from '../../testing/media/pro-plan.svg?no-inline';
import teamSeats from '../../testing/media/team-seats.svg?no-inline';
import { MediaGallery } from './MediaGallery';
import { ProductCard } from './ProductCard';

// Served by the test server itself, so the images really load (no network here). `?no-inline`: Vite
// would otherwise turn these small files into data: URLs, which the gallery rightly refuses.
const urls = [proPlan, teamSeats, apiUsage].map((path) => new URL(path, location.href).href);
const images = urls.map((url) => makeMedia({ mime_type: 'image/svg+xml', public_url: url }));

let root: Root | null = null;
let host: HTMLElement | null = null;

async function show(element: React.ReactNode, dir: 'ltr' | 'rtl' = 'ltr') {
  host = document.createElement('div');
  host.dir = dir;
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root?.render(element));
}

afterEach(async () => {
  await act(async () => root?.unmount());
  host?.remove();
  root = null;
  host = null;
});

const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
const position = () => dialog()?.querySelector('figcaption')?.textContent;

describe('MediaGallery in Chromium', () => {
  it('opens from a thumbnail, pages with the arrow keys, keeps focus inside, and gives it back on Escape', async () => {
    await show(<MediaGallery medias={images} productName="Pro plan" />);
    const thumbnails = [...document.querySelectorAll<HTMLButtonElement>('button[aria-haspopup="dialog"]')];
    expect(thumbnails.map((button) => button.querySelector('img')?.alt)).toEqual(['Pro plan, image 1 of 3', 'Pro plan, image 2 of 3', 'Pro plan, image 3 of 3']);
    const second = thumbnails[1]!;

    second.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => position()).toBe('2 of 3');
    expect(dialog()?.contains(document.activeElement)).toBe(true);

    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => position()).toBe('3 of 3');
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => position()).toBe('1 of 3');
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => position()).toBe('3 of 3');
    await userEvent.keyboard('{Home}');
    await expect.poll(() => position()).toBe('1 of 3');

    // The shown image really loaded from its http URL.
    const shown = dialog()!.querySelector('img')!;
    await expect.poll(() => shown.complete && shown.naturalWidth > 0).toBe(true);

    for (let press = 0; press < 6; press += 1) {
      await userEvent.keyboard('{Tab}');
      expect(dialog()?.contains(document.activeElement)).toBe(true);
    }
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(dialog()?.contains(document.activeElement)).toBe(true);

    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog()).toBeNull();
    await expect.poll(() => document.activeElement).toBe(second);
  });

  it('mirrors the arrow keys right to left', async () => {
    await show(<MediaGallery medias={images} productName="Pro plan" />, 'rtl');
    await userEvent.click(document.querySelector<HTMLButtonElement>('button[aria-haspopup="dialog"]')!);
    await expect.poll(() => position()).toBe('1 of 3');
    expect(dialog()?.getAttribute('dir')).toBe('rtl');
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => position()).toBe('2 of 3');
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => position()).toBe('1 of 3');
  });

  it('closes from its close button and returns focus to the thumbnail that opened it', async () => {
    await show(<MediaGallery medias={images} productName="Pro plan" />);
    const third = [...document.querySelectorAll<HTMLButtonElement>('button[aria-haspopup="dialog"]')][2]!;
    await userEvent.click(third);
    await expect.poll(() => position()).toBe('3 of 3');
    await userEvent.click(dialog()!.querySelector<HTMLButtonElement>('[aria-label="Close gallery"]')!);
    await expect.poll(() => dialog()).toBeNull();
    await expect.poll(() => document.activeElement).toBe(third);
  });

  it('shows a placeholder when an image fails to load', async () => {
    const missing = makeMedia({ public_url: new URL('/no-such-image.png', location.href).href });
    await show(<MediaGallery medias={[missing]} productName="Pro plan" />);
    await expect.poll(() => document.querySelector('[role="img"][data-state="error"]')?.getAttribute('aria-label')).toBe('Pro plan (Image unavailable)');
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('hostile media URLs in Chromium', () => {
  it('never puts javascript: or data: URLs into an src or href, in the card or its gallery', async () => {
    const hostile = [
      makeMedia({ public_url: 'javascript:window.__pwned=1' }),
      makeMedia({ public_url: '  JaVaScRiPt:window.__pwned=1' }),
      makeMedia({ public_url: 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"/>' }),
      makeMedia({ mime_type: 'text/html', public_url: 'https://evil.example/x.html' }),
    ];
    const product = makeProduct({ name: '<img src=x onerror="window.__pwned=1">', medias: [...hostile, ...images] });
    await show(<ProductCard product={product} />);
    await userEvent.click(document.querySelector<HTMLButtonElement>('button[aria-haspopup="dialog"]')!);
    await expect.poll(() => position()).toBe('1 of 3');
    for (let step = 0; step < 3; step += 1) await userEvent.keyboard('{ArrowRight}');

    const rendered = [host!, dialog()!].flatMap((part) => [...part.querySelectorAll('[src], [href], [srcset]')]);
    const urls = rendered.flatMap((node) =>
      ['src', 'href', 'srcset'].map((name) => node.getAttribute(name)).filter((value): value is string => value !== null),
    );
    expect(urls.length).toBe(4); // three thumbnails and the image in the gallery
    expect(urls.filter((url) => !/^https?:\/\//.test(url))).toEqual([]);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    await userEvent.keyboard('{Escape}');
  });
});
