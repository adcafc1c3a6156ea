import * as z from 'zod/mini';
import { variantsByKey } from './variants';
import { dateTimeSchema, openEnum, recurringIntervalSchema, type OpenEnum, type RecurringInterval } from './primitives';

const nullableInt = z.nullable(z.int());

const priceBaseShape = {
  id: z.string(),
  created_at: dateTimeSchema,
  modified_at: z.nullable(dateTimeSchema),
  amount_type: z.string(),
  is_archived: z.boolean(),
  product_id: z.string(),
  price_currency: z.optional(z.string()),
  source: z.optional(openEnum(['catalog', 'ad_hoc'])),
  tax_behavior: z.optional(z.nullable(openEnum(['location', 'inclusive', 'exclusive']))),
  /** 2025 and legacy prices: `one_time` or `recurring`. */
  type: z.optional(openEnum(['one_time', 'recurring'])),
  /** Legacy recurring prices carry their own interval (deprecated on other prices). */
  recurring_interval: z.optional(z.nullable(recurringIntervalSchema)),
  /** Present (and `true`) only on legacy recurring prices. */
  legacy: z.optional(z.literal(true, 'Expected true.')),
};

const currency = z.string().check(z.minLength(1, 'A price needs a currency.'));

const seatTierSchema = z.looseObject({
  min_seats: z.int(),
  max_seats: z.optional(nullableInt),
  price_per_seat: z.int(),
});

const meterSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  unit: z.optional(openEnum(['scalar', 'token', 'custom'])),
  custom_label: z.optional(z.nullable(z.string())),
  custom_multiplier: z.optional(nullableInt),
});

/** The fields each known `amount_type` requires; other `amount_type` values pass untouched. */
const priceVariants = {
  fixed: z.looseObject({ price_currency: currency, price_amount: z.int() }),
  custom: z.looseObject({
    price_currency: currency,
    minimum_amount: z.optional(nullableInt),
    maximum_amount: z.optional(nullableInt),
    preset_amount: z.optional(nullableInt),
  }),
  free: z.looseObject({}),
  seat_based: z.looseObject({
    price_currency: currency,
    seat_tiers: z.looseObject({
      seat_tier_type: z.optional(z.string()),
      tiers: z.array(seatTierSchema).check(z.minLength(1, 'Seat-based prices need at least one tier.')),
      minimum_seats: z.optional(z.int()),
      maximum_seats: z.optional(nullableInt),
    }),
  }),
  metered_unit: z.looseObject({
    price_currency: currency,
    // An integer in the 2025 document, a decimal string (e.g. "0.0125") since.
    unit_amount: z.union([z.number(), z.string().check(z.regex(/^[+-]?\d*\.?\d+$|^[+-]?\d+\.$/, 'Not a decimal amount.'))], 'Not a decimal amount.'),
    cap_amount: z.optional(nullableInt),
    included_units: z.optional(z.int()),
    meter_id: z.string(),
    meter: meterSchema,
  }),
};

/** A product price of any shape Polar has returned, legacy recurring prices included. */
export const productPriceSchema: z.ZodMiniType<ProductPrice> = z
  .looseObject(priceBaseShape)
  .check(
    variantsByKey('amount_type', priceVariants),
    z.superRefine((price, ctx) => {
      if (price.legacy && price.recurring_interval == null) {
        ctx.issues.push({
          code: 'custom',
          input: price,
          path: ['recurring_interval'],
          message: 'A legacy recurring price needs its interval.',
        });
      }
    }),
  ) as unknown as z.ZodMiniType<ProductPrice>;

interface PriceBase {
  id: string;
  created_at: string;
  modified_at: string | null;
  is_archived: boolean;
  product_id: string;
  source?: OpenEnum<'catalog' | 'ad_hoc'>;
  tax_behavior?: OpenEnum<'location' | 'inclusive' | 'exclusive'> | null;
  type?: OpenEnum<'one_time' | 'recurring'>;
  recurring_interval?: RecurringInterval | null;
  legacy?: true;
}

export interface ProductPriceFixed extends PriceBase {
  amount_type: 'fixed';
  price_currency: string;
  /** In the currency's minor unit. */
  price_amount: number;
}

/** Pay what you want. */
export interface ProductPriceCustom extends PriceBase {
  amount_type: 'custom';
  price_currency: string;
  minimum_amount?: number | null;
  maximum_amount?: number | null;
  preset_amount?: number | null;
}

/** The 2025 document's `free` price (no currency). */
export interface ProductPriceFree extends PriceBase {
  amount_type: 'free';
  price_currency?: string;
}

export interface ProductPriceSeatTier {
  min_seats: number;
  max_seats?: number | null;
  price_per_seat: number;
}

export interface ProductPriceSeatBased extends PriceBase {
  amount_type: 'seat_based';
  price_currency: string;
  seat_tiers: {
    seat_tier_type?: string;
    tiers: ProductPriceSeatTier[];
    minimum_seats?: number;
    maximum_seats?: number | null;
  };
}

export interface ProductPriceMeter {
  id: string;
  name: string;
  unit?: OpenEnum<'scalar' | 'token' | 'custom'>;
  custom_label?: string | null;
  custom_multiplier?: number | null;
}

export interface ProductPriceMeteredUnit extends PriceBase {
  amount_type: 'metered_unit';
  price_currency: string;
  /** Minor units per meter unit: an integer (2025) or a decimal string such as `"0.0125"` (now). */
  unit_amount: number | string;
  cap_amount?: number | null;
  included_units?: number;
  meter_id: string;
  meter: ProductPriceMeter;
}

/** A price whose `amount_type` this library does not know yet: render a neutral fallback. */
export interface ProductPriceUnknown extends PriceBase {
  amount_type: string & {};
  price_currency?: string;
}

export type KnownProductPrice =
  | ProductPriceFixed
  | ProductPriceCustom
  | ProductPriceFree
  | ProductPriceSeatBased
  | ProductPriceMeteredUnit;

export type ProductPrice = KnownProductPrice | ProductPriceUnknown;

/** A legacy recurring price: the interval lives on the price, not on the product. */
export type LegacyRecurringProductPrice = ProductPrice & { legacy: true; recurring_interval: RecurringInterval };

export const knownPriceTypes = Object.keys(priceVariants) as KnownProductPrice['amount_type'][];

export function isKnownPrice(price: ProductPrice): price is KnownProductPrice {
  return (knownPriceTypes as string[]).includes(price.amount_type);
}

export function isLegacyPrice(price: ProductPrice): price is LegacyRecurringProductPrice {
  return price.legacy === true;
}
