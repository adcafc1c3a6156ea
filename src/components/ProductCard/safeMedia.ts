import type { ProductMedia } from '../../contract';

/** `url` normalised when it is an absolute http(s) URL; `null` for anything else (javascript:, data:, relative). */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An image a buyer may see: an `image/*` media with a safe URL. */
export interface GalleryImage {
  id: string;
  src: string;
}

/** The medias that are images served over http(s), in order. */
export function galleryImages(medias: readonly ProductMedia[]): GalleryImage[] {
  const images: GalleryImage[] = [];
  for (const media of medias) {
    const src = typeof media.mime_type === 'string' && media.mime_type.toLowerCase().startsWith('image/') ? safeHttpUrl(media.public_url) : null;
    if (src) images.push({ id: media.id, src });
  }
  return images;
}
