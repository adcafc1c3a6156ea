import type {
  Discount,
  KnownProductPrice,
  Product,
  ProductPrice,
  ProductPriceMeteredUnit,
  RecurringInterval,
} from '../contract';
import { multiplyDecimal, parseDecimal, shiftDecimal } from './decimal';
import { discountedAmount } from './formatDiscount';
import { formatInterval } from './formatInterval';
import { formatMajorAmount, formatMoney, minorUnitDigits } from './formatMoney';
import { DEFAULT_LOCALE, numberFormat } from './intl';
import { resolveFormatMessages, type FormatMessages } from './messages';
import type { FormatOptions, FormattedText } from './types';

/** Which rule formatted a price; `unknown` for an `amount_type` this library does not know yet. */
export type PriceKind = 'free' | 'fixed' | 'custom' | 'seat_based' | 'metered_unit' | 'unknown';

/**
 * A price in words, whole (`label`, `spoken`) and in parts for styled layouts:
 * `prefix` + `amount` + `suffix` is the label ("From" "$8" "/ seat / mo").
 */
export interface FormattedPrice extends FormattedText {
  kind: PriceKind;
  /** Words before the amount ("From", "Pay what you want, from"), or "". */
  prefix: string;
  /** The headline: an amount ("$19") or, for prices without one, words ("Free", "Pay what you want"). */
  amount: string;
  /** What follows the amount ("/ mo", "/ seat / mo", "/ 1M tokens"), or "". */
  suffix: string;
  /** Secondary lines: the meter's name, the suggested amount, the cap. */
  details: string[];
  /** The headline amount before a discount ("$19") when `discount` lowers it, else `null`. */
  was: string | null;
}

/** Options of `formatPrice`. */
export interface FormatPriceOptions extends FormatOptions {
  /** The product the price belongs to: its `recurring_interval(_count)` is the billing interval. */
  product?: Pick<Product, 'recurring_interval' | 'recurring_interval_count'>;
  /** A discount to show as was/now on fixed and seat prices. */
  discount?: Discount | null;
}

interface BillingInterval {
  interval: RecurringInterval;
  count: number;
}

/** Legacy prices carry their own interval; other prices bill at the product's (2025 prices also had it). */
export function billingInterval(
  price: ProductPrice,
  product?: Pick<Product, 'recurring_interval' | 'recurring_interval_count'>,
): BillingInterval | null {
  if (price.legacy && price.recurring_interval) return { interval: price.recurring_interval, count: 1 };
  const interval = product ? product.recurring_interval : price.recurring_interval;
  if (!interval) return null;
  return { interval, count: (product && product.recurring_interval_count) || 1 };
}

interface Parts {
  kind: PriceKind;
  /** Wraps the amount in words ("From $8"); the amount alone when absent. */
  wrap?: (amount: string) => string;
  amount: string;
  spokenAmount: string;
  suffix: (FormattedText | null)[];
  details?: string[];
  was?: { amount: string; spoken: string } | null;
}

// Messages are functions of the amount; calling one with this mark shows which words go before
// the amount and which after, so styled layouts can emphasise the amount alone.
const AMOUNT_MARK = '\u0000';

/** `parts` joined by `separator`, the empty ones left out. */
function joinFilled(parts: readonly string[], separator: string): string {
  let text = '';
  for (const part of parts) if (part) text = text ? text + separator + part : part;
  return text;
}

function assemble({ kind, wrap, amount, spokenAmount, suffix, details = [], was = null }: Parts, messages: FormatMessages): FormattedPrice {
  let prefix = '';
  let after = '';
  if (wrap) {
    const [before = '', rest = ''] = wrap(AMOUNT_MARK).split(AMOUNT_MARK);
    prefix = before.trim();
    after = rest.trim();
  }
  const suffixLabels = [after];
  let suffixSpoken = '';
  for (const part of suffix) {
    if (part === null) continue;
    suffixLabels.push(part.label);
    suffixSpoken += ` ${part.spoken}`;
  }
  const suffixLabel = joinFilled(suffixLabels, ' ');
  const label = joinFilled([prefix, amount, suffixLabel], ' ');
  const spokenOf = (value: string) => (wrap ? wrap(value) : value) + suffixSpoken;
  let spokenNow = spokenOf(spokenAmount);
  for (const detail of details) spokenNow += `, ${detail}`;
  const spoken = was ? messages.priceDiscountedSpoken(spokenNow, spokenOf(was.spoken)) : spokenNow;
  return { kind, prefix, amount, suffix: suffixLabel, details, was: was?.amount ?? null, label, spoken };
}

function words(kind: PriceKind, text: string, suffix: (FormattedText | null)[] = [], details: string[] = []): Parts {
  return { kind, amount: text, spokenAmount: text, suffix, details };
}

/**
 * Formats a price of any shape as Polar's own UI does: "$19 / mo", "Free", "Pay what you want, from
 * $5", "From $8 / seat / mo", "$0.0125 / unit", "$5 / 1M tokens"; a neutral "See checkout for
 * pricing" for an unknown `amount_type`. `spoken` is the phrase for screen readers.
 */
export function formatPrice(price: ProductPrice, options: FormatPriceOptions = {}): FormattedPrice {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const messages = resolveFormatMessages(options.messages);
  const billing = billingInterval(price, options.product);
  const per = billing ? formatInterval(billing.interval, billing.count, { messages }) : null;
  const currency = typeof price.price_currency === 'string' ? price.price_currency : '';
  const money = (minor: number) => formatMoney(minor, currency, locale);
  const spokenMoney = (minor: number) => formatMoney(minor, currency, locale, { display: 'name' });

  // A discount turns an amount into was/now.
  const discounted = (minor: number) => {
    const now = options.discount ? discountedAmount(minor, options.discount, currency) : null;
    if (now === null || now === minor) return { amount: money(minor), spokenAmount: spokenMoney(minor), was: null };
    return { amount: money(now), spokenAmount: spokenMoney(now), was: { amount: money(minor), spoken: spokenMoney(minor) } };
  };

  const parts = ((): Parts => {
    // Narrowed by hand rather than with the contract's isKnownPrice: the formatters stay free of zod.
    const known = price as KnownProductPrice;
    switch (known.amount_type) {
      case 'free':
        return words('free', messages.priceFree);
      case 'fixed':
        if (known.price_amount === 0) return words('free', messages.priceFree);
        return { kind: 'fixed', ...discounted(known.price_amount), suffix: [per] };
      case 'custom': {
        const minimum = known.minimum_amount ?? 0;
        const details = known.preset_amount ? [messages.priceSuggested(money(known.preset_amount))] : [];
        if (minimum <= 0) return words('custom', messages.pricePayWhatYouWant, [per], details);
        const amount = { amount: money(minimum), spokenAmount: spokenMoney(minimum) };
        return { kind: 'custom', wrap: messages.pricePayWhatYouWantFrom, ...amount, suffix: [per], details };
      }
      case 'seat_based': {
        const tiers = known.seat_tiers?.tiers ?? [];
        if (tiers.length === 0) return words('unknown', messages.priceUnknown);
        const lowest = Math.min(...tiers.map((tier) => tier.price_per_seat));
        const perSeat = { label: messages.perSeat, spoken: messages.perSeatSpoken };
        const wrap = tiers.length > 1 ? messages.priceFrom : undefined;
        return { kind: 'seat_based', wrap, ...discounted(lowest), suffix: [perSeat, per] };
      }
      case 'metered_unit':
        return meteredParts(known, locale, messages);
      default:
        return words('unknown', messages.priceUnknown);
    }
  })();
  return assemble(parts, messages);
}

const TOKEN_SCALE = 1_000_000;

/** Metered prices are shown per display unit: per 1M tokens, per `custom_multiplier` custom units. */
function meteredParts(price: ProductPriceMeteredUnit, locale: string, messages: FormatMessages): Parts {
  const { meter } = price;
  const currency = price.price_currency;
  const cap = price.cap_amount ? [messages.priceCap(formatMoney(price.cap_amount, currency, locale))] : [];
  const details = [meter.name, ...cap];
  const unitAmount = parseDecimal(price.unit_amount);
  if (!unitAmount) return words('unknown', messages.priceUnknown, [], details);

  let scale = 1;
  let unit: FormattedText;
  if (meter.unit === 'token') {
    scale = TOKEN_SCALE;
    unit = {
      label: messages.tokenQuantity(numberFormat(locale, { notation: 'compact' })(scale)),
      spoken: messages.tokenQuantity(numberFormat(locale, { notation: 'compact', compactDisplay: 'long' })(scale)),
    };
  } else if (meter.unit === 'custom' && (meter.custom_multiplier ?? 1) > 1) {
    scale = meter.custom_multiplier ?? 1;
    const text = messages.customUnitQuantity(numberFormat(locale, {})(scale), meter.custom_label || messages.meterUnit(scale));
    unit = { label: text, spoken: text };
  } else {
    const name = (meter.unit === 'custom' && meter.custom_label) || messages.meterUnit(1);
    unit = { label: name, spoken: name };
  }
  const major = multiplyDecimal(shiftDecimal(unitAmount, -minorUnitDigits(currency)), scale);
  return {
    kind: 'metered_unit',
    amount: formatMajorAmount(major, currency, locale),
    spokenAmount: formatMajorAmount(major, currency, locale, { display: 'name' }),
    suffix: [
      { label: messages.perUnit(unit.label), spoken: messages.perUnitSpoken(unit.spoken) },
    ],
    details,
  };
}
