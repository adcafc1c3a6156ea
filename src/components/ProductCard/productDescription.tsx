import type { ReactNode } from 'react';
import { CollapsibleDescription } from './CollapsibleDescription';
import { descriptionParagraphs } from './descriptionParagraphs';
import type { ProductCardText } from './messages';

/** Descriptions longer than this collapse behind "Show more". */
const COLLAPSE_FROM = 400;

/**
 * A product's description as plain text. A function, not a component: only a description long
 * enough to collapse needs state, so only that one mounts a component.
 */
export function productDescription(description: string, messages: ProductCardText): ReactNode {
  if (description.length > COLLAPSE_FROM) return <CollapsibleDescription description={description} messages={messages} />;
  // Most descriptions are one line: that paragraph is the description element itself.
  if (!/[\r\n]/.test(description)) {
    return (
      <p className="pcl-product-card__description" dir="auto">
        {description}
      </p>
    );
  }
  return <div className="pcl-product-card__description">{descriptionParagraphs(description)}</div>;
}
