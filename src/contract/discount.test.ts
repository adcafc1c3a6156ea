// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { expectParsedUnchanged, responseFieldErrors, type PolarShape } from '../../test/contractExpectations';
import {
  checkoutLinkProduct2026,
  fixedForeverDiscount2026,
  fixedOnceDiscount2025,
  fixedRepeatingDiscount2026,
  percentageOnceDiscount2026,
  percentageRepeatingDiscount2025,
  percentageRepeatingDiscount2026,
} from '../../test/wireExamples';
import { discountSchema } from './discount';

describe('discountSchema', () => {
  it.each<[string, PolarShape, () => Record<string, unknown>]>([
    ['fixed, forever, with amounts and the deprecated amount/currency', ['2026-10', 'DiscountFixedOnceForeverDurationBase'], fixedForeverDiscount2026],
    ['fixed, repeating', ['2026-10', 'DiscountFixedRepeatDurationBase'], fixedRepeatingDiscount2026],
    ['percentage, once', ['2026-10', 'DiscountPercentageOnceForeverDurationBase'], percentageOnceDiscount2026],
    ['percentage, repeating', ['2026-10', 'DiscountPercentageRepeatDurationBase'], percentageRepeatingDiscount2026],
    ['fixed, once, with amount and currency only', ['2025-04-10', 'DiscountFixedOnceForeverDurationBase'], fixedOnceDiscount2025],
    ['percentage, repeating', ['2025-04-10', 'DiscountPercentageRepeatDurationBase'], percentageRepeatingDiscount2025],
  ])('parses a %s discount as %j', (_, shape, makeDiscount) => {
    expectParsedUnchanged(discountSchema, makeDiscount(), shape);
  });

  it('parses a discount as /v1/discounts returns it, with the products it applies to', () => {
    const { prices: _prices, benefits: _benefits, medias: _medias, ...product } = checkoutLinkProduct2026();
    expectParsedUnchanged(discountSchema, { ...fixedForeverDiscount2026(), products: [product] }, ['2026-10', 'Discount']);
  });

  it('keeps a discount of a type or duration it does not know', () => {
    const discount = { ...percentageOnceDiscount2026(), type: 'buy_x_get_y', duration: 'weekly', free_items: 1 };
    expect(discountSchema.parse(discount)).toEqual(discount);
  });

  it('fails at `amounts` for a fixed discount with no amount at all', () => {
    const { amounts: _amounts, amount: _amount, currency: _currency, ...discount } = fixedForeverDiscount2026();
    expect(responseFieldErrors(discountSchema, discount)).toEqual({ amounts: ['A fixed discount needs its amounts.'] });
  });

  it('fails at `basis_points` for a percentage discount without them', () => {
    const { basis_points: _, ...discount } = percentageOnceDiscount2026();
    expect(responseFieldErrors(discountSchema, discount)).toEqual({ basis_points: ['Required field is missing.'] });
  });

  it('fails at `duration_in_months` for a repeating discount without it', () => {
    const { duration_in_months: _, ...discount } = percentageRepeatingDiscount2026();
    expect(responseFieldErrors(discountSchema, discount)).toEqual({
      duration_in_months: ['A repeating discount needs its duration in months.'],
    });
  });
});
