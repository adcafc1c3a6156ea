import { describe, expect, it } from 'vitest';
import type { ProductPrice } from '../contract';
import {
  makeCustomPrice,
  makeDiscount,
  makeFixedPrice,
  makeFreePrice,
  makeLegacyRecurringPrice,
  makeMeteredPrice,
  makeProduct,
  makeSeatBasedPrice,
} from '../testing/fixtures';
import { formatPrice } from './formatPrice';
import { formatSeatTiers } from './formatSeatTiers';

const plain = (text: string) => text.replace(/\s/g, ' ');
const monthly = makeProduct();
const oneTime = makeProduct({ recurring_interval: null });

describe('formatPrice', () => {
  it.each([
    ['en-US', 'usd', '$19 / mo', '19 US dollars per month'],
    ['en-US', 'eur', '€19 / mo', '19 euros per month'],
    ['en-US', 'jpy', '¥1,900 / mo', '1,900 Japanese yen per month'],
    ['de-DE', 'usd', '19 $ / mo', '19 US-Dollar per month'],
    ['de-DE', 'eur', '19 € / mo', '19 Euro per month'],
    ['de-DE', 'jpy', '1.900 ¥ / mo', '1.900 Japanische Yen per month'],
    ['ja-JP', 'usd', '$19 / mo', '19米ドル per month'],
    ['ja-JP', 'eur', '€19 / mo', '19ユーロ per month'],
    ['ja-JP', 'jpy', '￥1,900 / mo', '1,900円 per month'],
  ])('formats a fixed monthly price in %s %s', (locale, currency, label, spoken) => {
    const price = formatPrice(makeFixedPrice({ price_currency: currency, price_amount: 1900 }), { product: monthly, locale });
    expect(plain(price.label)).toBe(label);
    expect(plain(price.spoken)).toBe(spoken);
    expect(price.kind).toBe('fixed');
  });

  it('gives the amount and its suffix apart for styled layouts', () => {
    expect(formatPrice(makeFixedPrice(), { product: monthly })).toMatchObject({ prefix: '', amount: '$19', suffix: '/ mo' });
  });

  it('takes the interval and its count from the product', () => {
    const quarterly = makeProduct({ recurring_interval: 'month', recurring_interval_count: 3 });
    expect(formatPrice(makeFixedPrice(), { product: quarterly })).toMatchObject({ label: '$19 / 3 mo', spoken: '19 US dollars every 3 months' });
    expect(formatPrice(makeFixedPrice(), { product: makeProduct({ recurring_interval: 'year' }) }).label).toBe('$19 / yr');
    expect(formatPrice(makeFixedPrice(), { product: makeProduct({ recurring_interval: 'week' }) }).label).toBe('$19 / wk');
    expect(formatPrice(makeFixedPrice(), { product: makeProduct({ recurring_interval: 'day' }) }).label).toBe('$19 / day');
    expect(formatPrice(makeFixedPrice(), { product: oneTime }).label).toBe('$19');
  });

  it('takes the interval of a legacy recurring price from the price', () => {
    const legacyProduct = { recurring_interval: null };
    const yearly = makeLegacyRecurringPrice({ recurring_interval: 'year', price_amount: 19000 });
    expect(formatPrice(yearly, { product: legacyProduct })).toMatchObject({ label: '$190 / yr', spoken: '190 US dollars per year' });
    expect(formatPrice(makeLegacyRecurringPrice(), { product: legacyProduct }).label).toBe('$19 / mo');
  });

  it('says "Free" for a zero fixed price and for the 2025 free type', () => {
    expect(formatPrice(makeFixedPrice({ price_amount: 0 }), { product: monthly })).toMatchObject({ kind: 'free', label: 'Free', spoken: 'Free' });
    expect(formatPrice(makeFreePrice())).toMatchObject({ kind: 'free', label: 'Free' });
    expect(formatPrice(makeFreePrice(), { messages: { priceFree: 'Gratis' } }).label).toBe('Gratis');
  });

  it('formats pay what you want with its minimum above zero and its suggested amount', () => {
    const withMinimum = formatPrice(makeCustomPrice({ minimum_amount: 500, preset_amount: 1500 }), { product: oneTime });
    expect(withMinimum).toMatchObject({
      kind: 'custom',
      label: 'Pay what you want, from $5',
      prefix: 'Pay what you want, from',
      amount: '$5',
      details: ['Suggested: $15'],
    });
    expect(withMinimum.spoken).toBe('Pay what you want, from 5 US dollars, Suggested: $15');
    expect(formatPrice(makeCustomPrice({ minimum_amount: 0 }), { product: oneTime }).label).toBe('Pay what you want');
    expect(formatPrice(makeCustomPrice({ minimum_amount: null }), { product: monthly }).label).toBe('Pay what you want / mo');
    expect(plain(formatPrice(makeCustomPrice({ price_currency: 'eur' }), { product: oneTime, locale: 'de-DE' }).label)).toBe(
      'Pay what you want, from 5 €',
    );
  });

  it('formats seat tiers from their lowest price per seat', () => {
    const price = formatPrice(makeSeatBasedPrice(), { product: monthly });
    expect(price).toMatchObject({ kind: 'seat_based', label: 'From $8 / seat / mo', prefix: 'From', amount: '$8', suffix: '/ seat / mo' });
    expect(price.spoken).toBe('From 8 US dollars per seat per month');
    const single = makeSeatBasedPrice({ seat_tiers: { tiers: [{ min_seats: 1, max_seats: null, price_per_seat: 1200 }] } });
    expect(formatPrice(single, { product: oneTime }).label).toBe('$12 / seat');
    const yen = makeSeatBasedPrice({ price_currency: 'jpy', seat_tiers: { tiers: [{ min_seats: 1, price_per_seat: 1000 }, { min_seats: 5, price_per_seat: 800 }] } });
    expect(formatPrice(yen, { product: monthly, locale: 'ja-JP' }).label).toBe('From ￥800 / seat / mo');
  });

  it('lists seat tiers for a table', () => {
    expect(formatSeatTiers(makeSeatBasedPrice(), { locale: 'de-DE' }).map((row) => [row.seats.label, plain(row.price.label)])).toEqual([
      ['1–4', '10 $ / seat'],
      ['5+', '8 $ / seat'],
    ]);
    expect(formatSeatTiers(makeSeatBasedPrice())[1]?.seats.spoken).toBe('5 or more seats');
  });

  it('formats metered units with sub-cent precision and the meter name', () => {
    const price = formatPrice(makeMeteredPrice({ unit_amount: '1.25', meter: { name: 'API calls' } }), { product: monthly });
    expect(price).toMatchObject({ kind: 'metered_unit', label: '$0.0125 / unit', details: ['API calls'] });
    expect(price.spoken).toBe('0.0125 US dollars per unit, API calls');
    expect(plain(formatPrice(makeMeteredPrice({ unit_amount: '1.25', price_currency: 'eur' }), { locale: 'de-DE' }).label)).toBe('0,0125 € / unit');
    // The 2025 document's integer cents.
    expect(formatPrice(makeMeteredPrice({ unit_amount: 2 })).label).toBe('$0.02 / unit');
    expect(formatPrice(makeMeteredPrice({ unit_amount: '3', price_currency: 'jpy' }), { locale: 'ja-JP' }).label).toBe('￥3 / unit');
  });

  it('scales token meters to a million tokens and custom units by their multiplier', () => {
    const tokens = formatPrice(makeMeteredPrice({ unit_amount: '0.0002', meter: { unit: 'token', name: 'LLM tokens' } }));
    expect(tokens.label).toBe('$2 / 1M tokens');
    expect(tokens.spoken).toBe('2 US dollars per 1 million tokens, LLM tokens');
    expect(plain(formatPrice(makeMeteredPrice({ unit_amount: '0.0002', meter: { unit: 'token' } }), { locale: 'de-DE' }).label)).toBe(
      '2 $ / 1 Mio. tokens',
    );
    const images = makeMeteredPrice({ unit_amount: '0.5', meter: { unit: 'custom', custom_label: 'images', custom_multiplier: 1000 } });
    expect(formatPrice(images).label).toBe('$5 / 1,000 images');
    const perGb = makeMeteredPrice({ unit_amount: '0.25', meter: { unit: 'custom', custom_label: 'GB', custom_multiplier: 1 } });
    expect(formatPrice(perGb).label).toBe('$0.0025 / GB');
  });

  it('shows the cap of a metered price', () => {
    expect(formatPrice(makeMeteredPrice({ cap_amount: 10000 })).details).toEqual(['API calls', 'Capped at $100']);
  });

  it('shows a neutral text for an amount_type it does not know, without throwing', () => {
    const unknown = { ...makeFixedPrice(), amount_type: 'dynamic_auction' } as ProductPrice;
    expect(formatPrice(unknown, { product: monthly })).toMatchObject({ kind: 'unknown', label: 'See checkout for pricing' });
    const broken = { ...makeSeatBasedPrice(), seat_tiers: { tiers: [] } } as ProductPrice;
    expect(formatPrice(broken).label).toBe('See checkout for pricing');
    const badUnit = { ...makeMeteredPrice(), unit_amount: 'lots' } as ProductPrice;
    expect(formatPrice(badUnit).label).toBe('See checkout for pricing');
  });

  it('shows was/now for a discount on fixed and seat prices', () => {
    const quarter = makeDiscount({ type: 'percentage', basis_points: 2500 });
    const fixed = formatPrice(makeFixedPrice(), { product: monthly, discount: quarter });
    expect(fixed).toMatchObject({ label: '$14.25 / mo', amount: '$14.25', was: '$19' });
    expect(fixed.spoken).toBe('14.25 US dollars per month, reduced from 19 US dollars per month');
    const seats = formatPrice(makeSeatBasedPrice(), { product: monthly, discount: makeDiscount({ amounts: { usd: 300 } }) });
    expect(seats).toMatchObject({ label: 'From $5 / seat / mo', was: '$8' });
    expect(formatPrice(makeFixedPrice({ price_currency: 'eur' }), { discount: makeDiscount({ amounts: { usd: 300 } }) }).was).toBeNull();
  });

  it('uses the messages for every word', () => {
    const price = formatPrice(makeSeatBasedPrice(), {
      product: monthly,
      locale: 'de-DE',
      messages: {
        priceFrom: (amount) => `ab ${amount}`,
        perSeat: 'pro Platz',
        interval: () => 'monatlich',
      },
    });
    expect(plain(price.label)).toBe('ab 8 $ pro Platz monatlich');
  });
});
