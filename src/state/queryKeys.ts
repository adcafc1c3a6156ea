import type { CheckoutLinkListQuery, DiscountListQuery, ProductListQuery } from '../contract';

const root = 'polar-checkout-links';

/**
 * The query keys of one resource, from the general to the specific, so that a prefix names a
 * family (`all` every query of the resource, `lists()` every page and search). The same keys serve
 * our cache and a host's TanStack Query cache: `queryClient.invalidateQueries({ queryKey: checkoutLinkKeys.all })`.
 */
function resourceKeys<Name extends string, ListQuery>(name: Name) {
  const all = [root, name] as const;
  return {
    all,
    lists: () => [...all, 'list'] as const,
    list: (query: ListQuery = {} as ListQuery) => [...all, 'list', query] as const,
    details: () => [...all, 'detail'] as const,
    detail: (id: string) => [...all, 'detail', id] as const,
  };
}

export const checkoutLinkKeys = {
  ...resourceKeys<'checkoutLinks', CheckoutLinkListQuery>('checkoutLinks'),
  /** The keys of the mutations (TanStack Query's `mutationKey`). */
  create: () => [root, 'checkoutLinks', 'create'] as const,
  update: () => [root, 'checkoutLinks', 'update'] as const,
  delete: () => [root, 'checkoutLinks', 'delete'] as const,
};

export const productKeys = resourceKeys<'products', ProductListQuery>('products');

export const discountKeys = resourceKeys<'discounts', DiscountListQuery>('discounts');
