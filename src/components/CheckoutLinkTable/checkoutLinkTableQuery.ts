import type { CheckoutLinkListQuery, CheckoutLinkSortProperty } from '../../contract';

/** The columns Polar can sort checkout links by. */
export type SortableColumn = 'created_at' | 'label' | 'success_url' | 'allow_discount_codes';

/** The page sizes offered, up to Polar's limit of 100. */
export const PAGE_SIZES = [10, 20, 50, 100] as const;

/** What the table asks for when the host gives no query: newest first, ten a page. */
export const DEFAULT_LINK_TABLE_QUERY: CheckoutLinkListQuery = { page: 1, limit: 10, sorting: ['-created_at'] };

/** The order the list is in; Polar's default is `created_at`, oldest first. */
export function currentSorting(query: CheckoutLinkListQuery): CheckoutLinkSortProperty {
  return query.sorting?.[0] ?? 'created_at';
}

/** How the list is sorted by `column`, as `aria-sort` says it. */
export function sortDirection(query: CheckoutLinkListQuery, column: SortableColumn): 'ascending' | 'descending' | 'none' {
  const first = currentSorting(query);
  if (first === column) return 'ascending';
  if (first === `-${column}`) return 'descending';
  return 'none';
}

/** The next sort for a click on `column`: ascending first, then the other way round. Back to page 1. */
export function sortedBy(query: CheckoutLinkListQuery, column: SortableColumn): CheckoutLinkListQuery {
  const next: CheckoutLinkSortProperty = sortDirection(query, column) === 'ascending' ? `-${column}` : column;
  return { ...query, page: 1, sorting: [next] };
}

/** The product ids the list is filtered by (one id or several, as Polar's `product_id`). */
export function filteredProductIds(query: CheckoutLinkListQuery): string[] {
  const { product_id: ids } = query;
  return ids === undefined ? [] : Array.isArray(ids) ? ids : [ids];
}

/** The query filtered by `ids` (none: no filter). Back to page 1. */
export function filteredBy(query: CheckoutLinkListQuery, ids: readonly string[]): CheckoutLinkListQuery {
  const { product_id: _previous, ...rest } = query;
  return ids.length === 0 ? { ...rest, page: 1 } : { ...rest, page: 1, product_id: [...ids] };
}
