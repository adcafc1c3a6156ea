import type { Discount, DiscountFixed } from '../../contract';
import { formatDiscount, type FormatMessages } from '../../format';

/** The currencies a fixed discount has an amount in (lowercase), in the order Polar lists them. */
function fixedCurrencies(discount: DiscountFixed): string[] {
  if (discount.amounts) return Object.keys(discount.amounts);
  return discount.currency ? [discount.currency.toLowerCase()] : [];
}

/**
 * What a discount takes off, for a picker: "-20%", "-$5 / -€4.50 for 3 months". Durations are
 * said as for a subscription, the longest case. `null` for a type this library does not know.
 */
export function discountValue(discount: Discount, locale: string, messages: FormatMessages): string | null {
  const currencies = discount.type === 'fixed' ? fixedCurrencies(discount as DiscountFixed) : ['usd'];
  const formatted = currencies.flatMap((currency) => formatDiscount(discount, { currency, locale, messages, recurring: true }) ?? []);
  const [first] = formatted;
  if (!first) return null;
  const badges = formatted.map((item) => item.badge).join(' / ');
  return first.duration ? `${badges} ${first.duration}` : badges;
}
