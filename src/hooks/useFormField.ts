'use client';
import { useCallback, useMemo } from 'react';
import type { CheckoutLinkFieldValue } from '../state/checkoutLinkFormStore';
import type {
  CheckoutLinkCheckboxFieldName,
  CheckoutLinkFormFieldName,
  CheckoutLinkTextFieldName,
} from '../state/checkoutLinkFormValues';
import {
  fieldCheckboxProps,
  fieldDescriptionProps,
  fieldErrorProps,
  fieldGroupProps,
  fieldInputProps,
  fieldLabelProps,
  fieldWiringProps,
  type FieldCheckboxProps,
  type FieldDescriptionProps,
  type FieldErrorProps,
  type FieldGroupProps,
  type FieldInputProps,
  type FieldLabelProps,
  type FieldWiringProps,
  type MergedProps,
} from './fieldProps';
import type { CheckoutLinkFieldIds } from './fieldRegistry';
import type { UseCheckoutLinkFormResult } from './useCheckoutLinkForm';
import { useStoreSelector } from './useStoreSelector';

/** One field of the builder: its value, the error to show, and prop getters bound to it. */
export interface FormFieldState<Name extends CheckoutLinkFormFieldName> {
  name: Name;
  value: CheckoutLinkFieldValue<Name>;
  /** The error to show now: Polar's, or the form's once the field was left or the form submitted. */
  error: string | undefined;
  invalid: boolean;
  /** The user left the field at least once. */
  touched: boolean;
  ids: CheckoutLinkFieldIds;
  setValue: (value: CheckoutLinkFieldValue<Name>) => void;
  /** Marks the field as left (the input props do it on blur). */
  blur: () => void;
  /**
   * Props of the field's input or select. `aria-describedby` lists the host's own ids, the
   * description (with `description: true`), then the error while it is shown; the host's
   * handlers run first, and one that calls `preventDefault()` stops ours; the host's ref is composed with ours.
   */
  getInputProps: <User extends object = object>(userProps?: User) => MergedProps<User, FieldInputProps>;
  getCheckboxProps: <User extends object = object>(userProps?: User) => MergedProps<User, FieldCheckboxProps>;
  getLabelProps: <User extends object = object>(userProps?: User) => MergedProps<User, FieldLabelProps>;
  getErrorProps: <User extends object = object>(userProps?: User) => MergedProps<User, FieldErrorProps>;
  getDescriptionProps: <User extends object = object>(userProps?: User) => MergedProps<User, FieldDescriptionProps>;
  /** A fieldset that stands for the field: described by its description and its error, as the input is. */
  getGroupProps: <User extends object = object>(userProps?: User) => MergedProps<User, FieldGroupProps>;
  /** `id`, `ref` and ARIA of an element that stands for the field inside its group (a search box): the group carries the description. */
  getFieldProps: <User extends object = object>(userProps?: User) => MergedProps<User, FieldWiringProps>;
}

export interface UseFormFieldOptions {
  /** The field renders a description (`getDescriptionProps`): its input and group are described by it. */
  description?: boolean;
}

interface FieldSelection<Value> {
  value: Value;
  error: string | undefined;
  touched: boolean;
}

function sameSelection<Value>(a: FieldSelection<Value>, b: FieldSelection<Value>): boolean {
  return Object.is(a.value, b.value) && a.error === b.error && a.touched === b.touched;
}

/**
 * Subscribes to one field of a `useCheckoutLinkForm` form: the component re-renders when this
 * field's value, error or touched state changes, and for nothing else.
 */
export function useFormField<Name extends CheckoutLinkFormFieldName>(
  form: Pick<UseCheckoutLinkFormResult, 'store' | 'fields'>,
  name: Name,
  options: UseFormFieldOptions = {},
): FormFieldState<Name> {
  const { store, fields } = form;
  const description = options.description ?? false;
  const select = useCallback(
    (): FieldSelection<CheckoutLinkFieldValue<Name>> => ({
      value: store.getValue(name),
      error: store.getFieldError(name),
      touched: Boolean(store.getState().touched[name]),
    }),
    [store, name],
  );
  const selection = useStoreSelector(store.subscribe, store.getState, select, sameSelection);
  return useMemo<FormFieldState<Name>>(() => {
    const binding = { store, fields };
    const field = { ...selection, description };
    const selectionOnly = { ...selection, description: false };
    return {
      name,
      ...selection,
      invalid: selection.error !== undefined,
      ids: fields.ids(name),
      setValue: (value) => store.setValue(name, value),
      blur: () => store.blur(name),
      getInputProps: (userProps) => fieldInputProps(binding, name as CheckoutLinkTextFieldName, field, userProps),
      getCheckboxProps: (userProps) => fieldCheckboxProps(binding, name as CheckoutLinkCheckboxFieldName, field, userProps),
      getLabelProps: (userProps) => fieldLabelProps(binding, name, userProps),
      getErrorProps: (userProps) => fieldErrorProps(binding, name, userProps),
      getDescriptionProps: (userProps) => fieldDescriptionProps(binding, name, userProps),
      getGroupProps: (userProps) => fieldGroupProps(binding, name, field, userProps),
      getFieldProps: (userProps) => fieldWiringProps(binding, name, selectionOnly, userProps),
    };
  }, [store, fields, name, selection, description]);
}
