'use client';
import { useId } from 'react';
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
  list: Pick<PickerListResult<unknown>, 'status' | 'error' | 'refetch'>;
  /** How many items are on offer now. */
  shownCount: number;
  loadingText: string;
  emptyText: string;
  messages: CheckoutLinksMessages;
}

/** A picker's search box, with a polite status (loading, nothing found) and a failed search's message and retry. */
export function PickerSearch({ field, label, placeholder, value, onChange, list, shownCount, loadingText, emptyText, messages }: PickerSearchProps) {
  const statusId = useId();
  const status = list.error
    ? ''
    : list.status === 'pending' && shownCount === 0
      ? loadingText
      : list.status === 'success' && shownCount === 0
        ? emptyText
        : '';
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
