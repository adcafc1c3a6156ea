import { describe, expect, it } from 'vitest';
import { makeDiscount } from '../testing/fixtures';
import { discountAppliesTo, discountedAmount, formatDiscount } from './formatDiscount';

const plain = (text: string | undefined) => text?.replace(/\s/g, ' ');

describe('formatDiscount', () => {
  it('shows a repeating percentage discount as "-25%" for 3 months', () => {
    const discount = makeDiscount({ type: 'percentage', duration: 'repeating', duration_in_months: 3 });
    expect(formatDiscount(discount, { currency: 'usd' })).toEqual({
      badge: '-25%',
      duration: 'for 3 months',
      label: '-25% for 3 months',
      spoken: '25% off for 3 months',
    });
    expect(formatDiscount({ ...discount, duration_in_months: 1 }, { currency: 'usd' })?.duration).toBe('for 1 month');
  });

  it('shows a fixed discount in the price currency, from amounts or the deprecated amount', () => {
    const discount = makeDiscount({ amounts: { usd: 1000, eur: 900, jpy: 1500 } });
    expect(formatDiscount(discount, { currency: 'usd' })?.badge).toBe('-$10');
    expect(plain(formatDiscount(discount, { currency: 'eur', locale: 'de-DE' })?.badge)).toBe('-9 €');
    expect(formatDiscount(discount, { currency: 'jpy', locale: 'ja-JP' })?.badge).toBe('-￥1,500');
    expect(formatDiscount(discount, { currency: 'usd' })?.spoken).toBe('10 US dollars off');
    const deprecated = { ...makeDiscount(), amounts: undefined, amount: 500, currency: 'usd' };
    expect(formatDiscount(deprecated, { currency: 'usd' })?.badge).toBe('-$5');
  });

  it('returns null when a fixed discount has no amount in that currency, or the type is unknown', () => {
    expect(formatDiscount(makeDiscount({ amounts: { usd: 1000 } }), { currency: 'eur' })).toBeNull();
    expect(formatDiscount({ ...makeDiscount(), type: 'bogo' }, { currency: 'usd' })).toBeNull();
  });

  it('says "first payment" for a once discount on a subscription only', () => {
    const discount = makeDiscount({ type: 'percentage', duration: 'once', basis_points: 1250 });
    expect(formatDiscount(discount, { currency: 'usd', recurring: true })?.label).toBe('-12.5% first payment');
    expect(formatDiscount(discount, { currency: 'usd' })?.duration).toBeNull();
    expect(plain(formatDiscount(discount, { currency: 'usd', locale: 'de-DE' })?.badge)).toBe('-12,5 %');
  });

  it('computes the discounted amount, never below zero', () => {
    expect(discountedAmount(1900, makeDiscount({ type: 'percentage', basis_points: 2500 }), 'usd')).toBe(1425);
    expect(discountedAmount(1900, makeDiscount({ amounts: { usd: 1000 } }), 'usd')).toBe(900);
    expect(discountedAmount(500, makeDiscount({ amounts: { usd: 1000 } }), 'usd')).toBe(0);
    expect(discountedAmount(500, makeDiscount({ amounts: { usd: 1000 } }), 'eur')).toBeNull();
  });

  it('applies to every product when it lists none, else to the listed ones', () => {
    const everywhere = makeDiscount();
    expect(discountAppliesTo(everywhere, 'any')).toBe(true);
    const limited = { ...everywhere, products: [{ id: 'p1', name: 'A', is_recurring: true, is_archived: false }] };
    expect(discountAppliesTo(limited, 'p1')).toBe(true);
    expect(discountAppliesTo(limited, 'p2')).toBe(false);
  });
});
