'use client';
import { useCallback, useEffect, useId, useState } from 'react';
import type { Product } from '../../contract';
import { useFormField, useProducts, type UseCheckoutLinkFormResult as CheckoutLinkForm, type SelectedProduct } from '../../hooks';
import type { CheckoutLinksMessages } from '../../messages';
import { ProductCard } from '../ProductCard';
import { visuallyHidden } from '../ProductCard/visuallyHidden';
import { PickerSearch } from './PickerSearch';
import { groupProducts } from './productGroups';
import { SelectedProducts } from './SelectedProducts';
import { useDebouncedValue } from './useDebouncedValue';

const SEARCH_DELAY_MS = 250;
const PAGE_SIZE = 10;

export interface ProductPickerProps {
  form: CheckoutLinkForm;
  selected: readonly SelectedProduct[];
  messages: CheckoutLinksMessages;
}

/**
 * Searches the organization's products on the server as the user types, lists them as compact
 * cards grouped into one-time purchases and subscriptions, and keeps the selection as an ordered
 * list. Archived and draft products never appear (`useProducts` leaves them out).
 */
export function ProductPicker({ form, selected, messages }: ProductPickerProps) {
  const text = messages.builder;
  const id = useId();
  const field = useFormField(form, 'products', { description: true });
  const [search, setSearch] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const query = useDebouncedValue(search, SEARCH_DELAY_MS);
  const selectedIds = selected.map((item) => item.id);
  const products = useProducts({ query, ids: selectedIds, limit: PAGE_SIZE });
  const { store } = form;

  useEffect(() => {
    store.registerProducts([...products.items, ...products.selectedItems]);
  }, [store, products.items, products.selectedItems]);

  // Stable across keystrokes so the memoised result cards skip re-rendering while the user types.
  const toggle = useCallback(
    (product: Product) => {
      if (store.getValue('products').includes(product.id)) {
        store.removeProduct(product.id);
        setAnnouncement(text.productRemoved(product.name));
      } else {
        store.addProduct(product);
        setAnnouncement(text.productAdded(product.name));
      }
    },
    [store, text],
  );

  const groups = groupProducts(products.items);

  return (
    <fieldset {...field.getGroupProps({ className: 'pcl-builder__section pcl-picker' })}>
      <legend className="pcl-label">{text.productsLabel}</legend>
      <p {...field.getDescriptionProps({ className: 'pcl-help' })}>{text.productsHelp}</p>
      <SelectedProducts form={form} selected={selected} messages={messages} onAnnounce={setAnnouncement} searchInputId={field.ids.input} />
      <p {...field.getErrorProps({ className: 'pcl-error' })}>{field.error}</p>
      <div className="pcl-picker__results" aria-busy={products.isFetching || undefined}>
        <PickerSearch
          field={field}
          label={text.productSearchLabel}
          placeholder={text.productSearchPlaceholder}
          value={search}
          onChange={setSearch}
          list={products}
          shownCount={products.items.length}
          loadingText={text.loadingProducts}
          resultText={text.productsFound(products.pagination.totalCount, query.trim())}
          messages={messages}
        />
        {(
          [
            ['one-time', text.oneTimeProducts, groups.oneTime],
            ['subscription', text.subscriptionProducts, groups.subscription],
          ] as const
        ).map(([kind, title, items]) =>
          items.length ? (
            <section key={kind} className="pcl-picker__group" aria-labelledby={`${id}-${kind}`}>
              <h3 id={`${id}-${kind}`} className="pcl-picker__heading">
                {title}
              </h3>
              <ul className="pcl-picker__list">
                {items.map((product) => (
                  <li key={product.id}>
                    <ProductCard
                      product={product}
                      layout="compact"
                      headingLevel={4}
                      selected={selectedIds.includes(product.id)}
                      onSelect={toggle}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ) : null,
        )}
        {products.pagination.pageCount > 1 ? (
          <div className="pcl-actions pcl-picker__pages">
            <button type="button" className="pcl-button" data-size="small" disabled={!products.pagination.hasPreviousPage} onClick={products.previousPage}>
              {text.previousResults}
            </button>
            <span className="pcl-help">{text.resultsPage(products.pagination.page, products.pagination.pageCount)}</span>
            <button type="button" className="pcl-button" data-size="small" disabled={!products.pagination.hasNextPage} onClick={products.nextPage}>
              {text.nextResults}
            </button>
          </div>
        ) : null}
      </div>
      <p role="status" style={visuallyHidden}>
        {announcement}
      </p>
    </fieldset>
  );
}
