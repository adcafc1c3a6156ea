// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { polarDocumentErrors, type PolarVersion } from '../../test/polarDocuments';
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
import { describeIssue, fieldErrorsFromIssues } from './fieldErrors';
import { isKnownPrice, isLegacyPrice, productPriceSchema } from './price';

const documentErrors = { '2025-04-10': polarDocumentErrors('2025-04-10'), '2026-10': polarDocumentErrors('2026-10') };

const errorsOf = (price: unknown) => {
  const { error } = productPriceSchema.safeParse(price, { error: describeIssue });
  return error ? fieldErrorsFromIssues(error.issues).fieldErrors : {};
};

describe('productPriceSchema', () => {
  it.each<[string, PolarVersion, string, () => Record<string, unknown>]>([
    ['fixed', '2026-10', 'ProductPriceFixed', fixedPrice2026],
    ['custom (pay what you want)', '2026-10', 'ProductPriceCustom', customPrice2026],
    ['seat-based tiers', '2026-10', 'ProductPriceSeatBased', seatBasedPrice2026],
    ['metered unit with a decimal-string unit_amount', '2026-10', 'ProductPriceMeteredUnit', meteredPrice2026],
    ['legacy recurring fixed', '2026-10', 'LegacyRecurringProductPriceFixed', legacyFixedPrice2026],
    ['legacy recurring custom', '2026-10', 'LegacyRecurringProductPriceCustom', legacyCustomPrice2026],
    ['fixed', '2025-04-10', 'ProductPriceFixed', fixedPrice2025],
    ['custom', '2025-04-10', 'ProductPriceCustom', customPrice2025],
    ['free', '2025-04-10', 'ProductPriceFree', freePrice2025],
    ['metered unit with an integer unit_amount', '2025-04-10', 'ProductPriceMeteredUnit', meteredPrice2025],
    ['legacy recurring free', '2025-04-10', 'LegacyRecurringProductPriceFree', legacyFreePrice2025],
  ])('parses a %s price of the %s document unchanged', (_, version, documentSchema, makePrice) => {
    const price = makePrice();
    expect(documentErrors[version](documentSchema, price)).toEqual([]);
    const parsed = productPriceSchema.parse(price);
    expect(parsed).toEqual(price);
    expect(isKnownPrice(parsed)).toBe(true);
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
    expect(errorsOf({ ...meteredPrice2026(), unit_amount: '1,5' })).toEqual({ unit_amount: ['Not a decimal amount.'] });
  });

  it('fails at the tiers of a seat-based price without any', () => {
    const price = seatBasedPrice2026();
    expect(errorsOf({ ...price, seat_tiers: { ...price.seat_tiers, tiers: [] } })).toEqual({
      'seat_tiers.tiers': ['Seat-based prices need at least one tier.'],
    });
  });

  it('fails at the amount of a fixed price without one', () => {
    const { price_amount: _, ...price } = fixedPrice2026();
    expect(errorsOf(price)).toEqual({ price_amount: ['Required field is missing.'] });
  });
});
