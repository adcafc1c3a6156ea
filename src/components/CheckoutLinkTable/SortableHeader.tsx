'use client';
import type { CheckoutLinkListQuery } from '../../contract';
import { sortDirection, type SortableColumn } from './checkoutLinkTableQuery';

export interface SortableHeaderProps {
  column: SortableColumn;
  label: string;
  query: CheckoutLinkListQuery;
  onSort: (column: SortableColumn) => void;
}

const arrows = { ascending: '↑', descending: '↓', none: '↕' } as const;

/** A column header that sorts on the server; `aria-sort` says how the rows are ordered now. */
export function SortableHeader({ column, label, query, onSort }: SortableHeaderProps) {
  const direction = sortDirection(query, column);
  return (
    <th scope="col" aria-sort={direction}>
      <button type="button" className="pcl-links__sort" data-state={direction} onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="pcl-links__sort-arrow">
          {arrows[direction]}
        </span>
      </button>
    </th>
  );
}
