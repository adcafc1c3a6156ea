import type { HTMLAttributes, JSX, Key, ReactNode, RefAttributes } from 'react';
import type { FormattedPrice } from '../../format';
import { visuallyHiddenProps } from './visuallyHidden';

/** What the element of a price takes besides the price: the host's attributes and ref. */
export type PriceRootProps = HTMLAttributes<HTMLDivElement> & RefAttributes<HTMLDivElement>;

/**
 * One formatted price as Polar's checkout shows it: the amount emphasised, its interval and unit
 * beside it, the pre-discount amount struck through. Screen readers hear the whole phrase instead
 * ("19 US dollars per month"). A function, not a component: a card's prices mount nothing each.
 */
export function priceMarkup(formatted: FormattedPrice, extra: ReactNode, { className, ...rest }: PriceRootProps, key?: Key): JSX.Element {
  const { was, prefix, suffix } = formatted;
  return (
    <div key={key} className={className ? `pcl-price ${className}` : 'pcl-price'} data-kind={formatted.kind} data-discounted={was ? '' : undefined} {...rest}>
      {/* Elements rather than classes mark the parts (a page of cards sets thousands fewer attributes). */}
      <span className="pcl-price__line" aria-hidden="true">
        {was ? <s>{was}</s> : null}
        {was ? ' ' : null}
        {prefix ? <span>{prefix}</span> : null}
        {prefix ? ' ' : null}
        <strong>{formatted.amount}</strong>
        {suffix ? ' ' : null}
        {suffix ? <span>{suffix}</span> : null}
      </span>
      {/* A paragraph of its own, as screen readers move by paragraph; the line beside it only shows. */}
      <p {...visuallyHiddenProps}>{formatted.spoken}</p>
      {formatted.details.map((detail, index) => (
        <p key={index} aria-hidden="true">
          {detail}
        </p>
      ))}
      {extra}
    </div>
  );
}
