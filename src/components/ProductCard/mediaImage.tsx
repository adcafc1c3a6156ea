import type { JSX, ReactEventHandler } from 'react';

/** What `mediaImage` draws. */
export interface MediaImageOptions {
  /** An http(s) URL, already checked (see `galleryImages`). */
  src: string;
  /** Empty for an image that only decorates (its button is named otherwise). */
  alt: string;
  /** The box reserved before the image loads, so nothing moves when it does. */
  width: number;
  height: number;
  /** Announced in place of an image that failed to load. */
  unavailableLabel: string;
  /** The image failed to load: draw the placeholder instead. */
  failed: boolean;
  /** Called when the image fails to load. */
  onError: ReactEventHandler<HTMLImageElement>;
  loading?: 'lazy' | 'eager';
}

/**
 * An image, or a neutral placeholder of the same size once it has failed to load. A plain function,
 * not a component: a gallery keeps which of its images failed, so a page of cards mounts no
 * component per image.
 */
export function mediaImage({ src, alt, width, height, unavailableLabel, failed, onError, loading = 'lazy' }: MediaImageOptions): JSX.Element {
  if (failed) {
    const described = alt ? { role: 'img', 'aria-label': `${alt} (${unavailableLabel})` } : { 'aria-hidden': true };
    return (
      <span
        className="pcl-media__image pcl-media__placeholder"
        {...described}
        data-state="error"
        style={{ aspectRatio: `${width} / ${height}` }}
      >
        <svg width="24" height="24" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true" focusable="false">
          <path d="M2.5 3.5h11v9h-11zM2.5 10.5l3-3 3 3 2-2 3 3M10.5 6h.01" />
        </svg>
      </span>
    );
  }
  return <img className="pcl-media__image" src={src} alt={alt} width={width} height={height} loading={loading} onError={onError} />;
}
