'use client';
import { forwardRef, lazy, memo, Suspense, useMemo, useState, type HTMLAttributes, type MouseEvent, type SyntheticEvent } from 'react';
import type { ProductMedia } from '../../contract';
import type { GalleryOpener } from './GalleryDialog';
import { mediaImage } from './mediaImage';
import type { ProductCardText } from './messages';
import { galleryImages } from './safeMedia';
import { useProductCardText } from './useProductCardText';
import { visuallyHiddenProps } from './visuallyHidden';

const MEDIA_GALLERY_NAME = 'MediaGallery';

/** Props of `MediaGallery`. */
export interface MediaGalleryProps extends HTMLAttributes<HTMLDivElement> {
  /** The product's medias. Only images (by `mime_type`) with an http(s) `public_url` are shown. */
  medias: readonly ProductMedia[];
  /** The product's name: the images' alt text is made from it. */
  productName: string;
  /** How many thumbnails show before the last one says "+N". Default 4. */
  maxThumbnails?: number;
  /** Words to use instead of the English defaults. */
  messages?: Partial<ProductCardText>;
}

const noneFailed: ReadonlySet<string> = new Set();

// The dialog (Radix Dialog and its focus and scroll machinery) is most of a card's weight and most
// pages never open it: it loads as its own chunk, fetched when a thumbnail is hovered or focused,
// so that it is usually there by the click.
let galleryDialogModule: Promise<typeof import('./GalleryDialog')> | undefined;
const loadGalleryDialog = () => (galleryDialogModule ??= import('./GalleryDialog'));
const GalleryDialog = lazy(() => loadGalleryDialog().then((module) => ({ default: module.GalleryDialog })));

/**
 * A product's images: one shows as a hero; several as thumbnail buttons (each named "image 2 of 3")
 * that open a gallery dialog. Anything that is not an image served over http(s) is left out, so a
 * `javascript:` or `data:` URL never reaches the page. Renders nothing without images.
 */
export const MediaGallery = memo(
  forwardRef<HTMLDivElement, MediaGalleryProps>(function MediaGallery(
    { medias, productName, maxThumbnails = 4, messages: messagesProp, className, ...rest },
    ref,
  ) {
    const { messages } = useProductCardText(undefined, messagesProp);
    const images = useMemo(() => galleryImages(medias), [medias]);
    const [index, setIndex] = useState<number | null>(null);
    const [opener, setOpener] = useState<GalleryOpener | null>(null);
    // The images that failed to load, by URL: they show as placeholders here and in the dialog.
    const [failed, setFailed] = useState(noneFailed);
    const count = images.length;
    if (count === 0) return null;

    const classes = className ? `pcl-media ${className}` : 'pcl-media';
    const onError = (event: SyntheticEvent<HTMLImageElement>) => {
      const src = event.currentTarget.getAttribute('src');
      if (src) setFailed((current) => new Set(current).add(src));
    };
    const [first] = images;
    if (count === 1 && first) {
      return (
        <div ref={ref} className={classes} data-count="1" {...rest}>
          {mediaImage({ src: first.src, alt: messages.imageAlt(productName, 1, 1), width: 640, height: 360, unavailableLabel: messages.imageUnavailable, failed: failed.has(first.src), onError })}
        </div>
      );
    }

    const open = (position: number) => (event: MouseEvent<HTMLButtonElement>) => {
      const element = event.currentTarget;
      const style = getComputedStyle(element);
      setOpener({ element, dir: style.direction === 'rtl' ? 'rtl' : 'ltr', theme: element.closest<HTMLElement>('[data-theme]')?.dataset.theme });
      setIndex(position);
    };
    const shown = images.slice(0, Math.max(1, maxThumbnails));
    const hidden = count - shown.length;
    return (
      <div ref={ref} className={classes} data-count="many" {...rest}>
        {shown.map((image, position) => {
          const more = hidden > 0 && position === shown.length - 1;
          return (
            <button key={image.id} type="button" aria-haspopup="dialog" onClick={open(position)} onPointerEnter={loadGalleryDialog} onFocus={loadGalleryDialog}>
              {mediaImage({
                src: image.src,
                // The "+N" tile is named by its text; its image is only a backdrop.
                alt: more ? '' : messages.imageAlt(productName, position + 1, count),
                width: position === 0 ? 640 : 160,
                height: position === 0 ? 360 : 160,
                unavailableLabel: messages.imageUnavailable,
                failed: failed.has(image.src),
                onError,
              })}
              {more ? (
                <span className="pcl-media__more">
                  {messages.moreImages(hidden)} <span {...visuallyHiddenProps}>{messages.showAllImages(count)}</span>
                </span>
              ) : null}
            </button>
          );
        })}
        {/* Mounted only while open: a page of cards carries no dialog machinery until one is used. */}
        {index === null ? null : (
          <Suspense fallback={null}>
            <GalleryDialog
              images={images}
              productName={productName}
              index={index}
              onIndexChange={setIndex}
              opener={opener}
              messages={messages}
              failed={failed}
              onImageError={onError}
            />
          </Suspense>
        )}
      </div>
    );
  }),
);
MediaGallery.displayName = MEDIA_GALLERY_NAME;
