'use client';
import type { Product, ProductListQuery, ProductSortProperty } from '../contract';
import { productKeys } from '../state/queryKeys';
import { productQueries } from '../state/queryOptions';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { usePickerList, type PickerListOptions, type PickerListResult } from './usePickerList';

export interface UseProductsOptions extends PickerListOptions<Product> {
  /** e.g. `['name']`; Polar's default order when left out. */
  sorting?: ProductSortProperty[];
}

export type UseProductsResult = PickerListResult<Product>;

/** Products a link can sell: neither archived nor drafts (asked of Polar, and checked again here). */
export function isPickableProduct(product: Product): boolean {
  return !product.is_archived && product.visibility !== 'draft';
}

/**
 * Products for a picker: searched by name on the server, paged up to `max_page`, archived and
 * draft products left out; selected `ids` not on the page are fetched by id.
 */
export function useProducts(options: UseProductsOptions = {}): UseProductsResult {
  const { client } = useCheckoutLinksScope('useProducts');
  const { sorting } = options;
  return usePickerList<Product, ProductListQuery>(
    {
      consumerName: 'useProducts',
      queries: productQueries(client),
      selectedKey: (ids) => [...productKeys.details(), ids],
      listQuery: ({ query, page, limit }) => ({ query, page, limit, sorting, is_archived: false, visibility: ['public', 'private'] }),
      isPickable: isPickableProduct,
    },
    options,
  );
}
