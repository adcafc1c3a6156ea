'use client';
import type { InputHTMLAttributes, ReactNode } from 'react';

export interface QueryFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** The error to show, once the field was left. */
  error?: string;
  help?: ReactNode;
  /** Options make it a select. */
  options?: readonly { value: string; label: string }[];
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
}

/** One composer field: label, control, help and error, tied together for assistive technology. */
export function QueryField({ id, label, value, onChange, onBlur, error, help, options, inputProps }: QueryFieldProps) {
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    onBlur,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    className: options ? 'pcl-select' : 'pcl-input',
  } as const;
  return (
    <div className="pcl-field" data-invalid={error ? '' : undefined}>
      <label className="pcl-label" htmlFor={id}>
        {label}
      </label>
      {options ? (
        <select {...common} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input type="text" autoComplete="off" {...inputProps} {...common} onChange={(event) => onChange(event.target.value)} />
      )}
      {help ? (
        <p className="pcl-help" id={helpId}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p className="pcl-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
