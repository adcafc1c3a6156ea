'use client';
import { CHECKOUT_ID_PLACEHOLDER } from '../../contract';
import { useFormField, type UseCheckoutLinkFormResult as CheckoutLinkForm } from '../../hooks';
import type { BuilderMessages } from '../../messages';
import { withCheckoutIdParam } from './withCheckoutIdParam';

export interface SuccessUrlFieldProps {
  form: Pick<CheckoutLinkForm, 'store' | 'fields'>;
  messages: BuilderMessages;
}

/** The success URL, with a button that adds `checkout_id={CHECKOUT_ID}` to its query. */
export function SuccessUrlField({ form, messages }: SuccessUrlFieldProps) {
  const field = useFormField(form, 'success_url', { description: true });
  const hasPlaceholder = field.value.includes(CHECKOUT_ID_PLACEHOLDER);
  const insert = () => {
    if (hasPlaceholder || !field.value.trim()) return;
    field.setValue(withCheckoutIdParam(field.value.trim()));
    document.getElementById(field.ids.input)?.focus();
  };
  return (
    <div className="pcl-field" data-invalid={field.invalid ? '' : undefined}>
      <label {...field.getLabelProps({ className: 'pcl-label' })}>{messages.successUrlLabel}</label>
      <div className="pcl-builder__inline">
        <input
          {...field.getInputProps({ className: 'pcl-input', type: 'url', inputMode: 'url' as const, autoComplete: 'url', dir: 'ltr'})}
        />
        <button type="button" className="pcl-button" aria-disabled={hasPlaceholder || !field.value.trim() || undefined} onClick={insert}>
          {messages.insertCheckoutId}
        </button>
      </div>
      <p {...field.getDescriptionProps({ className: 'pcl-help' })}>{messages.successUrlHelp}</p>
      <p {...field.getErrorProps({ className: 'pcl-error' })}>{field.error}</p>
    </div>
  );
}
