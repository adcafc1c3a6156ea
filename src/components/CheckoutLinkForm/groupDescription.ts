import type { FormFieldState } from '../../hooks';
import type { CheckoutLinkFormFieldName } from '../../state';

/** What a fieldset standing for a field is described by: its help, and its error while it has one. */
export function groupDescription(field: Pick<FormFieldState<CheckoutLinkFormFieldName>, 'ids' | 'invalid'>): string {
  return field.invalid ? `${field.ids.description} ${field.ids.error}` : field.ids.description;
}
