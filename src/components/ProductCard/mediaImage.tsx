'use client';
import { useState } from 'react';

/** Props of `MediaImage`. */
export interface MediaImageProps {
  /** An http(s) URL, already checked (see `galleryImages`). */
  src: string;
  /** Empty for an image that only decorates (its button is named otherwise). */
  alt: string;
  /** The box reserved before the image loads, so nothing moves when it does. */
  width: number;
  height: number;
  /** Announced in place of an image that failed to load. */
  unavailableLabel: string;
  loading?: 'lazy' | 'eager';
}

/** An image that turns into a neutral placeholder of the same size when it fails to load. */
export function MediaImage({ src, alt, width, height, unavailableLabel, loading = 'lazy' }: MediaImageProps) {
  const [failed, setFailed] = useState(false);
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
  return (
    <img
      className="pcl-media__image"
      src={src}
      alt={alt}
      width={width}
      height={height}
      loading={loading}
      decoding="async"
      onError={() => setFailed(true)}
    />
  );
}
