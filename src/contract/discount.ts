import * as z from 'zod/mini';
import { variantsByKey } from './variants';
import { dateTimeSchema, metadataOutputSchema, openEnum, type Metadata, type OpenEnum } from './primitives';
import type { Product } from './product';

export type DiscountDuration = OpenEnum<'once' | 'forever' | 'repeating'>;

interface DiscountBase {
  id: string;
  created_at: string;
  modified_at: string | null;
  name: string;
  /** The code buyers type at checkout; `null` for discounts applied only through links. */
  code: string | null;
  duration: DiscountDuration;
  /** Set when `duration` is `repeating`. */
  duration_in_months?: number;
  starts_at: string | null;
  ends_at: string | null;
  max_redemptions: number | null;
  max_redemptions_per_customer?: number | null;
  redemptions_count: number;
  organization_id: string;
  metadata: Metadata;
  /** The products it applies to (empty: all products). Only on `/v1/discounts`, not inside a link. */
  products?: Pick<Product, 'id' | 'name' | 'is_recurring' | 'is_archived'>[];
}

export interface DiscountFixed extends DiscountBase {
  type: 'fixed';
  /** Amount off per currency (2026-10), in minor units. */
  amounts?: Record<string, number>;
  /** @deprecated Use `amounts`. */
  amount?: number;
  /** @deprecated Use `amounts`. */
  currency?: string;
}

export interface DiscountPercentage extends DiscountBase {
  type: 'percentage';
  /** 10000 is 100 %. */
  basis_points: number;
}

/** A discount whose `type` this library does not know yet. */
export interface DiscountUnknown extends DiscountBase {
  type: string & {};
}

/** Any of Polar's four discount shapes (fixed or percentage, once/forever or repeating). */
export type Discount = DiscountFixed | DiscountPercentage | DiscountUnknown;

const discountVariants = {
  fixed: z
    .looseObject({
      amounts: z.optional(z.record(z.string(), z.int(), 'Expected amounts by currency.')),
      amount: z.optional(z.int()),
      currency: z.optional(z.string()),
    })
    .check(
      z.refine((discount) => discount.amounts !== undefined || (discount.amount !== undefined && discount.currency !== undefined), {
        message: 'A fixed discount needs its amounts.',
        path: ['amounts'],
      }),
    ),
  percentage: z.looseObject({ basis_points: z.int() }),
};

export const discountSchema: z.ZodMiniType<Discount> = z
  .looseObject({
    id: z.string(),
    created_at: dateTimeSchema,
    modified_at: z.nullable(dateTimeSchema),
    name: z.string(),
    code: z.nullable(z.string()),
    type: openEnum(['fixed', 'percentage']),
    duration: openEnum(['once', 'forever', 'repeating']),
    duration_in_months: z.optional(z.int()),
    starts_at: z.nullable(dateTimeSchema),
    ends_at: z.nullable(dateTimeSchema),
    max_redemptions: z.nullable(z.int()),
    max_redemptions_per_customer: z.optional(z.nullable(z.int())),
    redemptions_count: z.int(),
    organization_id: z.string(),
    metadata: metadataOutputSchema,
    products: z.optional(
      z.array(z.looseObject({ id: z.string(), name: z.string(), is_recurring: z.boolean(), is_archived: z.boolean() })),
    ),
  })
  .check(
    variantsByKey('type', discountVariants),
    z.superRefine((discount, ctx) => {
      if (discount.duration === 'repeating' && discount.duration_in_months === undefined) {
        ctx.issues.push({
          code: 'custom',
          input: discount,
          path: ['duration_in_months'],
          message: 'A repeating discount needs its duration in months.',
        });
      }
    }),
  ) as unknown as z.ZodMiniType<Discount>;
