'use client';
import type { ReactNode } from 'react';
import { FormField, type UseCheckoutLinkFormResult as CheckoutLinkForm } from '../../hooks';
import type { CheckoutLinkTextFieldName } from '../../state';

export interface SelectFieldProps {
  form: Pick<CheckoutLinkForm, 'store' | 'fields'>;
  name: CheckoutLinkTextFieldName;
  label: ReactNode;
  help?: ReactNode;
  options: readonly { value: string; label: string }[];
}

/** A labelled select bound to one field of the form, in its own subscription. */
export function SelectField({ form, name, label, help, options }: SelectFieldProps) {
  return (
    <FormField form={form} name={name} description={Boolean(help)}>
      {(field) => (
        <div className="pcl-field" data-invalid={field.invalid ? '' : undefined}>
          <label {...field.getLabelProps({ className: 'pcl-label' })}>{label}</label>
          <select {...field.getInputProps({ className: 'pcl-select' })}>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {help ? <p {...field.getDescriptionProps({ className: 'pcl-help' })}>{help}</p> : null}
          <p {...field.getErrorProps({ className: 'pcl-error' })}>{field.error}</p>
        </div>
      )}
    </FormField>
  );
}
