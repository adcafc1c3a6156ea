/**
 * Words of the share panel's QR code (messages group `qrCode`). Their English defaults ship with
 * the QR section, so a host that never shows a share panel does not download them.
 */
export interface QrCodeMessages {
  title: string;
  help: string;
  /** The accessible name of the code's image (and the title inside the downloaded SVG). */
  imageLabel: string;
  /** Shown while the encoder loads. */
  loading: string;
  downloadSvg: string;
  downloadPng: string;
  /** The downloaded files' name, without `.svg` or `.png`. */
  fileName: string;
}

/** The QR code's English words. */
export const defaultQrCodeMessages: QrCodeMessages = {
  title: 'QR code',
  help: 'Scanning it opens the link with the options above. Print it or add it to slides and posters.',
  imageLabel: 'QR code of the checkout link',
  loading: 'Drawing the QR code…',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  fileName: 'checkout-link-qr',
};
