import * as z from 'zod/mini';
import { benefitSchema, type Benefit } from './benefit';
import { productMediaSchema, type ProductMedia } from './media';
import { productPriceSchema, type ProductPrice } from './price';
import {
  dateTimeSchema,
  metadataOutputSchema,
  openEnum,
  recurringIntervalSchema,
  type Metadata,
  type OpenEnum,
  type RecurringInterval,
} from './primitives';

export type ProductVisibility = OpenEnum<'draft' | 'private' | 'public'>;

/**
 * A product as `/v1/products` returns it, or as a checkout link embeds it (`CheckoutLinkProduct`,
 * with public benefits only). Fields added by 2026-10 are optional so 2025 data parses too.
 */
export interface Product {
  id: string;
  created_at: string;
  modified_at: string | null;
  name: string;
  description: string | null;
  is_recurring: boolean;
  is_archived: boolean;
  organization_id: string;
  /** The billing interval of a subscription product; `null` for one-time products. */
  recurring_interval: RecurringInterval | null;
  /** Bill every N intervals (2026-10); 1 when absent. */
  recurring_interval_count?: number | null;
  trial_interval?: RecurringInterval | null;
  trial_interval_count?: number | null;
  meter_interval?: RecurringInterval | null;
  meter_interval_count?: number | null;
  visibility?: ProductVisibility;
  metadata?: Metadata;
  prices: ProductPrice[];
  benefits: Benefit[];
  medias: ProductMedia[];
  attached_custom_fields?: unknown[];
}

const nullableInterval = z.optional(z.nullable(recurringIntervalSchema));
const nullableCount = z.optional(z.nullable(z.int()));

export const productSchema: z.ZodMiniType<Product> = z.looseObject({
  id: z.string(),
  created_at: dateTimeSchema,
  modified_at: z.nullable(dateTimeSchema),
  name: z.string(),
  description: z.nullable(z.string()),
  is_recurring: z.boolean(),
  is_archived: z.boolean(),
  organization_id: z.string(),
  recurring_interval: z.nullable(recurringIntervalSchema),
  recurring_interval_count: nullableCount,
  trial_interval: nullableInterval,
  trial_interval_count: nullableCount,
  meter_interval: nullableInterval,
  meter_interval_count: nullableCount,
  visibility: z.optional(openEnum(['draft', 'private', 'public'])),
  metadata: z.optional(metadataOutputSchema),
  prices: z.array(productPriceSchema),
  benefits: z.array(benefitSchema),
  medias: z.array(productMediaSchema),
  attached_custom_fields: z.optional(z.array(z.unknown())),
});
