export { CheckoutLinkTable, type CheckoutLinkTableProps } from './CheckoutLinkTable';
export { DEFAULT_LINK_TABLE_QUERY, PAGE_SIZES as LINK_TABLE_PAGE_SIZES, type SortableColumn as LinkTableSortableColumn } from './checkoutLinkTableQuery';
