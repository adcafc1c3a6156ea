import type { ListResource } from '../contract';

/** Where a paged list stands. */
export interface PageInfo {
  /** The current page, 1-based. */
  page: number;
  /** Polar's `max_page`: the last page, 0 when the list is empty. */
  pageCount: number;
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
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
