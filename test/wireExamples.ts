// Response data as Polar sends it, written out by hand from its two OpenAPI documents (each
// example names the component schema it follows; the contract tests check that the document
// accepts it). Functions return fresh objects so a test may change them.

export const ORGANIZATION_ID = '1dbfc517-0bbf-4301-9ba8-555ca42b9737';
export const PRODUCT_ID = '7d4c2f9a-3b1e-4c8d-9f2a-6e5b4d3c2b1a';
const CREATED = '2025-03-01T09:30:00Z';
const MODIFIED = '2025-03-02T10:00:00Z';

let sequence = 0;
/** A fresh UUID v4 per call, readable in failure output. */
export function exampleId(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

const timestamps = () => ({ created_at: CREATED, modified_at: MODIFIED });

// ---------------------------------------------------------------------------------------------
// Prices
// ---------------------------------------------------------------------------------------------

const priceBase2026 = () => ({
  ...timestamps(),
  id: exampleId(),
  source: 'catalog',
  tax_behavior: null,
  is_archived: false,
  product_id: PRODUCT_ID,
});

const meter = () => ({ id: exampleId(), name: 'API calls', unit: 'scalar', custom_label: null, custom_multiplier: null });

/** 2026-10 `ProductPriceFixed`. */
export const fixedPrice2026 = () => ({ ...priceBase2026(), amount_type: 'fixed', price_currency: 'usd', price_amount: 1900 });

/** 2026-10 `ProductPriceCustom` (pay what you want). */
export const customPrice2026 = () => ({
  ...priceBase2026(),
  amount_type: 'custom',
  price_currency: 'eur',
  minimum_amount: 500,
  maximum_amount: null,
  preset_amount: 1500,
});

/** 2026-10 `ProductPriceSeatBased`: graduated tiers. */
export const seatBasedPrice2026 = () => ({
  ...priceBase2026(),
  amount_type: 'seat_based',
  price_currency: 'usd',
  seat_tiers: {
    seat_tier_type: 'graduated',
    tiers: [
      { min_seats: 1, max_seats: 10, price_per_seat: 1200 },
      { min_seats: 11, max_seats: null, price_per_seat: 900 },
    ],
    minimum_seats: 1,
    maximum_seats: null,
  },
});

/** 2026-10 `ProductPriceMeteredUnit`: `unit_amount` is a decimal string. */
export const meteredPrice2026 = () => ({
  ...priceBase2026(),
  amount_type: 'metered_unit',
  price_currency: 'usd',
  unit_amount: '0.0125',
  cap_amount: 100000,
  meter_id: exampleId(),
  meter: meter(),
});

/** 2026-10 `LegacyRecurringProductPriceFixed`: the interval on the price, `legacy: true`. */
export const legacyFixedPrice2026 = () => ({
  ...fixedPrice2026(),
  type: 'recurring',
  recurring_interval: 'month',
  legacy: true,
});

/** 2026-10 `LegacyRecurringProductPriceCustom`. */
export const legacyCustomPrice2026 = () => ({
  ...customPrice2026(),
  type: 'recurring',
  recurring_interval: 'year',
  legacy: true,
});

const priceBase2025 = () => ({
  ...timestamps(),
  id: exampleId(),
  is_archived: false,
  product_id: PRODUCT_ID,
  type: 'one_time',
  recurring_interval: null,
});

/** 2025-04-10 `ProductPriceFixed`. */
export const fixedPrice2025 = () => ({ ...priceBase2025(), amount_type: 'fixed', price_currency: 'usd', price_amount: 2500 });

/** 2025-04-10 `ProductPriceCustom`. */
export const customPrice2025 = () => ({
  ...priceBase2025(),
  amount_type: 'custom',
  price_currency: 'usd',
  minimum_amount: null,
  maximum_amount: 10000,
  preset_amount: null,
});

/** 2025-04-10 `ProductPriceFree`: no currency at all. */
export const freePrice2025 = () => ({ ...priceBase2025(), amount_type: 'free' });

/** 2025-04-10 `ProductPriceMeteredUnit`: `unit_amount` is an integer. */
export const meteredPrice2025 = () => ({
  ...priceBase2025(),
  type: 'recurring',
  recurring_interval: 'month',
  amount_type: 'metered_unit',
  price_currency: 'usd',
  unit_amount: 2,
  included_units: 1000,
  cap_amount: null,
  meter_id: exampleId(),
  meter: { id: exampleId(), name: 'Emails sent' },
});

/** 2025-04-10 `LegacyRecurringProductPriceFree`. */
export const legacyFreePrice2025 = () => ({ ...freePrice2025(), type: 'recurring', recurring_interval: 'month', legacy: true });

// ---------------------------------------------------------------------------------------------
// Benefits and medias
// ---------------------------------------------------------------------------------------------

/** 2026-10 `BenefitPublic`, the shape a checkout link embeds. */
export const publicBenefit2026 = (type: string) => ({
  id: exampleId(),
  ...timestamps(),
  type,
  description: `A ${type.replaceAll('_', ' ')} benefit`,
  selectable: true,
  deletable: true,
  is_deleted: false,
  organization_id: ORGANIZATION_ID,
});

/** 2025-04-10 `BenefitBase` (no `is_deleted` yet). */
export const publicBenefit2025 = (type: string) => {
  const { is_deleted: _, ...benefit } = publicBenefit2026(type);
  return benefit;
};

/** 2026-10 `BenefitLicenseKeys`, as `/v1/products` returns benefits: with its properties. */
export const licenseKeysBenefit2026 = () => ({
  ...publicBenefit2026('license_keys'),
  metadata: { tier: 'pro' },
  visibility: 'public',
  visibility_configurable: true,
  properties: { prefix: 'POLAR', expires: null, activations: { limit: 3, enable_customer_admin: true }, limit_usage: null },
});

/** 2026-10 `ProductMediaFileRead`. */
export const media2026 = () => ({
  id: exampleId(),
  organization_id: ORGANIZATION_ID,
  name: 'cover.png',
  path: `${ORGANIZATION_ID}/product_media/cover.png`,
  mime_type: 'image/png',
  size: 48213,
  storage_version: null,
  checksum_etag: 'd41d8cd98f00b204e9800998ecf8427e',
  checksum_sha256_base64: null,
  checksum_sha256_hex: null,
  last_modified_at: MODIFIED,
  version: null,
  service: 'product_media',
  is_uploaded: true,
  created_at: CREATED,
  size_readable: '47.1 KB',
  public_url: 'https://polar-public-files.s3.amazonaws.com/product_media/cover.png',
});

// ---------------------------------------------------------------------------------------------
// Discounts
// ---------------------------------------------------------------------------------------------

const discountBase = () => ({
  ...timestamps(),
  id: exampleId(),
  metadata: {},
  name: 'Launch week',
  code: 'LAUNCH',
  starts_at: null,
  ends_at: '2025-12-31T23:59:59Z',
  max_redemptions: 100,
  redemptions_count: 7,
  organization_id: ORGANIZATION_ID,
});

/** 2025-04-10 `DiscountFixedOnceForeverDurationBase`: one amount in one currency. */
export const fixedOnceDiscount2025 = () => ({ ...discountBase(), duration: 'once', type: 'fixed', amount: 500, currency: 'usd' });

/** 2025-04-10 `DiscountPercentageRepeatDurationBase`. */
export const percentageRepeatingDiscount2025 = () => ({
  ...discountBase(),
  duration: 'repeating',
  duration_in_months: 3,
  type: 'percentage',
  basis_points: 2500,
});

/** 2026-10 `DiscountFixedOnceForeverDurationBase`: the `amounts` map and the deprecated pair. */
export const fixedForeverDiscount2026 = () => ({
  ...discountBase(),
  duration: 'forever',
  type: 'fixed',
  amount: 500,
  currency: 'usd',
  amounts: { usd: 500, eur: 450 },
  max_redemptions_per_customer: 1,
});

/** 2026-10 `DiscountFixedRepeatDurationBase`. */
export const fixedRepeatingDiscount2026 = () => ({ ...fixedForeverDiscount2026(), duration: 'repeating', duration_in_months: 6 });

/** 2026-10 `DiscountPercentageOnceForeverDurationBase`. */
export const percentageOnceDiscount2026 = () => ({
  ...discountBase(),
  duration: 'once',
  type: 'percentage',
  basis_points: 1000,
  max_redemptions_per_customer: null,
});

/** 2026-10 `DiscountPercentageRepeatDurationBase`. */
export const percentageRepeatingDiscount2026 = () => ({ ...percentageOnceDiscount2026(), duration: 'repeating', duration_in_months: 12 });

// ---------------------------------------------------------------------------------------------
// Products and checkout links
// ---------------------------------------------------------------------------------------------

/** 2026-10 `CheckoutLinkProduct`: a monthly subscription with current and legacy prices. */
export const checkoutLinkProduct2026 = () => ({
  metadata: { line: 'pro' },
  id: PRODUCT_ID,
  ...timestamps(),
  trial_interval: 'week',
  trial_interval_count: 2,
  name: 'Pro plan',
  description: 'Everything in **Pro**.',
  visibility: 'public',
  recurring_interval: 'month',
  recurring_interval_count: 1,
  meter_interval: null,
  meter_interval_count: null,
  is_recurring: true,
  is_archived: false,
  organization_id: ORGANIZATION_ID,
  prices: [fixedPrice2026(), customPrice2026(), seatBasedPrice2026(), meteredPrice2026(), legacyFixedPrice2026()],
  benefits: [publicBenefit2026('license_keys'), publicBenefit2026('discord')],
  medias: [media2026()],
});

/** 2026-10 `Product`, as `/v1/products` returns it: full benefits and custom fields. */
export const product2026 = () => ({
  ...checkoutLinkProduct2026(),
  benefits: [licenseKeysBenefit2026()],
  attached_custom_fields: [],
});

/** 2026-10 `CheckoutLink`: no deprecated fields (the document leaves them out). */
export const checkoutLink2026 = () => {
  const discount = fixedForeverDiscount2026();
  return {
    id: exampleId(),
    ...timestamps(),
    trial_interval: null,
    trial_interval_count: null,
    metadata: { campaign: 'spring', priority: 2, ratio: 0.5, internal: false },
    payment_processor: 'stripe',
    client_secret: 'polar_cl_8mDqE3yXfW2kLp9TnV4cR7sA',
    success_url: 'https://example.com/thanks?checkout_id={CHECKOUT_ID}',
    return_url: 'https://example.com/pricing',
    label: 'Spring campaign',
    allow_discount_codes: true,
    require_billing_address: false,
    discount_id: discount.id,
    seats: null,
    organization_id: ORGANIZATION_ID,
    products: [checkoutLinkProduct2026()],
    discount,
    url: 'https://buy.polar.sh/polar_cl_8mDqE3yXfW2kLp9TnV4cR7sA',
  };
};
