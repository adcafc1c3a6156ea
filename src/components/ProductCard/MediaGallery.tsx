'use client';
import { forwardRef, memo, useMemo, useState, type HTMLAttributes, type MouseEvent } from 'react';
import type { ProductMedia } from '../../contract';
import { GalleryDialog, type GalleryOpener } from './GalleryDialog';
import { MediaImage } from './MediaImage';
import type { ProductCardText } from './messages';
import { galleryImages } from './safeMedia';
import { useProductCardText } from './useProductCardText';
import { visuallyHidden } from './visuallyHidden';

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

/**
 * A product's images: one shows as a hero; several as a thumbnail strip whose thumbnails open a
 * gallery dialog. Anything that is not an image served over http(s) is left out, so a
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
    const classes = ['pcl-media', className].filter(Boolean).join(' ');
    const count = images.length;
    if (count === 0) return null;

    const [first] = images;
    if (count === 1 && first) {
      return (
        <div ref={ref} className={classes} data-count="1" {...rest}>
          <MediaImage src={first.src} alt={messages.imageAlt(productName, 1, 1)} width={640} height={360} unavailableLabel={messages.imageUnavailable} />
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
        <ul className="pcl-media__thumbnails" role="list">
          {shown.map((image, position) => {
            const more = hidden > 0 && position === shown.length - 1;
            return (
              <li key={image.id} className="pcl-media__thumbnail">
                <button type="button" className="pcl-media__open" aria-haspopup="dialog" onClick={open(position)}>
                  <MediaImage
                    src={image.src}
                    // The "+N" tile is named by its text; its image is only a backdrop.
                    alt={more ? '' : messages.imageAlt(productName, position + 1, count)}
                    width={position === 0 ? 640 : 160}
                    height={position === 0 ? 360 : 160}
                    unavailableLabel={messages.imageUnavailable}
                  />
                  {more ? (
                    <span className="pcl-media__more">
                      {messages.moreImages(hidden)} <span style={visuallyHidden}>{messages.showAllImages(count)}</span>
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
        {/* Mounted only while open: a page of cards carries no dialog machinery until one is used. */}
        {index === null ? null : (
          <GalleryDialog images={images} productName={productName} index={index} onIndexChange={setIndex} opener={opener} messages={messages} />
        )}
      </div>
    );
  }),
);
MediaGallery.displayName = MEDIA_GALLERY_NAME;
