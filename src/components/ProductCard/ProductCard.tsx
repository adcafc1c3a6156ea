'use client';
import { forwardRef, memo, useId, useMemo, type HTMLAttributes } from 'react';
import type { Discount, Product } from '../../contract';
import { discountAppliesTo, formatDiscount, formatPrice, pricesForCurrency } from '../../format';
import { BenefitList } from './BenefitList';
import { MediaGallery } from './MediaGallery';
import type { ProductCardText } from './messages';
import { priceMarkup } from './priceMarkup';
import { ProductCardSkeleton } from './ProductCardSkeleton';
import { productDescription } from './productDescription';
import { seatTierTable } from './SeatTierTable';
import { useProductCardText } from './useProductCardText';
import { visuallyHiddenProps } from './visuallyHidden';

const PRODUCT_CARD_NAME = 'ProductCard';

/** `card`: media on top; `row`: media beside the text; `compact`: name and price only. */
export type ProductCardLayout = 'card' | 'row' | 'compact';

/** Props of `ProductCard`. */
export interface ProductCardProps extends Omit<HTMLAttributes<HTMLElement>, 'onSelect' | 'children'> {
  /** A product from `/v1/products`, or one a checkout link embeds (`link.products[i]`). */
  product: Product;
  /** Show the prices in this currency (e.g. `eur`) when the product has several; default its first. */
  currency?: string;
  /** Locale for numbers, currencies and plural rules. Default `en-US`. */
  locale?: string;
  /** Default `card`. */
  layout?: ProductCardLayout;
  /** Show the product's benefits. Default `true`, except in the `compact` layout. */
  showBenefits?: boolean;
  /** Show private and draft benefits too (from `/v1/products`); by default only public ones. */
  showAllBenefits?: boolean;
  /** How many benefits show before "Show all N". Default 5. */
  benefitLimit?: number;
  /** Show the product's images. Default `true`, except in the `compact` layout. */
  showMedias?: boolean;
  /** Show the description. Default `true`, except in the `compact` layout. */
  showDescription?: boolean;
  /** Marks the card as chosen (in a picker). */
  selected?: boolean;
  /**
   * Makes the card a toggle button for pickers: the product name becomes a button (`aria-pressed`
   * from `selected`) whose hit area covers the card; the card's own buttons stay usable.
   */
  onSelect?: (product: Product) => void;
  /** A discount to show: was/now prices and a badge ("-25%", "for 3 months"). Ignored when it excludes this product. */
  discount?: Discount | null;
  /** The level of the product name's heading. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Words to use instead of the English defaults. */
  messages?: Partial<ProductCardText>;
}

// A name this long is clamped on screen; the title attribute still offers all of it.
const LONG_NAME = 80;

const ProductCardRoot = memo(
  forwardRef<HTMLElement, ProductCardProps>(function ProductCard(props, ref) {
    const {
      product,
      currency,
      locale: localeProp,
      layout = 'card',
      showBenefits = layout !== 'compact',
      showAllBenefits = false,
      benefitLimit,
      showMedias = layout !== 'compact',
      showDescription = layout !== 'compact',
      selected = false,
      onSelect,
      discount,
      headingLevel = 3,
      messages: messagesProp,
      className,
      ...rest
    } = props;
    const text = useProductCardText(localeProp, messagesProp);
    const { locale, messages } = text;
    const pricesId = useId();
    const { prices, discountText } = useMemo(() => {
      const shown = pricesForCurrency(product.prices, currency);
      const applied = discount && discountAppliesTo(discount, product.id) ? discount : null;
      const shownCurrency = shown.find((price) => typeof price.price_currency === 'string')?.price_currency;
      return {
        prices: shown.map((price) => ({ price, formatted: formatPrice(price, { product, discount: applied, locale, messages }) })),
        discountText:
          applied && shownCurrency ? formatDiscount(applied, { currency: shownCurrency, locale, messages, recurring: product.is_recurring }) : null,
      };
    }, [product, currency, discount, locale, messages]);

    const Heading = `h${headingLevel}` as 'h3';
    const name = product.name.trim() ? product.name : messages.untitledProduct;
    const description = showDescription && typeof product.description === 'string' ? product.description.trim() : '';
    const heading = (
      <Heading className="pcl-product-card__name" dir="auto" title={name.length > LONG_NAME ? name : undefined}>
        {onSelect ? (
          <button
            type="button"
            className="pcl-product-card__select"
            aria-pressed={selected}
            aria-describedby={pricesId}
            onClick={() => onSelect(product)}
          >
            {name}
          </button>
        ) : (
          name
        )}
      </Heading>
    );
    // A heading with badges shares a row with them. A selectable card always has that row, so that
    // selecting it never moves (and remounts) the focused button.
    const header =
      product.is_archived || selected || onSelect ? (
        <div className="pcl-product-card__header">
          {heading}
          {product.is_archived ? <span className="pcl-badge" data-variant="archived">{messages.archived}</span> : null}
          {selected ? (
            // With onSelect, aria-pressed already says it.
            <span className="pcl-badge" data-variant="selected" aria-hidden={onSelect ? true : undefined}>
              {messages.selected}
            </span>
          ) : null}
        </div>
      ) : null;

    return (
      <article
        ref={ref}
        className={className ? `pcl-product-card ${className}` : 'pcl-product-card'}
        data-layout={layout}
        data-selected={selected ? '' : undefined}
        data-archived={product.is_archived ? '' : undefined}
        data-selectable={onSelect ? '' : undefined}
        // Named with the heading's words, not by an id pointing at it: no id to make and set per card.
        aria-label={name}
        {...rest}
      >
        {showMedias ? <MediaGallery className="pcl-product-card__media" medias={product.medias} productName={name} messages={messages} /> : null}
        <div className="pcl-product-card__body">
          {header ?? heading}
          {description ? productDescription(description, messages) : null}
          <div className="pcl-product-card__prices" id={onSelect ? pricesId : undefined}>
            {discountText ? (
              <p className="pcl-product-card__discount">
                <span aria-hidden="true">
                  <span className="pcl-badge" data-variant="discount">
                    {discountText.badge}
                  </span>
                  {discountText.duration ? ` ${discountText.duration}` : null}
                </span>
                <span {...visuallyHiddenProps}>{discountText.spoken}</span>
              </p>
            ) : null}
            {prices.length === 0 ? (
              <p className="pcl-price">{messages.priceUnknown}</p>
            ) : (
              prices.map(({ price, formatted }) =>
                priceMarkup(formatted, layout === 'compact' ? null : seatTierTable(price, text), {}, price.id),
              )
            )}
          </div>
          {showBenefits ? (
            <BenefitList benefits={product.benefits} showAllBenefits={showAllBenefits} limit={benefitLimit} messages={messages} />
          ) : null}
        </div>
      </article>
    );
  }),
);
ProductCardRoot.displayName = PRODUCT_CARD_NAME;

/**
 * A Polar product for buyers and pickers: name, description, every price shape (was/now with a
 * discount), benefits and images. `ProductCard.Skeleton` stands in while it loads.
 */
export const ProductCard = Object.assign(ProductCardRoot, { Skeleton: ProductCardSkeleton });
