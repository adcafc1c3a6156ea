'use client';
import { forwardRef, useId, type HTMLAttributes } from 'react';
import type { CheckoutLinkFormErrorItem } from '../../hooks';

export interface ErrorSummaryProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  items: readonly CheckoutLinkFormErrorItem[];
  /** Errors that concern no field: a failed request ("Try again in 30 s"), Polar's form-wide errors. */
  formErrors: readonly string[];
  title: (count: number) => string;
}

/**
 * The problems of the form at its top: form-wide errors as text, field errors as links that move
 * focus to their field. Focusable, so it can take focus when no field can.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ items, formErrors, title, ...rest }, ref) {
  const titleId = useId();
  if (items.length === 0 && formErrors.length === 0) return null;
  return (
    <div className="pcl-error-summary" tabIndex={-1} {...rest} ref={ref} role="group" aria-labelledby={titleId}>
      <h3 id={titleId} className="pcl-error-summary__title">
        {items.length ? title(items.length) : formErrors[0]}
      </h3>
      {(items.length ? formErrors : formErrors.slice(1)).map((message) => (
        <p key={message} className="pcl-error-summary__message">
          {message}
        </p>
      ))}
      {items.length ? (
        <ul className="pcl-error-summary__list">
          {items.map((item) => (
            <li key={item.name}>
              <a
                href={`#${item.inputId}`}
                onClick={(event) => {
                  event.preventDefault();
                  document.getElementById(item.inputId)?.focus();
                }}
              >
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
