'use client';
import { forwardRef, useCallback, useEffect, useMemo, useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import type { CheckoutLink, CheckoutLinkListQuery, ListResource } from '../../contract';
import { useCheckoutLinks, useLocale } from '../../hooks';
import { apiErrorMessage } from '../../messages';
import { CheckoutLinkRow, linkName, type LinkDialogKind } from './CheckoutLinkRow';
import { DEFAULT_LINK_TABLE_QUERY, filteredBy, filteredProductIds, sortedBy, type SortableColumn } from './checkoutLinkTableQuery';
import { DeleteLinkDialog, type DeleteRequest } from './DeleteLinkDialog';
import { LinkActionDialog, type LinkDialogRequest } from './LinkActionDialog';
import { ProductFilter } from './ProductFilter';
import { SortableHeader } from './SortableHeader';
import { SortSelect } from './SortSelect';
import { TablePagination } from './TablePagination';
import { useLinkTableText } from './useLinkTableText';

const CHECKOUT_LINK_TABLE_NAME = 'CheckoutLinkTable';
const SKELETON_ROWS = 5;

/** Props of `CheckoutLinkTable`. */
export interface CheckoutLinkTableProps extends Omit<HTMLAttributes<HTMLElement>, 'children' | 'defaultValue'> {
  /** The list query (page, limit, sorting, product_id), controlled with `onQueryChange`, e.g. kept in the host's URL. */
  query?: CheckoutLinkListQuery;
  /** The starting query when uncontrolled; newest first, ten a page by default. */
  defaultQuery?: CheckoutLinkListQuery;
  /** Called with the query the user asked for (a page, a page size, a sort, a filter). */
  onQueryChange?: (query: CheckoutLinkListQuery) => void;
  /** What the empty state offers, e.g. `<CreateCheckoutLinkDialog />`. */
  emptyAction?: ReactNode;
  /** A page rendered on the server for the starting query, shown until the first answer arrives. */
  initialData?: ListResource<CheckoutLink>;
  /** Where the dialogs are rendered; `document.body` by default. */
  container?: HTMLElement | null;
}

/**
 * The organization's checkout links as a table: label, products, preset discount, creation date
 * and the link, sorted and paged on Polar's server and filtered by product, with Edit, Duplicate,
 * Share and Delete on every row. Below a container width of about 48rem the rows become cards.
 * Built only on the public hooks (`useCheckoutLinks`, `useDeleteCheckoutLink`, `useProducts`) and
 * the library's own builder and share panel.
 */
export const CheckoutLinkTable = forwardRef<HTMLElement, CheckoutLinkTableProps>(function CheckoutLinkTable(
  { query: controlledQuery, defaultQuery, onQueryChange, emptyAction, initialData, container, className, ...rest },
  ref,
) {
  const { messages, text } = useLinkTableText();
  const locale = useLocale();
  const [ownQuery, setOwnQuery] = useState(defaultQuery ?? DEFAULT_LINK_TABLE_QUERY);
  const query = controlledQuery ?? ownQuery;
  const setQuery = useCallback(
    (next: CheckoutLinkListQuery) => {
      if (controlledQuery === undefined) setOwnQuery(next);
      onQueryChange?.(next);
    },
    [controlledQuery, onQueryChange],
  );
  const list = useCheckoutLinks(query, { initialData });
  const { items, pagination, isPlaceholderData } = list;
  const productIds = filteredProductIds(query);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);
  const [dialog, setDialog] = useState<LinkDialogRequest | null>(null);
  const [deleteRequest, setDeleteRequest] = useState<DeleteRequest | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const captionRef = useRef<HTMLTableCaptionElement>(null);

  // A delete can leave the last page empty: show the page that is now the last.
  const { page, pageCount } = pagination;
  useEffect(() => {
    if (list.status === 'success' && !isPlaceholderData && page > 1 && page > pageCount) setQuery({ ...query, page: Math.max(pageCount, 1) });
  }, [list.status, isPlaceholderData, page, pageCount, query, setQuery]);

  const openDialog = useCallback((kind: LinkDialogKind, link: CheckoutLink, opener: HTMLElement) => setDialog({ kind, link, opener }), []);
  const askDelete = useCallback((link: CheckoutLink, opener: HTMLElement, confirm: () => void) => setDeleteRequest({ link, opener, confirm }), []);
  const copyLink = useCallback(
    (link: CheckoutLink) => {
      // Without the Clipboard API (older browsers, pages not served over https) the copy fails politely.
      const copying = navigator.clipboard?.writeText(link.url) ?? Promise.reject(new Error('No Clipboard API'));
      copying.then(
        () => setAnnouncement(text.copied(linkName(link, text))),
        () => setAnnouncement(text.copyFailed),
      );
    },
    [text],
  );
  const deleted = useCallback(
    (link: CheckoutLink) => {
      setAnnouncement(text.deleted(linkName(link, text)));
      // The row and its Delete button are gone: focus goes to the table instead of the page's start.
      const active = document.activeElement;
      if (!active || active === document.body) captionRef.current?.focus();
    },
    [text],
  );

  const sort = (column: SortableColumn) => setQuery(sortedBy(query, column));
  const hasData = list.data !== undefined;
  const empty = list.status === 'success' && items.length === 0 && !isPlaceholderData;

  return (
    <section ref={ref} className={['pcl-links', className].filter(Boolean).join(' ')} aria-label={text.title} {...rest}>
      <div className="pcl-links__toolbar">
        <ProductFilter selected={productIds} onChange={(ids) => setQuery(filteredBy(query, ids))} messages={text} />
        <SortSelect query={query} onSort={(sorting) => setQuery({ ...query, page: 1, sorting: [sorting] })} messages={text} />
      </div>
      {list.error ? (
        <div role="alert" className="pcl-links__error">
          <p className="pcl-error">
            {text.loadFailed} {apiErrorMessage(messages, list.error)}
          </p>
          <button type="button" className="pcl-button" data-size="small" onClick={() => void list.refetch()}>
            {text.retry}
          </button>
        </div>
      ) : null}
      {empty ? (
        <div className="pcl-links__empty">
          <p>{productIds.length > 0 ? text.filteredEmpty : text.empty}</p>
          {productIds.length > 0 ? (
            <button type="button" className="pcl-button" onClick={() => setQuery(filteredBy(query, []))}>
              {text.clearFilter}
            </button>
          ) : (
            emptyAction
          )}
        </div>
      ) : list.error && !hasData ? null : (
        <table className="pcl-links__table" aria-busy={list.isFetching || undefined} data-stale={isPlaceholderData ? '' : undefined}>
          <caption ref={captionRef} tabIndex={-1} className="pcl-links__caption">
            {text.title}
          </caption>
          <thead>
            <tr>
              <SortableHeader column="label" label={text.columns.label} query={query} onSort={sort} />
              <th scope="col">{text.columns.products}</th>
              <th scope="col">{text.columns.discount}</th>
              <SortableHeader column="created_at" label={text.columns.created} query={query} onSort={sort} />
              <th scope="col">{text.columns.link}</th>
              <th scope="col">{text.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {hasData
              ? items.map((link) => (
                  <CheckoutLinkRow
                    key={link.id}
                    link={link}
                    messages={messages}
                    text={text}
                    dateFormat={dateFormat}
                    onOpenDialog={openDialog}
                    onAskDelete={askDelete}
                    onCopy={copyLink}
                    onDeleted={deleted}
                  />
                ))
              : Array.from({ length: Math.min(query.limit ?? SKELETON_ROWS, SKELETON_ROWS) }, (_, index) => (
                  <tr key={index} className="pcl-links__row" aria-hidden="true" data-state="loading">
                    {Array.from({ length: 6 }, (_, cell) => (
                      <td key={cell}>
                        <span className="pcl-skeleton" data-shape="line" />
                      </td>
                    ))}
                  </tr>
                ))}
          </tbody>
        </table>
      )}
      {hasData && !empty ? (
        <TablePagination
          pagination={pagination}
          limit={query.limit ?? DEFAULT_LINK_TABLE_QUERY.limit!}
          onPageChange={(next) => setQuery({ ...query, page: next })}
          onLimitChange={(limit) => setQuery({ ...query, page: 1, limit })}
          messages={text}
          label={text.title}
        />
      ) : null}
      <p role="status" className="pcl-visually-hidden">
        {list.isPending ? text.loading : isPlaceholderData ? text.updating : announcement}
      </p>
      <LinkActionDialog request={dialog} onClose={() => setDialog(null)} messages={messages} text={text} container={container} />
      <DeleteLinkDialog request={deleteRequest} onClose={() => setDeleteRequest(null)} text={text} container={container} />
    </section>
  );
});
CheckoutLinkTable.displayName = CHECKOUT_LINK_TABLE_NAME;
