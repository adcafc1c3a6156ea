'use client';
import { FormField, type UseCheckoutLinkFormResult as CheckoutLinkForm } from '../../hooks';

export interface SwitchFieldProps {
  form: Pick<CheckoutLinkForm, 'store' | 'fields'>;
  name: 'allow_discount_codes' | 'require_billing_address';
  label: string;
  help: string;
}

/** An on/off setting: a native checkbox with the switch role, its label and help text. */
export function SwitchField({ form, name, label, help }: SwitchFieldProps) {
  return (
    <FormField form={form} name={name} description>
      {(field) => (
        <div className="pcl-switch-field">
          <input {...field.getCheckboxProps({ role: 'switch', className: 'pcl-switch' })} />
          <div className="pcl-field">
            <label {...field.getLabelProps({ className: 'pcl-label' })}>{label}</label>
            <p {...field.getDescriptionProps({ className: 'pcl-help' })}>{help}</p>
            <p {...field.getErrorProps({ className: 'pcl-error' })}>{field.error}</p>
          </div>
        </div>
      )}
    </FormField>
  );
}
