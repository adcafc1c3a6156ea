'use client';
import { useId, useState } from 'react';
import type { FormFieldState, PickerListResult } from '../../hooks';
import { apiErrorMessage, type CheckoutLinksMessages } from '../../messages';
import type { CheckoutLinkFormFieldName } from '../../state';

export interface PickerSearchProps {
  /** The form field the picker stands for: the search box takes its id, so its errors lead here. */
  field: Pick<FormFieldState<CheckoutLinkFormFieldName>, 'ids' | 'getFieldProps'>;
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** The list being searched (`useProducts`, `useDiscounts`). */
  list: Pick<PickerListResult<unknown>, 'status' | 'error' | 'isFetching' | 'refetch'>;
  /** How many items are on offer now. */
  shownCount: number;
  loadingText: string;
  /** What the list's answer found ("12 products found"), said once it has settled. */
  resultText: string;
  messages: CheckoutLinksMessages;
}

/**
 * A picker's search box, with a polite status (loading, then what each search found) and a failed
 * search's message and retry.
 */
export function PickerSearch({ field, label, placeholder, value, onChange, list, shownCount, loadingText, resultText, messages }: PickerSearchProps) {
  const statusId = useId();
  // The status says a search's result once, when its answer is in, and keeps saying it while the
  // next search loads: a live region announces each change, so it changes once per search and
  // not when the picker renders again.
  const settled = list.error ? '' : list.status === 'success' && !list.isFetching ? resultText : null;
  const [said, setSaid] = useState(settled ?? '');
  if (settled !== null && settled !== said) setSaid(settled);
  const status = list.status === 'pending' && shownCount === 0 ? loadingText : (settled ?? said);
  return (
    <>
      <div className="pcl-field">
        <label className="pcl-label" htmlFor={field.ids.input}>
          {label}
        </label>
        <input
          {...field.getFieldProps({ 'aria-describedby': statusId })}
          className="pcl-input"
          type="search"
          autoComplete="off"
          placeholder={placeholder}
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      </div>
      <p id={statusId} role="status" className="pcl-help">
        {status}
      </p>
      {list.error ? (
        <p className="pcl-error">
          {apiErrorMessage(messages, list.error)}{' '}
          <button type="button" className="pcl-button" data-size="small" onClick={() => void list.refetch()}>
            {messages.errors.retry}
          </button>
        </p>
      ) : null}
    </>
  );
}
