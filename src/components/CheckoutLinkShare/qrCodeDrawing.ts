import { encode } from 'uqr';

/** A QR code as one SVG path over a square of `size` modules, its quiet zone included. */
export interface QrCodeDrawing {
  size: number;
  /** The dark modules, one `M x y h n v 1 h -n z` run per row segment. */
  path: string;
}

/** The four-module quiet zone the QR standard asks for, so a printed or pasted code scans on any background. */
const QUIET_ZONE = 4;

/**
 * Encodes `text` (byte mode, error correction M or better where the version leaves room) and
 * draws its dark modules as horizontal runs: a 2,000-character link is ~170 modules a side,
 * and a path of runs stays a few kilobytes where a rectangle per module would not.
 */
export function drawQrCode(text: string): QrCodeDrawing {
  const { data, size } = encode(text, { ecc: 'M', boostEcc: true, border: QUIET_ZONE });
  let path = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      path += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { size, path };
}

/**
 * A standalone SVG document of the drawing, dark on white whatever the page's theme (scanners
 * read dark modules on a light ground). `title` is the image's accessible name.
 */
export function qrCodeSvgDocument({ size, path }: QrCodeDrawing, title: string): string {
  const escapedTitle = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 8}" height="${size * 8}" shape-rendering="crispEdges">` +
    `<title>${escapedTitle}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}
