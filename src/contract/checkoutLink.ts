import * as z from 'zod/mini';
import { discountSchema, type Discount } from './discount';
import { productPriceSchema, type ProductPrice } from './price';
import { productSchema, type Product } from './product';
import {
  dateTimeSchema,
  metadataOutputSchema,
  openEnum,
  recurringIntervalSchema,
  type Metadata,
  type OpenEnum,
  type RecurringInterval,
} from './primitives';

/**
 * A checkout link as Polar returns it (both the 2025 seed's shape and 2026-10's).
 *
 * Like every response type here it has no index signature: keys Polar adds later are kept at
 * runtime (the schemas are loose) but not typed, because `@polar-sh/sdk`'s interfaces have no index
 * signature and must stay assignable to these types.
 */
export interface CheckoutLink {
  id: string;
  created_at: string;
  modified_at: string | null;
  metadata: Metadata;
  payment_processor: OpenEnum<'stripe'>;
  client_secret: string;
  /** The shareable URL that opens a checkout. */
  url: string;
  success_url: string | null;
  return_url?: string | null;
  label: string | null;
  allow_discount_codes: boolean;
  require_billing_address?: boolean;
  discount_id: string | null;
  discount: Discount | null;
  seats?: number | null;
  trial_interval?: RecurringInterval | null;
  trial_interval_count?: number | null;
  organization_id: string;
  /** The products, in the order buyers see them. */
  products: Product[];
  /** @deprecated 2025 only. */
  product_id?: string;
  /** @deprecated 2025 only. */
  product_price_id?: string;
  /** @deprecated 2025 only. */
  product?: Product;
  /** @deprecated 2025 only. */
  product_price?: ProductPrice;
}

export const checkoutLinkSchema: z.ZodMiniType<CheckoutLink> = z.looseObject({
  id: z.string(),
  created_at: dateTimeSchema,
  modified_at: z.nullable(dateTimeSchema),
  metadata: metadataOutputSchema,
  payment_processor: openEnum(['stripe']),
  client_secret: z.string(),
  url: z.string().check(z.minLength(1, 'A checkout link needs its URL.')),
  success_url: z.nullable(z.string()),
  return_url: z.optional(z.nullable(z.string())),
  label: z.nullable(z.string()),
  allow_discount_codes: z.boolean(),
  require_billing_address: z.optional(z.boolean()),
  discount_id: z.nullable(z.string()),
  discount: z.nullable(discountSchema),
  seats: z.optional(z.nullable(z.int())),
  trial_interval: z.optional(z.nullable(recurringIntervalSchema)),
  trial_interval_count: z.optional(z.nullable(z.int())),
  organization_id: z.string(),
  products: z.array(productSchema),
  product_id: z.optional(z.string()),
  product_price_id: z.optional(z.string()),
  product: z.optional(productSchema),
  product_price: z.optional(productPriceSchema),
});
