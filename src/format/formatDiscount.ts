import type { Discount, DiscountFixed, DiscountPercentage } from '../contract';
import { formatMoney } from './formatMoney';
import { DEFAULT_LOCALE, numberFormat } from './intl';
import { resolveFormatMessages } from './messages';
import type { FormatOptions, FormattedText } from './types';

function isPercentage(discount: Discount): discount is DiscountPercentage {
  return discount.type === 'percentage' && typeof (discount as DiscountPercentage).basis_points === 'number';
}

/** The amount a fixed discount takes off in `currency` (minor units), or `null` if it has none for it. */
export function discountAmountOff(discount: DiscountFixed, currency: string): number | null {
  const code = currency.toLowerCase();
  const amount = discount.amounts?.[code];
  if (typeof amount === 'number') return amount;
  return discount.currency?.toLowerCase() === code && typeof discount.amount === 'number' ? discount.amount : null;
}

/** Whether a discount may apply to a product: it lists no products, or lists this one. */
export function discountAppliesTo(discount: Discount, productId: string): boolean {
  return !discount.products?.length || discount.products.some((product) => product.id === productId);
}

/**
 * An amount (minor units) after the discount, never below zero; `null` when the discount does not
 * apply in this currency or is of a type this library does not know.
 */
export function discountedAmount(minor: number, discount: Discount, currency: string): number | null {
  if (isPercentage(discount)) return minor - Math.round((minor * discount.basis_points) / 10000);
  if (discount.type !== 'fixed') return null;
  const off = discountAmountOff(discount as DiscountFixed, currency);
  return off === null ? null : Math.max(0, minor - off);
}

/** A discount as a badge: "-25%" or "-$10", and how long it lasts. */
export interface FormattedDiscount extends FormattedText {
  /** The amount off: "-25%", "-$10". */
  badge: string;
  /** "for 3 months", "first payment", or `null` when it lasts as long as the subscription or the product is one-time. */
  duration: string | null;
}

export interface FormatDiscountOptions extends FormatOptions {
  /** The currency of the price it applies to (fixed discounts have an amount per currency). */
  currency: string;
  /** Whether the product is a subscription: only then does a `once` discount need saying. */
  recurring?: boolean;
}

/**
 * Formats a discount for a price in `currency`: `{ badge: '-25%', duration: 'for 3 months',
 * label: '-25% for 3 months', spoken: '25% off for 3 months' }`. `null` when a fixed discount has
 * no amount in that currency, or the discount type is unknown.
 */
export function formatDiscount(discount: Discount, options: FormatDiscountOptions): FormattedDiscount | null {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const messages = resolveFormatMessages(options.messages);
  // The badge is the negative amount, so the locale places the minus sign.
  let badge: string;
  let offSpoken: string;
  if (isPercentage(discount)) {
    const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
    badge = percent(-discount.basis_points / 10000);
    offSpoken = percent(discount.basis_points / 10000);
  } else if (discount.type === 'fixed') {
    const amount = discountAmountOff(discount as DiscountFixed, options.currency);
    if (amount === null) return null;
    badge = formatMoney(-amount, options.currency, locale);
    offSpoken = formatMoney(amount, options.currency, locale, { display: 'name' });
  } else {
    return null;
  }
  const duration =
    discount.duration === 'repeating' && typeof discount.duration_in_months === 'number'
      ? messages.discountRepeating(discount.duration_in_months)
      : discount.duration === 'once' && options.recurring
        ? messages.discountOnce
        : null;
  const spoken = messages.discountOffSpoken(offSpoken);
  return {
    badge,
    duration,
    label: duration ? `${badge} ${duration}` : badge,
    spoken: duration ? `${spoken} ${duration}` : spoken,
  };
}
