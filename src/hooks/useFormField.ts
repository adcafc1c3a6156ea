'use client';
import { useCallback, useMemo } from 'react';
import type { CheckoutLinkFieldIds, CheckoutLinkFieldValue } from '../state/checkoutLinkFormStore';
import type {
  CheckoutLinkCheckboxFieldName,
  CheckoutLinkFormFieldName,
  CheckoutLinkTextFieldName,
} from '../state/checkoutLinkFormValues';
import {
  fieldCheckboxProps,
  fieldDescriptionProps,
  fieldErrorProps,
  fieldInputProps,
  fieldLabelProps,
  fieldWiringProps,
  type FieldCheckboxProps,
  type FieldDescriptionProps,
  type FieldErrorProps,
  type FieldInputProps,
  type FieldLabelProps,
  type FieldWiringProps,
  type MergedProps,
} from './fieldProps';
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
  getInputProps: <User extends object = object>(userProps?: User) => MergedProps<User, FieldInputProps>;
  getCheckboxProps: <User extends object = object>(userProps?: User) => MergedProps<User, FieldCheckboxProps>;
  getLabelProps: <User extends object = object>(userProps?: User) => MergedProps<User, FieldLabelProps>;
  getErrorProps: <User extends object = object>(userProps?: User) => MergedProps<User, FieldErrorProps>;
  getDescriptionProps: <User extends object = object>(userProps?: User) => MergedProps<User, FieldDescriptionProps>;
  getFieldProps: <User extends object = object>(userProps?: User) => MergedProps<User, FieldWiringProps>;
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
export function useFormField<Name extends CheckoutLinkFormFieldName>(form: Pick<UseCheckoutLinkFormResult, 'store'>, name: Name): FormFieldState<Name> {
  const { store } = form;
  const select = useCallback(
    (): FieldSelection<CheckoutLinkFieldValue<Name>> => ({
      value: store.getValue(name),
      error: store.getFieldError(name),
      touched: Boolean(store.getState().touched[name]),
    }),
    [store, name],
  );
  const field = useStoreSelector(store.subscribe, store.getState, select, sameSelection);
  return useMemo<FormFieldState<Name>>(
    () => ({
      name,
      ...field,
      invalid: field.error !== undefined,
      ids: store.ids(name),
      setValue: (value) => store.setValue(name, value),
      blur: () => store.blur(name),
      getInputProps: (userProps) => fieldInputProps(store, name as CheckoutLinkTextFieldName, field, userProps),
      getCheckboxProps: (userProps) => fieldCheckboxProps(store, name as CheckoutLinkCheckboxFieldName, field, userProps),
      getLabelProps: (userProps) => fieldLabelProps(store, name, userProps),
      getErrorProps: (userProps) => fieldErrorProps(store, name, userProps),
      getDescriptionProps: (userProps) => fieldDescriptionProps(store, name, userProps),
      getFieldProps: (userProps) => fieldWiringProps(store, name, field, userProps),
    }),
    [store, name, field],
  );
}
