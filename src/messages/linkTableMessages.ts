import type { CheckoutLinkSortProperty } from '../contract';
import { englishCount } from './englishCount';

/** The columns of the checkout link table. */
export type LinkTableColumn = 'label' | 'products' | 'discount' | 'created' | 'link' | 'actions';

/**
 * The words `CheckoutLinkTable` adds to `LinkListMessages` (messages group `linkTable`). Their
 * English defaults ship with the table, so a host that never shows it does not download them.
 */
export interface LinkTableMessages {
  columns: Record<LinkTableColumn, string>;
  /** After the first three products: "+ 2 more". */
  moreProducts: (count: number) => string;
  noDiscount: string;
  duplicate: string;
  share: string;
  copy: string;
  open: string;
  /** The accessible name of a row's action: the visible word, then the link it acts on ("Delete Spring sale"). */
  actionFor: (action: string, label: string) => string;
  /** Read after the open link's name: it opens a new tab. */
  opensInNewTab: string;
  copied: (label: string) => string;
  copyFailed: string;
  deleting: string;
  deleteFailed: (label: string, reason: string) => string;
  deleted: (label: string) => string;
  editTitle: (label: string) => string;
  editDescription: string;
  duplicateTitle: (label: string) => string;
  duplicateDescription: string;
  shareTitle: (label: string) => string;
  close: string;
  loadFailed: string;
  retry: string;
  /** Announced (and shown dimmed) while the next page or order loads over the current one. */
  updating: string;
  pageSize: string;
  sortLabel: string;
  /** Each order Polar can list links in (`-` is descending). */
  sortOptions: Record<CheckoutLinkSortProperty, string>;
  totalCount: (count: number) => string;
  filterLabel: string;
  filterSearch: string;
  filterHelp: string;
  filterNoProducts: string;
  filterFailed: string;
  clearFilter: string;
  filteredEmpty: string;
}

/** The link table's English words. */
export const defaultLinkTableMessages: LinkTableMessages = {
  columns: { label: 'Label', products: 'Products', discount: 'Preset discount', created: 'Created', link: 'Link', actions: 'Actions' },
  moreProducts: (count) => `+ ${englishCount(count)} more`,
  noDiscount: 'None',
  duplicate: 'Duplicate',
  share: 'Share',
  copy: 'Copy',
  open: 'Open',
  actionFor: (action, label) => `${action} ${label}`,
  opensInNewTab: '(opens in a new tab)',
  copied: (label) => `Copied the link of “${label}”.`,
  copyFailed: 'Could not copy. Open the link and copy it from the address bar.',
  deleting: 'Deleting…',
  deleteFailed: (label, reason) => `“${label}” was not deleted. ${reason}`,
  deleted: (label) => `Deleted “${label}”.`,
  editTitle: (label) => `Edit ${label}`,
  editDescription: 'Saving sends only what you changed. The link’s URL stays the same.',
  duplicateTitle: (label) => `Duplicate ${label}`,
  duplicateDescription: 'A new link with the same products and settings. The original stays as it is.',
  shareTitle: (label) => `Share ${label}`,
  close: 'Close',
  loadFailed: 'The checkout links could not be loaded.',
  retry: 'Try again',
  updating: 'Updating…',
  pageSize: 'Links per page',
  sortLabel: 'Sort by',
  sortOptions: {
    '-created_at': 'Newest first',
    created_at: 'Oldest first',
    label: 'Label, A to Z',
    '-label': 'Label, Z to A',
    success_url: 'Success URL, A to Z',
    '-success_url': 'Success URL, Z to A',
    allow_discount_codes: 'Discount codes not allowed first',
    '-allow_discount_codes': 'Discount codes allowed first',
  },
  totalCount: (count) => `${englishCount(count)} ${count === 1 ? 'link' : 'links'}`,
  filterLabel: 'Filter by product',
  filterSearch: 'Search products',
  filterHelp: 'Shows links that sell any of the chosen products.',
  filterNoProducts: 'No products match.',
  filterFailed: 'The products could not be loaded.',
  clearFilter: 'Clear filter',
  filteredEmpty: 'No checkout links sell the chosen products.',
};
