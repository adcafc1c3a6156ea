// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { expectParsedUnchanged, responseFieldErrors, type PolarShape } from '../../test/contractExpectations';
import {
  customPrice2025,
  customPrice2026,
  fixedPrice2025,
  fixedPrice2026,
  freePrice2025,
  legacyCustomPrice2026,
  legacyFixedPrice2026,
  legacyFreePrice2025,
  meteredPrice2025,
  meteredPrice2026,
  seatBasedPrice2026,
} from '../../test/wireExamples';
import { isKnownPrice, isLegacyPrice, productPriceSchema } from './price';

describe('productPriceSchema', () => {
  it.each<[string, PolarShape, () => Record<string, unknown>]>([
    ['fixed', ['2026-10', 'ProductPriceFixed'], fixedPrice2026],
    ['custom (pay what you want)', ['2026-10', 'ProductPriceCustom'], customPrice2026],
    ['seat-based tiers', ['2026-10', 'ProductPriceSeatBased'], seatBasedPrice2026],
    ['metered unit with a decimal-string unit_amount', ['2026-10', 'ProductPriceMeteredUnit'], meteredPrice2026],
    ['legacy recurring fixed', ['2026-10', 'LegacyRecurringProductPriceFixed'], legacyFixedPrice2026],
    ['legacy recurring custom', ['2026-10', 'LegacyRecurringProductPriceCustom'], legacyCustomPrice2026],
    ['fixed', ['2025-04-10', 'ProductPriceFixed'], fixedPrice2025],
    ['custom', ['2025-04-10', 'ProductPriceCustom'], customPrice2025],
    ['free', ['2025-04-10', 'ProductPriceFree'], freePrice2025],
    ['metered unit with an integer unit_amount', ['2025-04-10', 'ProductPriceMeteredUnit'], meteredPrice2025],
    ['legacy recurring free', ['2025-04-10', 'LegacyRecurringProductPriceFree'], legacyFreePrice2025],
  ])('parses a %s price as %j', (_, shape, makePrice) => {
    const price = makePrice();
    expectParsedUnchanged(productPriceSchema, price, shape);
    expect(isKnownPrice(productPriceSchema.parse(price))).toBe(true);
  });

  it('tells legacy recurring prices apart by their `legacy` key', () => {
    expect(isLegacyPrice(productPriceSchema.parse(legacyFixedPrice2026()))).toBe(true);
    expect(isLegacyPrice(productPriceSchema.parse({ ...fixedPrice2025(), type: 'recurring', recurring_interval: 'month' }))).toBe(false);
  });

  it('keeps a price whose amount_type it does not know, for a neutral fallback', () => {
    const price = { ...fixedPrice2026(), amount_type: 'tiered_volume', tiers: [{ up_to: 10, unit_amount: 100 }] };
    const parsed = productPriceSchema.parse(price);
    expect(parsed).toEqual(price);
    expect(isKnownPrice(parsed)).toBe(false);
  });

  it('fails at unit_amount when it is not a decimal amount', () => {
    expect(responseFieldErrors(productPriceSchema, { ...meteredPrice2026(), unit_amount: '1,5' })).toEqual({
      unit_amount: ['Not a decimal amount.'],
    });
  });

  it('fails at the tiers of a seat-based price without any', () => {
    const price = seatBasedPrice2026();
    expect(responseFieldErrors(productPriceSchema, { ...price, seat_tiers: { ...price.seat_tiers, tiers: [] } })).toEqual({
      'seat_tiers.tiers': ['Seat-based prices need at least one tier.'],
    });
  });

  it('fails at the amount of a fixed price without one', () => {
    const { price_amount: _, ...price } = fixedPrice2026();
    expect(responseFieldErrors(productPriceSchema, price)).toEqual({ price_amount: ['Required field is missing.'] });
  });
});
