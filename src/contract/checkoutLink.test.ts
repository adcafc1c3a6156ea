// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectParsedUnchanged, responseFieldErrors } from '../../test/contractExpectations';
import {
  checkoutLink2026,
  checkoutLinkProduct2026,
  customPrice2026,
  exampleId,
  fixedPrice2026,
  freePrice2025,
  legacyFixedPrice2026,
  meteredPrice2026,
  seatBasedPrice2026,
} from '../../test/wireExamples';
import { checkoutLinkSchema } from './checkoutLink';

/** Values for the seed's "<string>" placeholders, by key; other keys get readable text. */
const placeholderValues: Record<string, () => string> = {
  id: exampleId,
  product_id: exampleId,
  product_price_id: exampleId,
  discount_id: exampleId,
  organization_id: exampleId,
  amount_type: () => 'fixed',
  type: () => 'recurring',
  price_currency: () => 'usd',
  currency: () => 'usd',
  service: () => 'product_media',
  client_secret: () => 'polar_cl_seedSecret',
  url: () => 'https://buy.polar.sh/polar_cl_seedSecret',
  success_url: () => 'https://example.com/thanks?checkout_id={CHECKOUT_ID}',
  public_url: () => 'https://polar-public-files.s3.amazonaws.com/product_media/cover.png',
};

/** The example response of the seed document (`POST /v1/checkout-links`, 201), placeholders filled in. */
function seedResponse(): Record<string, unknown> {
  const text = readFileSync(resolve(__dirname, '../../test/polar-api/seed-000_6f365e0ec27e400d.txt'), 'utf8');
  const start = text.indexOf('\n{\n') + 1;
  const end = text.indexOf('\n}\n', start) + 2;
  return JSON.parse(text.slice(start, end), (key, value: unknown) =>
    value === '<string>' ? (placeholderValues[key]?.() ?? `Example ${key.replaceAll('_', ' ')}`) : value,
  );
}

/** The 2026-10 link with the deprecated fields Polar still sends (taken from its first product). */
function withDeprecatedFields(link: ReturnType<typeof checkoutLink2026>) {
  const [product] = link.products;
  const [price] = product?.prices ?? [];
  return { ...link, product_id: product?.id, product_price_id: price?.id, product, product_price: price };
}

/** A 2026-10 link whose one product has `prices`. */
const linkWithPrices = (...prices: object[]) => ({ ...checkoutLink2026(), products: [{ ...checkoutLinkProduct2026(), prices }] });

const pathsOf = (data: unknown) => responseFieldErrors(checkoutLinkSchema, data);

describe('checkoutLinkSchema', () => {
  it("parses the seed document's example response, keeping every field", () => {
    expectParsedUnchanged(checkoutLinkSchema, seedResponse(), ['2025-04-10', 'CheckoutLink']);
  });

  it('parses a link shaped like the 2026-10 document, without the deprecated fields', () => {
    const link = checkoutLink2026();
    expectParsedUnchanged(checkoutLinkSchema, link, ['2026-10', 'CheckoutLink']);
    expect(link).not.toHaveProperty('product');
  });

  it('parses a 2026-10 link that still carries the deprecated fields', () => {
    const link = withDeprecatedFields(checkoutLink2026());
    const parsed = checkoutLinkSchema.parse(link);
    expect(parsed.product?.name).toBe('Pro plan');
    expect(parsed.product_price_id).toBe(link.products[0]?.prices[0]?.id);
  });

  it('keeps keys it does not know, at every level', () => {
    const link = linkWithPrices({ ...fixedPrice2026(), display_name: 'Monthly' });
    const parsed = checkoutLinkSchema.parse({ ...link, locale: 'fr', products: [{ ...link.products[0], badge: 'new' }] });
    expect(parsed).toMatchObject({ locale: 'fr', products: [{ badge: 'new', prices: [{ display_name: 'Monthly' }] }] });
  });

  it('accepts enum values Polar may add later and keeps them', () => {
    const product = {
      ...checkoutLinkProduct2026(),
      visibility: 'unlisted',
      recurring_interval: 'quarter',
      prices: [{ ...fixedPrice2026(), source: 'experiment', tax_behavior: 'hybrid' }],
    };
    const link = { ...checkoutLink2026(), payment_processor: 'adyen', trial_interval: 'fortnight', trial_interval_count: 1, products: [product] };
    expect(checkoutLinkSchema.parse(link)).toMatchObject({
      payment_processor: 'adyen',
      trial_interval: 'fortnight',
      products: [{ visibility: 'unlisted', recurring_interval: 'quarter', prices: [{ source: 'experiment', tax_behavior: 'hybrid' }] }],
    });
  });

  it('fails at `url` for a link without its URL', () => {
    const { url: _, ...link } = checkoutLink2026();
    expect(pathsOf(link)).toEqual({ url: ['Required field is missing.'] });
    expect(pathsOf({ ...link, url: '' })).toEqual({ url: ['A checkout link needs its URL.'] });
  });

  it.each([
    ['fixed', fixedPrice2026],
    ['custom', customPrice2026],
    ['seat_based', seatBasedPrice2026],
    ['metered_unit', meteredPrice2026],
  ])('fails at the price for a %s price without a currency', (_, makePrice) => {
    const { price_currency: _currency, ...withoutCurrency } = makePrice();
    expect(pathsOf(linkWithPrices(fixedPrice2026(), withoutCurrency))).toEqual({ 'products.0.prices.1.price_currency': ['Required field is missing.'] });
  });

  it('parses the 2025 free price, which has no currency', () => {
    expect(pathsOf(linkWithPrices(freePrice2025()))).toEqual({});
  });

  it('fails at the price for a legacy recurring price without its interval', () => {
    const { recurring_interval: _, ...legacyWithoutInterval } = legacyFixedPrice2026();
    expect(pathsOf(linkWithPrices(legacyWithoutInterval))).toEqual({ 'products.0.prices.0.recurring_interval': ['A legacy recurring price needs its interval.'] });
  });
});
