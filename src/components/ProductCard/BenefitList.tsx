'use client';
import { forwardRef, memo, useId, useMemo, useState, type HTMLAttributes } from 'react';
import type { Benefit } from '../../contract';
import { benefitLabel } from '../../format';
import { benefitIcon } from './benefitIcon';
import type { ProductCardText } from './messages';
import { useProductCardText } from './useProductCardText';

const BENEFIT_LIST_NAME = 'BenefitList';

/** Props of `BenefitList`. */
export interface BenefitListProps extends HTMLAttributes<HTMLDivElement> {
  /** The product's benefits: all of `/v1/products`' or the public ones a checkout link embeds. */
  benefits: readonly Benefit[];
  /** Show private and draft benefits too; by default only public ones (or those without a visibility). */
  showAllBenefits?: boolean;
  /** How many benefits show before "Show all N". Default 5. */
  limit?: number;
  /** Words to use instead of the English defaults. */
  messages?: Partial<ProductCardText>;
}

/** Which benefits a buyer sees: public ones, never deleted ones. */
export function visibleBenefits(benefits: readonly Benefit[], showAll = false): Benefit[] {
  return benefits.filter(
    (benefit) => !benefit.is_deleted && (showAll || benefit.visibility === undefined || benefit.visibility === 'public'),
  );
}

/**
 * The benefits of a product, each with its type's icon and label, then its description. Long lists
 * collapse behind a "Show all N" button. Renders nothing when no benefit is visible.
 */
export const BenefitList = memo(
  forwardRef<HTMLDivElement, BenefitListProps>(function BenefitList(
    { benefits, showAllBenefits = false, limit = 5, messages: messagesProp, className, ...rest },
    ref,
  ) {
    const { messages } = useProductCardText(undefined, messagesProp);
    const [expanded, setExpanded] = useState(false);
    const listId = useId();
    const visible = useMemo(() => visibleBenefits(benefits, showAllBenefits), [benefits, showAllBenefits]);
    if (visible.length === 0) return null;
    const collapsible = visible.length > limit;
    const shown = collapsible && !expanded ? visible.slice(0, limit) : visible;
    return (
      <div ref={ref} className={className ? `pcl-benefits ${className}` : 'pcl-benefits'} {...rest}>
        <p className="pcl-benefits__title">{messages.benefitsTitle}</p>
        {/* Named by the title's words rather than by an id pointing at it: one attribute fewer per card. */}
        <ul className="pcl-benefits__list" id={collapsible ? listId : undefined} aria-label={messages.benefitsTitle} role="list">
          {shown.map((benefit) => (
            // The label is the item's own text, beside the icon and above the description (a grid).
            <li key={benefit.id} data-type={benefit.type}>
              {benefitIcon(benefit.type)}
              {benefitLabel(benefit, messages)}
              {benefit.description ? (
                <span dir="auto">
                  {benefit.description}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        {collapsible ? (
          <button
            type="button"
            className="pcl-link-button"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded((open) => !open)}
          >
            {expanded ? messages.showFewerBenefits : messages.showAllBenefits(visible.length)}
          </button>
        ) : null}
      </div>
    );
  }),
);
BenefitList.displayName = BENEFIT_LIST_NAME;
