'use client';
import { useId } from 'react';
import type { PageInfo } from '../../hooks';
import type { LinkTableText } from './useLinkTableText';
import { PAGE_SIZES } from './checkoutLinkTableQuery';

export interface TablePaginationProps {
  pagination: PageInfo;
  limit: number;
  onPageChange: (page: number) => void;
  onLimitChange: (limit: number) => void;
  messages: LinkTableText;
  label: string;
}

/** Previous and next page, where the list stands, and how many links a page shows. */
export function TablePagination({ pagination, limit, onPageChange, onLimitChange, messages, label }: TablePaginationProps) {
  const id = useId();
  const { page, pageCount, totalCount, hasNextPage, hasPreviousPage } = pagination;
  // A host's own page size (e.g. from its URL) stays choosable beside the offered ones.
  const sizes = (PAGE_SIZES as readonly number[]).includes(limit) ? PAGE_SIZES : [...PAGE_SIZES, limit].sort((a, b) => a - b);
  return (
    <nav className="pcl-links__pages" aria-label={label}>
      <span className="pcl-help">{messages.totalCount(totalCount)}</span>
      <span className="pcl-actions">
        <button type="button" className="pcl-button" data-size="small" disabled={!hasPreviousPage} onClick={() => onPageChange(page - 1)}>
          {messages.previousPage}
        </button>
        <span>{messages.pageStatus(Math.min(page, Math.max(pageCount, 1)), Math.max(pageCount, 1))}</span>
        <button type="button" className="pcl-button" data-size="small" disabled={!hasNextPage} onClick={() => onPageChange(page + 1)}>
          {messages.nextPage}
        </button>
      </span>
      <span className="pcl-links__page-size">
        <label htmlFor={`${id}-limit`}>{messages.pageSize}</label>
        <select id={`${id}-limit`} className="pcl-select" value={limit} onChange={(event) => onLimitChange(Number(event.target.value))}>
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </span>
    </nav>
  );
}
