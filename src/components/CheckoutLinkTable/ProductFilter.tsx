'use client';
import { useId, useState } from 'react';
import { useProducts } from '../../hooks';
import type { LinkTableText } from './useLinkTableText';
import { useDebouncedValue } from '../CheckoutLinkForm/useDebouncedValue';

const SEARCH_DELAY_MS = 250;
const SHOWN_PRODUCTS = 8;

export interface ProductFilterProps {
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  messages: LinkTableText;
}

/**
 * The table's product filter: products searched on the server (`useProducts`), ticked to show the
 * links that sell any of them (Polar's repeated `product_id`). Ticked products stay listed first.
 */
export function ProductFilter({ selected, onChange, messages }: ProductFilterProps) {
  const id = useId();
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, SEARCH_DELAY_MS);
  const products = useProducts({ query, ids: selected, limit: SHOWN_PRODUCTS });
  const chosen = products.selectedItems;
  const others = products.items.filter((product) => !selected.includes(product.id));
  const toggle = (productId: string, checked: boolean) =>
    onChange(checked ? [...selected, productId] : selected.filter((candidate) => candidate !== productId));

  return (
    <fieldset className="pcl-links__filter" aria-describedby={`${id}-help`}>
      <legend className="pcl-label">{messages.filterLabel}</legend>
      <p id={`${id}-help`} className="pcl-help">
        {messages.filterHelp}
      </p>
      <div className="pcl-links__filter-row">
        <label className="pcl-visually-hidden" htmlFor={`${id}-search`}>
          {messages.filterSearch}
        </label>
        <input
          id={`${id}-search`}
          className="pcl-input"
          type="search"
          placeholder={messages.filterSearch}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        {selected.length > 0 ? (
          <button type="button" className="pcl-button" data-size="small" onClick={() => onChange([])}>
            {messages.clearFilter}
          </button>
        ) : null}
      </div>
      <ul className="pcl-links__filter-options" aria-busy={products.isFetching || undefined}>
        {[...chosen, ...others].map((product) => (
          <li key={product.id}>
            <label className="pcl-choice__option">
              <input type="checkbox" checked={selected.includes(product.id)} onChange={(event) => toggle(product.id, event.target.checked)} />
              {product.name}
            </label>
          </li>
        ))}
      </ul>
      {products.status === 'success' && chosen.length + others.length === 0 ? <p className="pcl-help">{messages.filterNoProducts}</p> : null}
      {products.error ? (
        <p role="alert" className="pcl-error">
          {messages.filterFailed}{' '}
          <button type="button" className="pcl-button" data-size="small" onClick={() => void products.refetch()}>
            {messages.retry}
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
