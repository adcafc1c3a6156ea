'use client';
import type { Discount, DiscountListQuery, DiscountSortProperty } from '../contract';
import { discountKeys } from '../state/queryKeys';
import { discountQueries } from '../state/queryOptions';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { usePickerList, type PickerListOptions, type PickerListResult } from './usePickerList';

export interface UseDiscountsOptions extends PickerListOptions<Discount> {
  /** e.g. `['name']`; Polar's default order when left out. */
  sorting?: DiscountSortProperty[];
}

export type UseDiscountsResult = PickerListResult<Discount>;

const everyDiscount = () => true;

/** Discounts for a picker: searched by name on the server, paged up to `max_page`; selected `ids` not on the page are fetched by id. */
export function useDiscounts(options: UseDiscountsOptions = {}): UseDiscountsResult {
  const { client } = useCheckoutLinksScope('useDiscounts');
  const { sorting } = options;
  return usePickerList<Discount, DiscountListQuery>(
    {
      consumerName: 'useDiscounts',
      queries: discountQueries(client),
      selectedKey: (ids) => [...discountKeys.details(), ids],
      listQuery: ({ query, page, limit }) => ({ query, page, limit, sorting }),
      isPickable: everyDiscount,
    },
    options,
  );
}
