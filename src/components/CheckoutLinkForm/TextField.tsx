'use client';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { FormField, type UseCheckoutLinkFormResult as CheckoutLinkForm } from '../../hooks';
import type { CheckoutLinkTextFieldName } from '../../state';

export interface TextFieldProps {
  form: Pick<CheckoutLinkForm, 'store' | 'fields'>;
  name: CheckoutLinkTextFieldName;
  label: ReactNode;
  help?: ReactNode;
  /** Extra attributes of the input (`inputMode`, `type`, `autoComplete`…). */
  inputProps?: InputHTMLAttributes<HTMLInputElement>;
  /** Shown after the input: actions such as the checkout-ID button. */
  children?: ReactNode;
}

/** A labelled text input bound to one field of the form, in its own subscription. */
export function TextField({ form, name, label, help, inputProps, children }: TextFieldProps) {
  return (
    <FormField form={form} name={name} description={Boolean(help)}>
      {(field) => (
        <div className="pcl-field" data-invalid={field.invalid ? '' : undefined}>
          <label {...field.getLabelProps({ className: 'pcl-label' })}>{label}</label>
          <input
            {...field.getInputProps({ type: 'text', ...inputProps, className: 'pcl-input' })}
          />
          {help ? <p {...field.getDescriptionProps({ className: 'pcl-help' })}>{help}</p> : null}
          {children}
          <p {...field.getErrorProps({ className: 'pcl-error' })}>{field.error}</p>
        </div>
      )}
    </FormField>
  );
}
