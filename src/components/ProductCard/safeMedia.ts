import type { ProductMedia } from '../../contract';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
// An http(s) URL written as the URL parser gives it back: lower-case scheme and host name (or a dotted
// IPv4 address), a port other than the scheme's own, a path and query of plain characters (no
// escapes, no dot segments: checked apart).
const PLAIN_HTTP_URL = new RegExp(
  `^(https?)://((?:[a-z0-9-]{1,63}\\.)*[a-z][a-z0-9-]{0,62}|(?:${OCTET}\\.){3}${OCTET})(?::([1-9]\\d{0,4}))?/[\\w\\-.~/]*(?:\\?[\\w\\-.~/=&]*)?$`,
);

/** Whether `url` is an http(s) URL that parsing would give back unchanged. */
function isPlainHttpUrl(url: string): boolean {
  const match = PLAIN_HTTP_URL.exec(url);
  if (!match || url.includes('/.')) return false;
  const [, scheme, host = '', port] = match;
  // Hyphens in the third and fourth places mark internationalised labels, which the parser checks.
  if (host.includes('--')) return false;
  return port === undefined || (Number(port) <= 65535 && port !== (scheme === 'https' ? '443' : '80'));
}

/** `url` normalised when it is an absolute http(s) URL; `null` for anything else (javascript:, data:, relative). */
export function safeHttpUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  // Most media URLs need no parse, which would cost a page of cards a twentieth of its render.
  if (isPlainHttpUrl(url)) return url;
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
