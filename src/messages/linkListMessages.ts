import { englishCount } from './englishCount';

/** Words of a checkout link list: a host's own, and `CheckoutLinkTable` (with `LinkTableMessages`). */
export interface LinkListMessages {
  title: string;
  empty: string;
  loading: string;
  untitled: string;
  edit: string;
  delete: string;
  deleteConfirmTitle: string;
  deleteConfirmDescription: (label: string) => string;
  deleteConfirm: string;
  deleteCancel: string;
  previousPage: string;
  nextPage: string;
  pageStatus: (page: number, pageCount: number) => string;
}

/** The link list's English words. */
export const defaultLinkListMessages: LinkListMessages = {
  title: 'Checkout links',
  empty: 'No checkout links yet.',
  loading: 'Loading checkout links…',
  untitled: 'Untitled link',
  edit: 'Edit',
  delete: 'Delete',
  deleteConfirmTitle: 'Delete this checkout link?',
  deleteConfirmDescription: (label) => `“${label}” stops working for buyers at once.`,
  deleteConfirm: 'Delete link',
  deleteCancel: 'Keep link',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageStatus: (page, pageCount) => `Page ${englishCount(page)} of ${englishCount(pageCount)}`,
};
