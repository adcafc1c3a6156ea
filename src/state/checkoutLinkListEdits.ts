import type { CheckoutLink, ListResource } from '../contract';

/** A cached page with `link` in place of its older copy; the same page when it does not hold it. */
export function withLinkReplaced(list: ListResource<CheckoutLink>, link: CheckoutLink): ListResource<CheckoutLink> {
  if (!list.items.some((item) => item.id === link.id)) return list;
  return { ...list, items: list.items.map((item) => (item.id === link.id ? link : item)) };
}

/** A cached page without the deleted link (one fewer in all); the same page when it does not hold it. */
export function withoutLink(list: ListResource<CheckoutLink>, id: string): ListResource<CheckoutLink> {
  if (!list.items.some((item) => item.id === id)) return list;
  return {
    items: list.items.filter((item) => item.id !== id),
    pagination: { ...list.pagination, total_count: Math.max(0, list.pagination.total_count - 1) },
  };
}
