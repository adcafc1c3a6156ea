'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import type { ProductCardLayout } from './ProductCard';
import type { ProductCardText } from './messages';
import { useProductCardText } from './useProductCardText';
import { visuallyHidden } from './visuallyHidden';

const SKELETON_NAME = 'ProductCard.Skeleton';

/** Props of `ProductCard.Skeleton`. */
export interface ProductCardSkeletonProps extends HTMLAttributes<HTMLDivElement> {
  /** The layout of the card it stands in for. Default `card`. */
  layout?: ProductCardLayout;
  /** Words to use instead of the English defaults. */
  messages?: Partial<ProductCardText>;
}

/** Stands in for a `ProductCard` while its product loads, at the same size, and says so to screen readers. */
export const ProductCardSkeleton = forwardRef<HTMLDivElement, ProductCardSkeletonProps>(function ProductCardSkeleton(
  { layout = 'card', messages: messagesProp, className, ...rest },
  ref,
) {
  const { messages } = useProductCardText(undefined, messagesProp);
  return (
    <div
      ref={ref}
      className={['pcl-product-card', className].filter(Boolean).join(' ')}
      data-layout={layout}
      data-state="loading"
      aria-busy="true"
      {...rest}
    >
      <span style={visuallyHidden}>{messages.loadingProduct}</span>
      {layout === 'compact' ? null : <div className="pcl-skeleton pcl-product-card__media" data-shape="media" aria-hidden="true" />}
      <div className="pcl-product-card__body" aria-hidden="true">
        <div className="pcl-skeleton" data-shape="title" />
        <div className="pcl-skeleton" data-shape="line" />
        <div className="pcl-skeleton" data-shape="price" />
      </div>
    </div>
  );
});
ProductCardSkeleton.displayName = SKELETON_NAME;
