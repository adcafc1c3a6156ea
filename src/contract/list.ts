import * as z from 'zod/mini';
import { noNulCharacter, uuid4Checks } from './stringChecks';

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

/** Sort keys (`-` for descending). Request parameters are closed: Polar's server rejects any other value. */
const sortKeys = <const K extends string>(keys: readonly K[]) => keys.flatMap((key) => [key, `-${key}`] as const);

export const checkoutLinkSortProperties = sortKeys(['created_at', 'label', 'success_url', 'allow_discount_codes']);
export const productSortProperties = sortKeys(['created_at', 'name', 'price_amount_type', 'price_amount']);
export const discountSortProperties = sortKeys(['created_at', 'name', 'code', 'redemptions_count', 'ends_at']);

export type CheckoutLinkSortProperty = (typeof checkoutLinkSortProperties)[number];
export type ProductSortProperty = (typeof productSortProperties)[number];
export type DiscountSortProperty = (typeof discountSortProperties)[number];

export const productVisibilities = ['draft', 'private', 'public'] as const;

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
  visibility?: (typeof productVisibilities)[number][];
}

export interface DiscountListQuery extends PageQuery<DiscountSortProperty> {
  organization_id?: IdFilter;
  /** Search by name. */
  query?: string;
}

// Each id aborts at its first issue, so a bad id fails both branches and the filter gets the union's message.
const filterId = () => z.string().check(...uuid4Checks({ abort: true }));
const idFilter = z.optional(z.union([filterId(), z.array(filterId())], 'Every id must be a UUID v4.'));

const pageShape = <const S extends readonly string[]>(sortProperties: S) => ({
  page: z.optional(z.int().check(z.gte(1, 'Pages start at 1.'))),
  limit: z.optional(z.int().check(z.gte(1, 'The limit must be at least 1.'), z.lte(LIST_LIMIT_MAX, `The limit can be at most ${LIST_LIMIT_MAX}.`))),
  sorting: z.optional(z.array(z.enum(sortProperties, `Sort by one of: ${sortProperties.join(', ')}.`))),
});

export const checkoutLinkListQuerySchema: z.ZodMiniType<CheckoutLinkListQuery> = z.object({
  ...pageShape(checkoutLinkSortProperties),
  organization_id: idFilter,
  product_id: idFilter,
});

export const productListQuerySchema: z.ZodMiniType<ProductListQuery> = z.object({
  ...pageShape(productSortProperties),
  id: idFilter,
  organization_id: idFilter,
  query: z.optional(z.string().check(noNulCharacter({ abort: true }))),
  is_archived: z.optional(z.boolean()),
  is_recurring: z.optional(z.boolean()),
  benefit_id: idFilter,
  visibility: z.optional(z.array(z.enum(productVisibilities, 'Visibility must be draft, private or public.'))),
});

export const discountListQuerySchema: z.ZodMiniType<DiscountListQuery> = z.object({
  ...pageShape(discountSortProperties),
  organization_id: idFilter,
  query: z.optional(z.string().check(noNulCharacter({ abort: true }))),
});
