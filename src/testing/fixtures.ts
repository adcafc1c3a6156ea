import type {
  Benefit,
  BenefitType,
  CheckoutLink,
  Discount,
  DiscountFixed,
  DiscountPercentage,
  LegacyRecurringProductPrice,
  Product,
  ProductMedia,
  ProductPriceCustom,
  ProductPriceFixed,
  ProductPriceFree,
  ProductPriceMeter,
  ProductPriceMeteredUnit,
  ProductPriceSeatBased,
  ProductPriceSeatTier,
  RecurringInterval,
} from '../contract';
import { createIdGenerator } from './fixtureIds';

/*
 * Factories of wire-format data, valid against the contract schemas and Polar's 2026-10 OpenAPI
 * document (every required field, UUID v4 ids). The 2025-only shapes (`free` prices, integer metered
 * `unit_amount`) follow the 2025-04-10 document instead. Ids come from a seeded counter, so the same
 * sequence of calls always yields the same data; `resetFixtures()` restarts it.
 */

const ids = createIdGenerator(1);

// `Omit` of a type with an index signature drops its named keys; this keeps them.
type Without<T, K extends string> = { [P in keyof T as P extends K ? never : P]: T[P] };

/** The next fixture id (a UUID v4 from the seeded sequence). */
export function fixtureId(): string {
  return ids.next();
}

/** Restart the fixture id sequence, e.g. in `beforeEach`, so each test sees the same ids. */
export function resetFixtures(seed = 1): void {
  ids.reset(seed);
}

/** The organization every fixture belongs to. */
export const FIXTURE_ORGANIZATION_ID = '3f9d6a2e-5b1c-4e8f-9a7d-2c4b6e8f0a1d';
/** The creation time of every fixture. */
export const FIXTURE_CREATED_AT = '2025-01-15T12:00:00Z';

function timestamps() {
  return { created_at: FIXTURE_CREATED_AT, modified_at: null };
}

// Prices are created before their product; makeProduct() stamps its own id onto them.
const PENDING_PRODUCT_ID = '00000000-0000-4000-8000-000000000000';

function priceBase() {
  return {
    id: fixtureId(),
    ...timestamps(),
    source: 'catalog',
    tax_behavior: null,
    is_archived: false,
    product_id: PENDING_PRODUCT_ID,
  } as const;
}

// ---------------------------------------------------------------------------------------------
// Prices
// ---------------------------------------------------------------------------------------------

/** A fixed price, $19.00 by default. */
export function makeFixedPrice(overrides: Partial<ProductPriceFixed> = {}): ProductPriceFixed {
  return { ...priceBase(), amount_type: 'fixed', price_currency: 'usd', price_amount: 1900, ...overrides };
}

/** Pay what you want: a $5.00 minimum, no maximum and no preset by default. */
export function makeCustomPrice(overrides: Partial<ProductPriceCustom> = {}): ProductPriceCustom {
  return {
    ...priceBase(),
    amount_type: 'custom',
    price_currency: 'usd',
    minimum_amount: 500,
    maximum_amount: null,
    preset_amount: null,
    ...overrides,
  };
}

/**
 * The 2025 document's `free` price (no currency). It is not part of the 2026-10 document, where a
 * free product has a fixed price of 0.
 */
export function makeFreePrice(overrides: Partial<ProductPriceFree> = {}): ProductPriceFree {
  const { source: _source, tax_behavior: _taxBehavior, ...base } = priceBase();
  return { ...base, amount_type: 'free', type: 'one_time', recurring_interval: null, ...overrides };
}

/** Overrides of a seat-based price; `tiers` alone is enough, the seat bounds follow from them. */
export interface SeatBasedPriceOverrides extends Partial<Without<ProductPriceSeatBased, 'seat_tiers'>> {
  seat_tiers?: Partial<ProductPriceSeatBased['seat_tiers']>;
}

/** Volume seat tiers by default: 1–4 seats at $10.00, 5 and more at $8.00. */
export function makeSeatBasedPrice({ seat_tiers: tierOverrides, ...overrides }: SeatBasedPriceOverrides = {}): ProductPriceSeatBased {
  const tiers: ProductPriceSeatTier[] = tierOverrides?.tiers ?? [
    { min_seats: 1, max_seats: 4, price_per_seat: 1000 },
    { min_seats: 5, max_seats: null, price_per_seat: 800 },
  ];
  const bounded = tiers.every((tier) => tier.max_seats != null);
  return {
    ...priceBase(),
    amount_type: 'seat_based',
    price_currency: 'usd',
    seat_tiers: {
      seat_tier_type: 'volume',
      minimum_seats: Math.min(...tiers.map((tier) => tier.min_seats)),
      maximum_seats: bounded ? Math.max(...tiers.map((tier) => tier.max_seats ?? 0)) : null,
      ...tierOverrides,
      tiers,
    },
    ...overrides,
  };
}

/** Overrides of a metered price; `meter` may be partial. */
export interface MeteredPriceOverrides extends Partial<Without<ProductPriceMeteredUnit, 'meter'>> {
  meter?: Partial<ProductPriceMeter>;
}

/**
 * A metered unit price: 1.25 cents ($0.0125) per API call by default. `unit_amount` is a decimal
 * string (2026-10); pass a number to get the 2025 shape (integer cents, with `included_units`, `type`
 * and `recurring_interval`). Token meters: `meter: { unit: 'token' }`; custom units:
 * `meter: { unit: 'custom', custom_label: 'image', custom_multiplier: 1000 }`.
 */
export function makeMeteredPrice({ meter: meterOverrides, ...overrides }: MeteredPriceOverrides = {}): ProductPriceMeteredUnit {
  const meter: ProductPriceMeter = {
    id: fixtureId(),
    name: 'API calls',
    unit: 'scalar',
    custom_label: null,
    custom_multiplier: null,
    ...meterOverrides,
  };
  const legacyShape = typeof overrides.unit_amount === 'number' ? { type: 'recurring', recurring_interval: 'month', included_units: 0 } : {};
  return {
    ...priceBase(),
    amount_type: 'metered_unit',
    price_currency: 'usd',
    unit_amount: '1.25',
    cap_amount: null,
    meter_id: meter.id,
    meter,
    ...legacyShape,
    ...overrides,
  };
}

/** Overrides of a legacy recurring price: a fixed one by default, or `amount_type: 'custom'`. */
export type LegacyRecurringPriceOverrides =
  | Partial<ProductPriceFixed>
  | (Partial<ProductPriceCustom> & { amount_type: 'custom' });

/**
 * A legacy recurring price (`legacy: true`): its interval lives on the price, not on the product.
 * Monthly $19.00 by default; `{ recurring_interval: 'year', price_amount: 19000 }` for the yearly one.
 */
export function makeLegacyRecurringPrice(overrides: LegacyRecurringPriceOverrides = {}): LegacyRecurringProductPrice {
  const price = overrides.amount_type === 'custom' ? makeCustomPrice(overrides) : makeFixedPrice(overrides as Partial<ProductPriceFixed>);
  return { ...price, type: 'recurring', recurring_interval: overrides.recurring_interval ?? 'month', legacy: true };
}

// ---------------------------------------------------------------------------------------------
// Benefits
// ---------------------------------------------------------------------------------------------

function benefitDefaults(type: BenefitType): Pick<Benefit, 'description'> & { properties: Record<string, unknown> } {
  switch (type) {
    case 'custom':
      return { description: 'Priority email support', properties: { note: null } };
    case 'discord':
      return {
        description: 'Access to the members-only Discord',
        properties: { guild_id: '1234567890123456789', role_id: '2345678901234567890', kick_member: false, guild_token: 'fixture' },
      };
    case 'github_repository':
      return {
        description: 'Read access to the private GitHub repository',
        properties: { repository_owner: 'acme', repository_name: 'toolkit', permission: 'pull' },
      };
    case 'downloadables':
      return { description: 'Downloadable design files', properties: { archived: {}, files: [fixtureId()] } };
    case 'license_keys':
      return {
        description: 'A license key for one year',
        properties: { prefix: 'ACME', expires: { ttl: 1, timeframe: 'year' }, activations: null, limit_usage: null },
      };
    case 'meter_credit':
      return { description: '10,000 API credits each month', properties: { units: 10000, rollover: false, meter_id: fixtureId() } };
    case 'feature_flag':
      return { description: 'Early access to beta features', properties: {} };
    case 'slack_shared_channel':
      return {
        description: 'A shared Slack channel with the team',
        properties: { slack_integration_id: fixtureId(), channel_name_template: 'acme-{customer}' },
      };
    default:
      return { description: `A ${type} benefit`, properties: {} };
  }
}

/**
 * A benefit of `type` as `/v1/products` returns it (public visibility, type-specific properties).
 * Any string works as `type`, so a benefit type Polar adds later can be tried too.
 */
export function makeBenefit(type: BenefitType = 'custom', overrides: Partial<Benefit> = {}): Benefit {
  return {
    id: fixtureId(),
    ...timestamps(),
    type,
    selectable: true,
    deletable: true,
    is_deleted: false,
    organization_id: FIXTURE_ORGANIZATION_ID,
    metadata: {},
    visibility: 'public',
    visibility_configurable: true,
    ...benefitDefaults(type),
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// Medias
// ---------------------------------------------------------------------------------------------

/** A product image (PNG, served from an https URL by default). */
export function makeMedia(overrides: Partial<ProductMedia> = {}): ProductMedia {
  const id = fixtureId();
  const name = overrides.name ?? 'cover.png';
  return {
    id,
    organization_id: FIXTURE_ORGANIZATION_ID,
    name,
    path: `${FIXTURE_ORGANIZATION_ID}/${id}/${name}`,
    mime_type: 'image/png',
    size: 102400,
    size_readable: '100.0 KB',
    public_url: `https://files.example.com/product_media/${id}/${encodeURIComponent(name)}`,
    is_uploaded: true,
    service: 'product_media',
    created_at: FIXTURE_CREATED_AT,
    last_modified_at: FIXTURE_CREATED_AT,
    storage_version: null,
    checksum_etag: null,
    checksum_sha256_base64: null,
    checksum_sha256_hex: null,
    version: null,
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------------------------

/**
 * A product as `/v1/products` returns it: "Pro plan", monthly, one fixed $19.00 price by default.
 * Pass `recurring_interval: null` for a one-time product. Prices are re-owned by the product
 * (`product_id` set to its id), so prices made separately can be passed in `prices`.
 */
export function makeProduct(overrides: Partial<Product> = {}): Product {
  const id = overrides.id ?? fixtureId();
  const recurringInterval: RecurringInterval | null =
    overrides.recurring_interval !== undefined ? overrides.recurring_interval : 'month';
  const prices = (overrides.prices ?? [makeFixedPrice()]).map((price) => ({ ...price, product_id: id }));
  return {
    id,
    ...timestamps(),
    name: 'Pro plan',
    description: 'Everything a small team needs to ship.',
    visibility: 'public',
    recurring_interval: recurringInterval,
    recurring_interval_count: recurringInterval ? 1 : null,
    trial_interval: null,
    trial_interval_count: null,
    meter_interval: null,
    meter_interval_count: null,
    is_recurring: recurringInterval !== null || prices.some((price) => price.legacy === true),
    is_archived: false,
    organization_id: FIXTURE_ORGANIZATION_ID,
    metadata: {},
    benefits: [],
    medias: [],
    attached_custom_fields: [],
    ...overrides,
    prices,
  };
}

const PUBLIC_BENEFIT_KEYS = ['id', 'created_at', 'modified_at', 'type', 'description', 'selectable', 'deletable', 'is_deleted', 'organization_id'] as const;

/**
 * A product as a checkout link embeds it (`CheckoutLinkProduct`): public benefits only, each with
 * its public fields only, and no custom fields.
 */
export function toCheckoutLinkProduct(product: Product): Product {
  const { attached_custom_fields: _customFields, ...rest } = product;
  const benefits = product.benefits
    .filter((benefit) => benefit.visibility === undefined || benefit.visibility === 'public')
    .map((benefit) => Object.fromEntries(PUBLIC_BENEFIT_KEYS.map((key) => [key, benefit[key]])) as unknown as Benefit);
  return { ...rest, benefits };
}

// ---------------------------------------------------------------------------------------------
// Discounts
// ---------------------------------------------------------------------------------------------

/** Overrides of a discount: choose the shape with `type` (`fixed`, `percentage`) and `duration`. */
export type DiscountOverrides =
  | Partial<DiscountFixed>
  | (Partial<DiscountPercentage> & { type: 'percentage' });

/**
 * A discount of any of Polar's four shapes (fixed or percentage × once/forever or repeating).
 * Fixed: $10.00 off (`amounts`, plus the deprecated `amount`/`currency` taken from its first entry).
 * Percentage: 25 % off. Repeating: 3 months unless `duration_in_months` says otherwise.
 */
export function makeDiscount(overrides: DiscountOverrides = {}): Discount {
  const duration = overrides.duration ?? 'once';
  const base = {
    id: fixtureId(),
    ...timestamps(),
    name: 'Launch offer',
    code: 'LAUNCH',
    duration,
    ...(duration === 'repeating' ? { duration_in_months: 3 } : {}),
    starts_at: null,
    ends_at: null,
    max_redemptions: null,
    max_redemptions_per_customer: null,
    redemptions_count: 0,
    organization_id: FIXTURE_ORGANIZATION_ID,
    metadata: {},
    products: [],
  };
  if (overrides.type === 'percentage') return { ...base, basis_points: 2500, ...overrides };
  const fixed = overrides as Partial<DiscountFixed>;
  const amounts = fixed.amounts ?? (fixed.amount !== undefined ? { [fixed.currency ?? 'usd']: fixed.amount } : { usd: 1000 });
  const [currency, amount] = Object.entries(amounts)[0] ?? ['usd', 0];
  return { ...base, type: 'fixed', amounts, amount, currency, ...fixed };
}

// ---------------------------------------------------------------------------------------------
// Checkout links
// ---------------------------------------------------------------------------------------------

/**
 * A checkout link as Polar returns it (2026-10 shape). Products are embedded as a link embeds them
 * (see `toCheckoutLinkProduct`); a `discount` sets `discount_id` and loses its `products` list.
 */
export function makeCheckoutLink(overrides: Partial<CheckoutLink> = {}): CheckoutLink {
  const id = fixtureId();
  const clientSecret = `polar_cl_${id.replace(/-/g, '')}`;
  const { products = [makeProduct()], discount = null, ...rest } = overrides;
  const embeddedDiscount = discount && (({ products: _products, ...fields }) => fields)(discount);
  return {
    id,
    ...timestamps(),
    metadata: {},
    payment_processor: 'stripe',
    client_secret: clientSecret,
    url: `https://sandbox-api.polar.sh/v1/checkout-links/${clientSecret}/redirect`,
    success_url: null,
    return_url: null,
    label: null,
    allow_discount_codes: true,
    require_billing_address: false,
    discount_id: discount?.id ?? null,
    discount: (embeddedDiscount as Discount | null) ?? null,
    seats: null,
    trial_interval: null,
    trial_interval_count: null,
    organization_id: FIXTURE_ORGANIZATION_ID,
    products: products.map(toCheckoutLinkProduct),
    ...rest,
  };
}
