'use client';
import { useCallback } from 'react';
import type { ListResource } from '../contract';
import { omitUndefined } from '../state/omitUndefined';
import type { QueryKey } from '../state/queryKey';
import type { QueryOptions } from '../state/queryOptions';
import { pageInfo, type ListHookResult } from './pageInfo';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { usePageState } from './usePageState';
import { useQueryObserver } from './useQueryObserver';

/** Options every picker list takes. */
export interface PickerListOptions<T> {
  /** Search text, matched by Polar on the server. */
  query?: string;
  /** The page to show (controlled, 1-based); leave out to let the hook keep it (back to 1 on a new search). */
  page?: number;
  /** Called with the page `nextPage()`, `previousPage()` or `setPage()` asked for. */
  onPageChange?: (page: number) => void;
  /** Items per page, 1–100. */
  limit?: number;
  /** The selected items' ids: those not on the current page are fetched by id. */
  ids?: readonly string[];
  /** The first page rendered on the server, shown until the first answer arrives. */
  initialData?: ListResource<T>;
}

/** A picker's page of items, its selected items, and its pagination with ways to turn the page. */
export interface PickerListResult<T> extends ListHookResult<T> {
  /** The items of `ids`, in that order, as far as they are known yet. */
  selectedItems: T[];
  nextPage: () => void;
  previousPage: () => void;
  setPage: (page: number) => void;
}

/** How a picker reads one kind of item. */
export interface PickerSource<T, Query> {
  consumerName: string;
  /** The list's reads (`productQueries(client)`, `discountQueries(client)`). */
  queries: { list: (query: Query) => QueryOptions<ListResource<T>>; detail: (id: string) => QueryOptions<T> };
  /** The key of the request for the selected items missing from the page. */
  selectedKey: (ids: string[]) => QueryKey;
  /** The list query for a search and page. */
  listQuery: (search: { query?: string; page: number; limit?: number }) => Query;
  /** Items a picker may offer (e.g. no archived or draft products). */
  isPickable: (item: T) => boolean;
}

/**
 * A searchable, paged list for a picker. Requests are shared per provider (the same key in
 * flight is one request), a superseded search is aborted and only the last answer is shown, each
 * item of a page is cached by id, and selected items missing from the page are fetched by id.
 */
export function usePickerList<T extends { id: string }, Query extends object>(
  source: PickerSource<T, Query>,
  options: PickerListOptions<T>,
): PickerListResult<T> {
  const { cache } = useCheckoutLinksScope(source.consumerName);
  const search = options.query?.trim() || undefined;
  const [page, setPage] = usePageState({ page: options.page, onPageChange: options.onPageChange, resetKey: search });
  const listQuery = omitUndefined(source.listQuery({ query: search, page, limit: options.limit }));

  const listOptions = source.queries.list(listQuery);
  const list = useQueryObserver(source.consumerName, {
    queryKey: listOptions.queryKey,
    queryFn: async (context) => {
      const answer = await listOptions.queryFn(context);
      for (const item of answer.items) cache.seed(source.queries.detail(item.id).queryKey, item);
      return answer;
    },
    initialData: options.initialData,
    keepPreviousData: true,
  });

  const items = (list.data?.items ?? []).filter(source.isPickable);
  const ids = options.ids ?? [];
  const known = (id: string) => list.data?.items.find((item) => item.id === id) ?? cache.find<T>(source.queries.detail(id).queryKey)?.state.data;
  const missing = ids.filter((id) => !known(id));
  const selected = useQueryObserver(source.consumerName, {
    queryKey: source.selectedKey([...missing].sort()),
    // Each id goes through its own cache entry, so an item already requested elsewhere is not asked for twice.
    queryFn: () =>
      Promise.all(
        missing.map((id) => {
          const { queryKey, queryFn } = source.queries.detail(id);
          return cache.ensure(queryKey, (signal) => queryFn({ signal }));
        }),
      ),
    // Wait for the page: what it brings needs no request of its own.
    enabled: missing.length > 0 && list.status !== 'pending',
    staleTime: Number.POSITIVE_INFINITY,
  });
  const selectedItems = ids.flatMap((id) => {
    const item = known(id) ?? selected.data?.find((candidate) => candidate.id === id);
    return item ? [item] : [];
  });

  const info = pageInfo(page, list.data);
  const nextPage = useCallback(() => {
    if (info.hasNextPage) setPage(page + 1);
  }, [info.hasNextPage, page, setPage]);
  const previousPage = useCallback(() => {
    if (page > 1) setPage(page - 1);
  }, [page, setPage]);

  return { ...list, items, pagination: info, selectedItems, nextPage, previousPage, setPage };
}
