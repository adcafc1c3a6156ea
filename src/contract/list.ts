import * as z from 'zod/mini';
import { isUuid4, openEnum, type OpenEnum } from './primitives';

/** A page of a list endpoint. `max_page` is 0 for an empty list. */
export interface ListResource<T> {
  items: T[];
  pagination: { total_count: number; max_page: number };
}

export function listResourceSchema<T>(item: z.ZodMiniType<T>): z.ZodMiniType<ListResource<T>> {
  return z.looseObject({
    items: z.array(item),
    pagination: z.looseObject({ total_count: z.int(), max_page: z.int() }),
  }) as unknown as z.ZodMiniType<ListResource<T>>;
}

export const LIST_LIMIT_MAX = 100;

/** One id or several; several are sent as repeated query keys. */
export type IdFilter = string | string[];

interface PageQuery<Sort extends string> {
  /** 1-based. */
  page?: number;
  /** 1–100, Polar's default is 10. */
  limit?: number;
  /** e.g. `['-created_at']`. */
  sorting?: Sort[];
}

export type CheckoutLinkSortProperty = OpenEnum<
  'created_at' | '-created_at' | 'label' | '-label' | 'success_url' | '-success_url' | 'allow_discount_codes' | '-allow_discount_codes'
>;
export type ProductSortProperty = OpenEnum<
  'created_at' | '-created_at' | 'name' | '-name' | 'price_amount_type' | '-price_amount_type' | 'price_amount' | '-price_amount'
>;
export type DiscountSortProperty = OpenEnum<
  'created_at' | '-created_at' | 'name' | '-name' | 'code' | '-code' | 'redemptions_count' | '-redemptions_count' | 'ends_at' | '-ends_at'
>;

export interface CheckoutLinkListQuery extends PageQuery<CheckoutLinkSortProperty> {
  organization_id?: IdFilter;
  product_id?: IdFilter;
}

export interface ProductListQuery extends PageQuery<ProductSortProperty> {
  id?: IdFilter;
  organization_id?: IdFilter;
  /** Search by name. */
  query?: string;
  is_archived?: boolean;
  is_recurring?: boolean;
  benefit_id?: IdFilter;
  visibility?: OpenEnum<'draft' | 'private' | 'public'>[];
}

export interface DiscountListQuery extends PageQuery<DiscountSortProperty> {
  organization_id?: IdFilter;
  /** Search by name. */
  query?: string;
}

const idFilter = z.optional(
  z.union([z.string(), z.array(z.string())]).check(
    z.refine((value) => (Array.isArray(value) ? value : [value]).every(isUuid4), 'Every id must be a UUID v4.'),
  ),
);

const pageShape = {
  page: z.optional(z.int().check(z.gte(1, 'Pages start at 1.'))),
  limit: z.optional(z.int().check(z.gte(1, 'The limit must be at least 1.'), z.lte(LIST_LIMIT_MAX, `The limit can be at most ${LIST_LIMIT_MAX}.`))),
  sorting: z.optional(z.array(z.string())),
};

export const checkoutLinkListQuerySchema: z.ZodMiniType<CheckoutLinkListQuery> = z.object({
  ...pageShape,
  organization_id: idFilter,
  product_id: idFilter,
});

export const productListQuerySchema: z.ZodMiniType<ProductListQuery> = z.object({
  ...pageShape,
  id: idFilter,
  organization_id: idFilter,
  query: z.optional(z.string()),
  is_archived: z.optional(z.boolean()),
  is_recurring: z.optional(z.boolean()),
  benefit_id: idFilter,
  visibility: z.optional(z.array(openEnum(['draft', 'private', 'public']))),
});

export const discountListQuerySchema: z.ZodMiniType<DiscountListQuery> = z.object({
  ...pageShape,
  organization_id: idFilter,
  query: z.optional(z.string()),
});
