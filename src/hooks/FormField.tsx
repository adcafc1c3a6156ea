'use client';
import type { ReactNode } from 'react';
import type { CheckoutLinkFormFieldName } from '../state/checkoutLinkFormValues';
import type { UseCheckoutLinkFormResult } from './useCheckoutLinkForm';
import { useFormField, type FormFieldState } from './useFormField';

export interface FormFieldProps<Name extends CheckoutLinkFormFieldName> {
  /** The form from `useCheckoutLinkForm`. */
  form: Pick<UseCheckoutLinkFormResult, 'store' | 'fields'>;
  /** The field to render. */
  name: Name;
  /** The field renders a description (`getDescriptionProps`): its input is described by it. */
  description?: boolean;
  /** Renders the field from its state and bound prop getters. */
  children: (field: FormFieldState<Name>) => ReactNode;
}

/** Renders one field in its own subscription, so typing in it re-renders only this part of the form. */
export function FormField<Name extends CheckoutLinkFormFieldName>({ form, name, description, children }: FormFieldProps<Name>) {
  const field = useFormField(form, name, { description });
  return <>{children(field)}</>;
}
FormField.displayName = 'FormField';
