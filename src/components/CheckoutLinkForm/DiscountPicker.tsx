'use client';
import { useEffect, useId, useState } from 'react';
import type { Discount } from '../../contract';
import { useDiscounts, useFormField, type UseCheckoutLinkFormResult as CheckoutLinkForm } from '../../hooks';
import type { CheckoutLinksMessages } from '../../messages';
import { discountValue } from './discountValue';
import { PickerSearch } from './PickerSearch';
import { useDebouncedValue } from './useDebouncedValue';

const SEARCH_DELAY_MS = 250;
const PAGE_SIZE = 10;

export interface DiscountPickerProps {
  /** The form; it re-renders this picker when the selection changes, which decides what is disabled. */
  form: CheckoutLinkForm;
  messages: CheckoutLinksMessages;
  locale: string;
}

/**
 * Searches the organization's discounts on the server and offers them as radio buttons with name,
 * code and value. A discount limited to other products is disabled, with the products it misses.
 */
export function DiscountPicker({ form, messages, locale }: DiscountPickerProps) {
  const text = messages.builder;
  const id = useId();
  const field = useFormField(form, 'discount_id', { description: true });
  const [search, setSearch] = useState('');
  const query = useDebouncedValue(search, SEARCH_DELAY_MS);
  const discounts = useDiscounts({ query, ids: field.value ? [field.value] : [], limit: PAGE_SIZE });
  const { store } = form;

  useEffect(() => {
    store.registerDiscounts([...discounts.items, ...discounts.selectedItems]);
  }, [store, discounts.items, discounts.selectedItems]);

  // The chosen discount stays on offer while a search leaves it out.
  const shown = [...discounts.selectedItems.filter((chosen) => !discounts.items.some((item) => item.id === chosen.id)), ...discounts.items];
  const productNames = (discount: Discount) => {
    const applicability = form.getDiscountApplicability(discount);
    return applicability.applicable
      ? null
      : new Intl.ListFormat(locale, { type: 'conjunction' }).format(applicability.uncoveredProducts.map((product) => product.name));
  };
  const choose = (value: string) => {
    field.setValue(value);
    field.blur();
  };

  return (
    <fieldset {...field.getGroupProps({ className: 'pcl-builder__section pcl-discounts' })}>
      <legend className="pcl-label">{text.discountLabel}</legend>
      <p {...field.getDescriptionProps({ className: 'pcl-help' })}>{text.discountHelp}</p>
      <PickerSearch
        field={field}
        label={text.discountSearchLabel}
        placeholder={text.discountSearchPlaceholder}
        value={search}
        onChange={setSearch}
        list={discounts}
        shownCount={shown.length}
        loadingText={text.loadingDiscounts}
        resultText={text.discountsFound(discounts.pagination.totalCount, query.trim())}
        messages={messages}
      />
      <ul className="pcl-discounts__list">
        <li>
          <label className="pcl-choice__option">
            <input type="radio" name={id} checked={field.value === ''} onChange={() => choose('')} />
            {text.noDiscount}
          </label>
        </li>
        {shown.map((discount) => {
          const uncovered = productNames(discount);
          const reasonId = `${id}-${discount.id}-reason`;
          const value = discountValue(discount, locale, messages.format);
          return (
            <li key={discount.id} data-disabled={uncovered ? '' : undefined}>
              <label className="pcl-choice__option pcl-discount">
                <input
                  type="radio"
                  name={id}
                  value={discount.id}
                  checked={field.value === discount.id}
                  disabled={uncovered !== null && field.value !== discount.id}
                  aria-describedby={uncovered ? reasonId : undefined}
                  onChange={() => choose(discount.id)}
                />
                <span className="pcl-discount__name">{discount.name}</span>
                {discount.code ? <> <code className="pcl-discount__code">{discount.code}</code></> : null}
                {value ? <> <span className="pcl-discount__value">{value}</span></> : null}
              </label>
              {uncovered ? (
                <p id={reasonId} className="pcl-help pcl-discount__reason">
                  {text.discountNotForProducts(uncovered)}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p {...field.getErrorProps({ className: 'pcl-error' })}>{field.error}</p>
    </fieldset>
  );
}
