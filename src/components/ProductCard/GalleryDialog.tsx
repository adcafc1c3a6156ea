'use client';
import * as Dialog from '@radix-ui/react-dialog';
import type { KeyboardEvent, ReactEventHandler } from 'react';
import { mediaImage } from './mediaImage';
import type { GalleryImage } from './safeMedia';
import type { ProductCardText } from './messages';

/** Where the gallery was opened from: it takes that element's direction and theme into its portal. */
export interface GalleryOpener {
  element: HTMLElement;
  dir: 'ltr' | 'rtl';
  theme: string | undefined;
}

/** Props of `GalleryDialog`. */
export interface GalleryDialogProps {
  images: readonly GalleryImage[];
  productName: string;
  /** The image shown. */
  index: number;
  /** A new image to show, or `null` to close. */
  onIndexChange: (index: number | null) => void;
  opener: GalleryOpener | null;
  messages: ProductCardText;
  /** The images that failed to load, by URL; `onImageError` adds one. */
  failed: ReadonlySet<string>;
  onImageError: ReactEventHandler<HTMLImageElement>;
}

const chevron = (
  <svg width="20" height="20" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" focusable="false">
    <path d="M10 3L5 8l5 5" />
  </svg>
);

/**
 * The product's images one at a time in a modal dialog: arrow keys (mirrored right-to-left), Home
 * and End move between them, focus stays inside, Escape closes and focus returns to the thumbnail
 * that opened it.
 */
export function GalleryDialog({ images, productName, index, onIndexChange, opener, messages, failed, onImageError }: GalleryDialogProps) {
  const count = images.length;
  const current = images[index];
  const step = (delta: number) => onIndexChange((index + delta + count) % count);
  const onKeyDown = (event: KeyboardEvent) => {
    const forward = opener?.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = opener?.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const moves: Record<string, () => void> = {
      [forward]: () => step(1),
      [backward]: () => step(-1),
      Home: () => onIndexChange(0),
      End: () => onIndexChange(count - 1),
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      move();
    }
  };
  return (
    <Dialog.Root open={current != null} onOpenChange={(open) => (open ? null : onIndexChange(null))}>
      <Dialog.Portal>
        <Dialog.Overlay className="pcl-gallery__overlay" data-theme={opener?.theme} />
        <Dialog.Content
          className="pcl-gallery"
          dir={opener?.dir}
          data-theme={opener?.theme}
          aria-describedby={undefined}
          onKeyDown={onKeyDown}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            opener?.element.focus();
          }}
        >
          <Dialog.Title className="pcl-gallery__title">{messages.galleryTitle(productName)}</Dialog.Title>
          {current ? (
            <figure className="pcl-gallery__figure">
              {mediaImage({
                src: current.src,
                alt: messages.imageAlt(productName, index + 1, count),
                width: 1200,
                height: 900,
                loading: 'eager',
                unavailableLabel: messages.imageUnavailable,
                failed: failed.has(current.src),
                onError: onImageError,
              })}
              <figcaption className="pcl-gallery__position" aria-live="polite">
                {messages.galleryPosition(index + 1, count)}
              </figcaption>
            </figure>
          ) : null}
          <div className="pcl-gallery__controls">
            <button type="button" className="pcl-icon-button" data-direction="previous" aria-label={messages.galleryPrevious} onClick={() => step(-1)}>
              {chevron}
            </button>
            <button type="button" className="pcl-icon-button" data-direction="next" aria-label={messages.galleryNext} onClick={() => step(1)}>
              {chevron}
            </button>
            <Dialog.Close className="pcl-icon-button" aria-label={messages.galleryClose}>
              <svg width="20" height="20" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" focusable="false">
                <path d="M4 4l8 8M12 4l-8 8" />
              </svg>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
