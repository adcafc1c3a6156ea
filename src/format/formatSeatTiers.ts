import type { ProductPriceSeatBased } from '../contract';
import { formatMoney } from './formatMoney';
import { DEFAULT_LOCALE, numberFormat } from './intl';
import { resolveFormatMessages } from './messages';
import type { FormatOptions, FormattedText } from './types';

/** One row of a seat-tier table. */
export interface FormattedSeatTier {
  /** "1–4", "5+" ("1 to 4 seats", "5 or more seats"). */
  seats: FormattedText;
  /** "$10 / seat" ("10 US dollars per seat"). */
  price: FormattedText;
}

/** The tiers of a seat-based price as table rows, in seat order. */
export function formatSeatTiers(price: ProductPriceSeatBased, options: FormatOptions = {}): FormattedSeatTier[] {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const messages = resolveFormatMessages(options.messages);
  const count = numberFormat(locale, {});
  return [...(price.seat_tiers?.tiers ?? [])]
    .sort((a, b) => a.min_seats - b.min_seats)
    .map((tier) => {
      const min = count(tier.min_seats);
      const max = tier.max_seats == null ? null : count(tier.max_seats);
      const amount = formatMoney(tier.price_per_seat, price.price_currency, locale);
      const spokenAmount = formatMoney(tier.price_per_seat, price.price_currency, locale, { display: 'name' });
      return {
        seats: {
          label: max === null ? messages.seatRangeOpen(min) : messages.seatRange(min, max),
          spoken: max === null ? messages.seatRangeOpenSpoken(min) : messages.seatRangeSpoken(min, max),
        },
        price: { label: `${amount} ${messages.perSeat}`, spoken: `${spokenAmount} ${messages.perSeatSpoken}` },
      };
    });
}
