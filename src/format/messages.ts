import type { RecurringInterval } from '../contract';

/**
 * The words the formatters use, English by default. Messages with a value are functions that get
 * it already formatted for the locale (amounts, seat counts) or as a plain number (small counts of
 * months or intervals), so each language can place and inflect it as it needs. `…Spoken` variants
 * are read by screen readers instead of the short visual form.
 */
export interface FormatMessages {
  /** A zero fixed price, or the 2025 `free` price type. */
  priceFree: string;
  /** Pay what you want without a minimum. */
  pricePayWhatYouWant: string;
  /** Pay what you want with a minimum above zero. */
  pricePayWhatYouWantFrom: (minimum: string) => string;
  /** The suggested (preset) amount of a pay-what-you-want price. */
  priceSuggested: (amount: string) => string;
  /** The lowest price of several seat tiers. */
  priceFrom: (amount: string) => string;
  /** A price type this library does not know yet. */
  priceUnknown: string;
  /** The cap of a metered price. */
  priceCap: (amount: string) => string;
  /** A discounted price for screen readers, from two whole spoken prices. */
  priceDiscountedSpoken: (now: string, was: string) => string;
  /** After a per-seat amount. */
  perSeat: string;
  perSeatSpoken: string;
  /** After a metered amount; `unit` is e.g. "unit", "1M tokens", "1,000 images". */
  perUnit: (unit: string) => string;
  perUnitSpoken: (unit: string) => string;
  /** The unit of a plain meter (and of a custom one without a label). */
  meterUnit: (count: number) => string;
  /** A quantity of tokens (token meters are priced per million); `count` is formatted ("1M", "1 million"). */
  tokenQuantity: (count: string) => string;
  /** A quantity of a custom meter unit (priced per `custom_multiplier` units). */
  customUnitQuantity: (count: string, unit: string) => string;
  /** A billing interval after an amount: "/ mo", "/ 3 mo". Unknown intervals come by their name. */
  interval: (interval: RecurringInterval, count: number) => string;
  /** The same for screen readers: "per month", "every 3 months". */
  intervalSpoken: (interval: RecurringInterval, count: number) => string;
  /** What a discount takes off, for screen readers: `amount` is "25%" or "10 US dollars". */
  discountOffSpoken: (amount: string) => string;
  /** How long a repeating discount lasts. */
  discountRepeating: (months: number) => string;
  /** A discount on the first payment of a subscription only. */
  discountOnce: string;
  /** Seat tier ranges; the numbers come formatted. */
  seatRange: (min: string, max: string) => string;
  seatRangeOpen: (min: string) => string;
  seatRangeSpoken: (min: string, max: string) => string;
  seatRangeOpenSpoken: (min: string) => string;
  /** Benefit labels by type, and for types this library does not know yet. */
  benefitCustom: string;
  benefitDiscord: string;
  benefitGithubRepository: string;
  benefitDownloadables: string;
  benefitLicenseKeys: string;
  benefitMeterCredit: string;
  benefitFeatureFlag: string;
  benefitSlackSharedChannel: string;
  benefitOther: string;
}

const shortIntervals: Record<string, string> = { day: 'day', week: 'wk', month: 'mo', year: 'yr' };
const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

export const defaultFormatMessages: FormatMessages = {
  priceFree: 'Free',
  pricePayWhatYouWant: 'Pay what you want',
  pricePayWhatYouWantFrom: (minimum) => `Pay what you want, from ${minimum}`,
  priceSuggested: (amount) => `Suggested: ${amount}`,
  priceFrom: (amount) => `From ${amount}`,
  priceUnknown: 'See checkout for pricing',
  priceCap: (amount) => `Capped at ${amount}`,
  priceDiscountedSpoken: (now, was) => `${now}, reduced from ${was}`,
  perSeat: '/ seat',
  perSeatSpoken: 'per seat',
  perUnit: (unit) => `/ ${unit}`,
  perUnitSpoken: (unit) => `per ${unit}`,
  meterUnit: (count) => plural(count, 'unit', 'units'),
  tokenQuantity: (count) => `${count} tokens`,
  customUnitQuantity: (count, unit) => `${count} ${unit}`,
  interval: (interval, count) => {
    const unit = shortIntervals[interval] ?? interval;
    return count === 1 ? `/ ${unit}` : `/ ${count} ${interval === 'day' ? 'days' : unit}`;
  },
  intervalSpoken: (interval, count) => (count === 1 ? `per ${interval}` : `every ${count} ${interval}s`),
  discountOffSpoken: (amount) => `${amount} off`,
  discountRepeating: (months) => `for ${months} ${plural(months, 'month', 'months')}`,
  discountOnce: 'first payment',
  seatRange: (min, max) => `${min}–${max}`,
  seatRangeOpen: (min) => `${min}+`,
  seatRangeSpoken: (min, max) => `${min} to ${max} seats`,
  seatRangeOpenSpoken: (min) => `${min} or more seats`,
  benefitCustom: 'Custom benefit',
  benefitDiscord: 'Discord access',
  benefitGithubRepository: 'GitHub repository access',
  benefitDownloadables: 'File downloads',
  benefitLicenseKeys: 'License key',
  benefitMeterCredit: 'Usage credits',
  benefitFeatureFlag: 'Feature access',
  benefitSlackSharedChannel: 'Shared Slack channel',
  benefitOther: 'Benefit',
};

// Each formatter call resolves its messages; a card formats a dozen texts with the same set.
const resolvedMessages = new WeakMap<Partial<FormatMessages>, FormatMessages>();

/** The messages to use: the defaults with the given ones on top. */
export function resolveFormatMessages(messages: Partial<FormatMessages> | undefined): FormatMessages {
  if (!messages) return defaultFormatMessages;
  let resolved = resolvedMessages.get(messages);
  if (!resolved) resolvedMessages.set(messages, (resolved = { ...defaultFormatMessages, ...messages }));
  return resolved;
}
