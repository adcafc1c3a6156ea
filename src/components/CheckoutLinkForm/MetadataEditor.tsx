'use client';
import { useEffect, useRef } from 'react';
import { METADATA_MAX_PAIRS } from '../../contract';
import { useFormField, type UseCheckoutLinkFormResult as CheckoutLinkForm } from '../../hooks';
import type { BuilderMessages } from '../../messages';
import { MetadataRowFields } from './MetadataRowFields';

/** The pair count shows from this many pairs on. */
const SHOW_PAIR_COUNT_FROM = 40;

export interface MetadataEditorProps {
  form: CheckoutLinkForm;
  rowIds: readonly string[];
  messages: BuilderMessages;
}

/** Rows of key, type and value; a new row takes focus, a removed one hands it to "Add metadata". */
export function MetadataEditor({ form, rowIds, messages }: MetadataEditorProps) {
  const field = useFormField(form, 'metadata', { description: true });
  const addRef = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<string | 'add' | null>(null);
  const full = rowIds.length >= METADATA_MAX_PAIRS;
  const countId = `${field.ids.input}-count`;
  const showCount = rowIds.length >= SHOW_PAIR_COUNT_FROM;

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === 'add') addRef.current?.focus();
    else if (target) document.getElementById(form.getFieldIds(`metadata.${target}.key`).input)?.focus();
  });

  const add = () => {
    if (full) return;
    pendingFocus.current = form.addMetadataRow();
  };
  const remove = (rowId: string) => {
    form.removeMetadataRow(rowId);
    pendingFocus.current = 'add';
  };

  return (
    <fieldset {...field.getGroupProps({ className: 'pcl-builder__section pcl-metadata' })}>
      <legend className="pcl-label">{messages.metadataLabel}</legend>
      <p {...field.getDescriptionProps({ className: 'pcl-help' })}>{messages.metadataHelp}</p>
      {rowIds.length ? (
        <ul className="pcl-metadata__rows">
          {rowIds.map((rowId) => (
            <MetadataRowFields key={rowId} form={form} rowId={rowId} messages={messages} onRemove={remove} />
          ))}
        </ul>
      ) : null}
      <p {...field.getErrorProps({ className: 'pcl-error' })}>{field.error}</p>
      <div className="pcl-actions">
        <button
          {...field.getFieldProps({ ref: addRef, 'aria-describedby': showCount ? countId : undefined })}
          type="button"
          className="pcl-button"
          aria-disabled={full || undefined}
          onClick={add}
        >
          {messages.addMetadata}
        </button>
        {showCount ? (
          <p id={countId} className="pcl-help pcl-counter" data-over={full ? '' : undefined}>
            {messages.metadataPairCount(rowIds.length, METADATA_MAX_PAIRS)}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
