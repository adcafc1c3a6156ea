import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { benefitTypes, checkoutLinkSchema, discountSchema, isUuid4, productSchema } from '../contract';
import {
  makeBenefit,
  makeCheckoutLink,
  makeCustomPrice,
  makeDiscount,
  makeFixedPrice,
  makeFreePrice,
  makeLegacyRecurringPrice,
  makeMedia,
  makeMeteredPrice,
  makeProduct,
  makeSeatBasedPrice,
  resetFixtures,
} from './fixtures';

// Polar's documents, vendored in test/polar-api.
function loadDocument(version: string): { components: { schemas: Record<string, unknown> } } {
  const text = readFileSync(resolve(__dirname, `../../test/polar-api/openapi-${version}.json`), 'utf8');
  // `oneOf` branches overlap in these documents (a legacy price is also a valid plain price), so a
  // strict oneOf rejects valid data; each item must still match at least one branch completely.
  return JSON.parse(text.replaceAll('"oneOf"', '"anyOf"'));
}

function validatorFor(version: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('uuid4', isUuid4);
  ajv.addKeyword('discriminator');
  ajv.addSchema({ $id: 'polar', components: loadDocument(version).components });
  return (schemaName: string, data: unknown) => {
    const validate = ajv.getSchema(`polar#/components/schemas/${schemaName}`);
    if (!validate) throw new Error(`No schema ${schemaName} in the ${version} document`);
    validate(data);
    return validate.errors ?? [];
  };
}

const errors2026 = validatorFor('2026-10');
const errors2025 = validatorFor('2025-04-10');

const currentPrices = () => [
  makeFixedPrice(),
  makeFixedPrice({ price_amount: 0 }),
  makeCustomPrice({ preset_amount: 2000 }),
  makeSeatBasedPrice(),
  makeMeteredPrice(),
  makeMeteredPrice({ unit_amount: '0.0005', meter: { name: 'LLM tokens', unit: 'token' } }),
  makeMeteredPrice({ meter: { name: 'Renders', unit: 'custom', custom_label: 'image', custom_multiplier: 1000 } }),
  makeLegacyRecurringPrice(),
  makeLegacyRecurringPrice({ recurring_interval: 'year', price_amount: 19000 }),
  makeLegacyRecurringPrice({ amount_type: 'custom' }),
];

describe('fixtures', () => {
  it('make products with every current price shape that both the contract and the 2026-10 document accept', () => {
    for (const price of currentPrices()) {
      const product = makeProduct({ prices: [price] });
      expect(productSchema.safeParse(product).error).toBeUndefined();
      expect(errors2026('Product', product)).toEqual([]);
    }
  });

  it('make the 2025-only shapes (free price, integer metered unit_amount) that the 2025 document accepts', () => {
    for (const price of [makeFreePrice(), makeMeteredPrice({ unit_amount: 2 })]) {
      const product = makeProduct({ prices: [price] });
      expect(productSchema.safeParse(product).error).toBeUndefined();
      expect(errors2025('ProductPrice', product.prices[0])).toEqual([]);
    }
  });

  it('make a benefit of every type that the 2026-10 document accepts', () => {
    const product = makeProduct({ benefits: benefitTypes.map((type) => makeBenefit(type)) });
    expect(productSchema.safeParse(product).error).toBeUndefined();
    expect(errors2026('Product', product)).toEqual([]);
    for (const benefit of product.benefits) expect(errors2026('Benefit', benefit)).toEqual([]);
  });

  it('make medias that the 2026-10 document accepts', () => {
    const product = makeProduct({ medias: [makeMedia(), makeMedia({ name: 'photo.jpg', mime_type: 'image/jpeg' })] });
    expect(errors2026('Product', product)).toEqual([]);
    expect(product.medias[1]?.public_url).toMatch(/^https:\/\/.+photo\.jpg$/);
  });

  it('make the four discount shapes, with amounts and the deprecated amount/currency on fixed ones', () => {
    const discounts = [
      makeDiscount(),
      makeDiscount({ duration: 'repeating', amounts: { eur: 900, usd: 1000 } }),
      makeDiscount({ type: 'percentage', duration: 'forever' }),
      makeDiscount({ type: 'percentage', duration: 'repeating', duration_in_months: 6 }),
    ];
    for (const discount of discounts) {
      expect(discountSchema.safeParse(discount).error).toBeUndefined();
      expect(errors2026('Discount', discount)).toEqual([]);
    }
    expect(discounts[1]).toMatchObject({ amount: 900, currency: 'eur', duration_in_months: 3 });
    expect(discounts[3]).toMatchObject({ basis_points: 2500, duration_in_months: 6 });
  });

  it('make checkout links that embed products with public benefits only', () => {
    const product = makeProduct({
      benefits: [makeBenefit('license_keys'), makeBenefit('custom', { visibility: 'private' })],
    });
    const link = makeCheckoutLink({ products: [product], discount: makeDiscount({ type: 'percentage', duration: 'repeating' }) });
    expect(checkoutLinkSchema.safeParse(link).error).toBeUndefined();
    expect(errors2026('CheckoutLink', link)).toEqual([]);
    expect(link.products[0]?.benefits.map((benefit) => benefit.type)).toEqual(['license_keys']);
    expect(link.products[0]?.benefits[0]).not.toHaveProperty('properties');
    expect(link.discount_id).toBe(link.discount?.id);
  });

  it('re-own prices made separately and derive is_recurring from the interval', () => {
    const product = makeProduct({ recurring_interval: null, prices: [makeFixedPrice()] });
    expect(product.prices[0]?.product_id).toBe(product.id);
    expect(product).toMatchObject({ is_recurring: false, recurring_interval_count: null });
  });

  it('give the same ids for the same sequence of calls, all distinct UUID v4', () => {
    resetFixtures();
    const first = [makeProduct(), makeBenefit('discord'), makeMedia()].map((item) => item.id);
    resetFixtures();
    const second = [makeProduct(), makeBenefit('discord'), makeMedia()].map((item) => item.id);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(3);
    expect(first.every(isUuid4)).toBe(true);
    resetFixtures(2);
    expect(makeProduct().id).not.toBe(first[0]);
  });
});
