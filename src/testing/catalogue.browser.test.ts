import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue';

const medias = catalogue.products.flatMap((product) => product.medias.map((media) => [product.name, media] as const));

describe('the seeded catalogue in a browser bundled by Vite (as in Storybook)', () => {
  it.each(medias)('serves the media of %s over http(s) from the package', async (_name, media) => {
    expect(new URL(media.public_url).protocol).toMatch(/^https?:$/);
    expect(new URL(media.public_url).origin).toBe(window.location.origin);
    const image = new Image();
    image.src = media.public_url;
    await image.decode();
    expect(image.naturalWidth).toBeGreaterThan(0);
  });
});
