'use client';
import { useId, useRef, type ReactNode } from 'react';
import type { SharePanelMessages } from '../../messages';
import { useCopyToClipboard } from './useCopyToClipboard';

/** Props of `CopyableField`. */
export interface CopyableFieldProps {
  label: ReactNode;
  value: string;
  /** The copy button's text; it names what it copies ("Copy link"). */
  copyLabel: string;
  /** What the copy's outcome is announced with. */
  messages: Pick<SharePanelMessages, 'copied' | 'copyFailed'>;
  /** A help text under the label, read with the field. */
  description?: ReactNode;
  /** Shows the value in a multi-line box (code). */
  multiline?: boolean;
  /** More actions beside the copy button. */
  children?: ReactNode;
}

const selectAll = (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => event.currentTarget.select();

/**
 * A read-only value with a copy button. URLs and code read left to right in any page direction;
 * the outcome of a copy is announced politely.
 */
export function CopyableField({ label, value, copyLabel, messages, description, multiline, children }: CopyableFieldProps) {
  const id = useId();
  const descriptionId = `${id}-description`;
  const fieldRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const { status, copy } = useCopyToClipboard();
  const fieldProps = {
    id,
    ref: fieldRef,
    value,
    readOnly: true,
    dir: 'ltr',
    spellCheck: false,
    className: 'pcl-input pcl-copy__value',
    'aria-describedby': description ? descriptionId : undefined,
    onFocus: selectAll,
  } as const;
  return (
    <div className="pcl-field pcl-copy" data-state={status}>
      <label className="pcl-label" htmlFor={id}>
        {label}
      </label>
      {description ? (
        <p className="pcl-help" id={descriptionId}>
          {description}
        </p>
      ) : null}
      <div className="pcl-copy__row">
        {multiline ? <textarea {...fieldProps} rows={value.split('\n').length + 1} /> : <input {...fieldProps} type="text" />}
        <span className="pcl-actions">
          <button type="button" className="pcl-button" onClick={() => void copy(value, fieldRef.current)}>
            {copyLabel}
          </button>
          {children}
        </span>
      </div>
      <p role="status" className="pcl-copy__status" data-state={status}>
        {status === 'copied' ? messages.copied : status === 'failed' ? messages.copyFailed : ''}
      </p>
    </div>
  );
}
