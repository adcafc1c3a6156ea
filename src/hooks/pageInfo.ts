import type { ListResource } from '../contract';
import type { QueryHookResult } from './useQueryObserver';

/** Where a paged list stands: the one pagination shape of every list hook. */
export interface PageInfo {
  /** The current page, 1-based. */
  page: number;
  /** Polar's `max_page`: the last page, 0 when the list is empty. */
  pageCount: number;
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** What every list hook returns: the query's result, the page's items and where the list stands. */
export interface ListHookResult<T> extends QueryHookResult<ListResource<T>> {
  /** The current page's items; while another page or search loads, the previous answer's stay (`isPlaceholderData`). */
  items: T[];
  pagination: PageInfo;
}

/** Pages stop at `max_page`; before the first answer there is no next page. */
export function pageInfo(page: number, list: ListResource<unknown> | undefined): PageInfo {
  const pageCount = list?.pagination.max_page ?? 0;
  return {
    page,
    pageCount,
    totalCount: list?.pagination.total_count ?? 0,
    hasNextPage: page < pageCount,
    hasPreviousPage: page > 1,
  };
}
