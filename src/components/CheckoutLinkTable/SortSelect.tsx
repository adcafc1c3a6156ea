'use client';
import { useId } from 'react';
import { checkoutLinkSortProperties, type CheckoutLinkListQuery, type CheckoutLinkSortProperty } from '../../contract';
import type { LinkTableText } from './useLinkTableText';
import { currentSorting } from './checkoutLinkTableQuery';

export interface SortSelectProps {
  query: CheckoutLinkListQuery;
  onSort: (sorting: CheckoutLinkSortProperty) => void;
  messages: LinkTableText;
}

/** Every order Polar can list links in, also those of columns the table does not show (success URL, discount codes). */
export function SortSelect({ query, onSort, messages }: SortSelectProps) {
  const id = useId();
  return (
    <span className="pcl-links__sort-select">
      <label htmlFor={id}>{messages.sortLabel}</label>
      <select id={id} className="pcl-select" value={currentSorting(query)} onChange={(event) => onSort(event.target.value as CheckoutLinkSortProperty)}>
        {checkoutLinkSortProperties.map((property) => (
          <option key={property} value={property}>
            {messages.sortOptions[property]}
          </option>
        ))}
      </select>
    </span>
  );
}
