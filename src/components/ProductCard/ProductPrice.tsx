'use client';
import { forwardRef, memo, useMemo, type HTMLAttributes } from 'react';
import type { Discount, Product, ProductPrice as ProductPriceData } from '../../contract';
import { formatPrice } from '../../format';
import type { ProductCardText } from './messages';
import { priceMarkup } from './priceMarkup';
import { seatTierTable } from './SeatTierTable';
import { useProductCardText } from './useProductCardText';

const PRODUCT_PRICE_NAME = 'ProductPrice';

/** Props of the `ProductPrice` component. */
export interface ProductPriceProps extends HTMLAttributes<HTMLDivElement> {
  /** Any price shape Polar returns; an unknown `amount_type` shows "See checkout for pricing". */
  price: ProductPriceData;
  /** The price's product: its `recurring_interval(_count)` is the billing interval (legacy prices carry their own). */
  product?: Pick<Product, 'recurring_interval' | 'recurring_interval_count'>;
  /** Shows the price before and after this discount (fixed and seat-based prices). */
  discount?: Discount | null;
  /** Locale for numbers and currencies. Default `en-US`. */
  locale?: string;
  /** Offer a table of the tiers of a seat-based price. Default `true`. */
  showSeatTiers?: boolean;
  /** Words to use instead of the English defaults. */
  messages?: Partial<ProductCardText>;
}

/**
 * One price, as Polar's checkout shows it: the amount emphasised, its interval and unit beside it,
 * the pre-discount amount struck through. Screen readers hear the whole phrase instead
 * ("19 US dollars per month").
 */
const ProductPriceComponent = memo(
  forwardRef<HTMLDivElement, ProductPriceProps>(function ProductPrice(
    { price, product, discount, locale: localeProp, showSeatTiers = true, messages: messagesProp, ...rest },
    ref,
  ) {
    const text = useProductCardText(localeProp, messagesProp);
    const { locale, messages } = text;
    const formatted = useMemo(() => formatPrice(price, { product, discount, locale, messages }), [price, product, discount, locale, messages]);
    return priceMarkup(formatted, showSeatTiers ? seatTierTable(price, text) : null, { ...rest, ref });
  }),
);
ProductPriceComponent.displayName = PRODUCT_PRICE_NAME;

/**
 * One price, as Polar's checkout shows it. The name is also the wire type of a price (as a class is
 * both a value and a type), so `ProductPrice` from the package root means either, as used.
 */
export const ProductPrice = ProductPriceComponent;
export type ProductPrice = ProductPriceData;
