'use client';
import { useEffect, useId, useMemo, useState } from 'react';
import type { PolarApiError } from '../client';
import type { CheckoutLink, Discount, Product } from '../contract';
import { mergeMessages } from '../messages';
import { createCheckoutLinkMutation, updateCheckoutLinkMutation } from '../state/checkoutLinkMutations';
import type { CheckoutLinkFormAvailability, DiscountApplicability } from '../state/checkoutLinkFormRules';
import {
  CheckoutLinkFormStore,
  type CheckoutLinkFieldError,
  type CheckoutLinkFieldValue,
  type CheckoutLinkFormMode,
  type CheckoutLinkFormState,
  type CheckoutLinkFormStatus,
  type CheckoutLinkSubmitRequest,
  type CheckoutLinkSubmitter,
} from '../state/checkoutLinkFormStore';
import type {
  CheckoutLinkCheckboxFieldName,
  CheckoutLinkFormDefaults,
  CheckoutLinkFormFieldName,
  CheckoutLinkTextFieldName,
  MetadataRow,
} from '../state/checkoutLinkFormValues';
import { isDeepEqual } from '../state/isDeepEqual';
import {
  currentField,
  errorSummaryProps,
  fieldCheckboxProps,
  fieldDescriptionProps,
  fieldErrorProps,
  fieldInputProps,
  fieldLabelProps,
  fieldWiringProps,
  formElementProps,
  type ErrorSummaryElementProps,
  type FieldCheckboxProps,
  type FieldDescriptionProps,
  type FieldErrorProps,
  type FieldInputProps,
  type FieldLabelProps,
  type FieldWiringProps,
  type FormElementProps,
  type MergedProps,
} from './fieldProps';
import { FieldRegistry, type CheckoutLinkFieldIds } from './fieldRegistry';
import { useCheckoutLinksScope } from './useCheckoutLinksScope';
import { useStoreSelector } from './useStoreSelector';

export interface UseCheckoutLinkFormOptions {
  /** Starting values of a new link (ignored when `link` is given). */
  defaultValues?: CheckoutLinkFormDefaults;
  /** Edit this link: every field starts from it, and submitting PATCHes only what changed. */
  link?: CheckoutLink | null;
  /** Products the rules may consult (e.g. the picker's results); the selected ones must be among them for the rules to apply. */
  products?: readonly Product[];
  /** Discounts the rules may consult, to tell whether a preset discount covers the selected products. */
  discounts?: readonly Discount[];
  /**
   * Sends the link yourself (e.g. through a server action) instead of the provider's client.
   * Resolve with the link; reject with anything (a `PolarApiError`'s field errors land on the fields).
   */
  onSubmit?: (request: CheckoutLinkSubmitRequest, context: { signal: AbortSignal }) => Promise<CheckoutLink>;
  /** Called with the created or updated link (not after the form unmounted). */
  onSuccess?: (link: CheckoutLink, mode: CheckoutLinkFormMode) => void;
}

/** A selected product and, once the form knows it, its data. */
export interface SelectedProduct {
  id: string;
  product: Product | undefined;
}

/** One entry of the error summary, in form order. */
export interface CheckoutLinkFormErrorItem extends CheckoutLinkFieldError {
  /** The id of the element that takes focus for this error (the summary's link points there). */
  inputId: string;
}

/** The form-level state: it changes on submit, product and row changes, not on keystrokes. */
export interface CheckoutLinkFormSummary {
  mode: CheckoutLinkFormMode;
  /** The link being edited. */
  link: CheckoutLink | null;
  status: CheckoutLinkFormStatus;
  isSubmitting: boolean;
  submitCount: number;
  /** The created or updated link. */
  result: CheckoutLink | null;
  submitError: PolarApiError | null;
  /** Errors that concern no field (Polar's, or a failed request's message). */
  formErrors: readonly string[];
  /** The errors shown at fields, in form order, for an error summary. */
  errorSummary: CheckoutLinkFormErrorItem[];
  /** The selected products, in the order buyers see them. */
  selectedProducts: SelectedProduct[];
  /** The ids of the metadata rows, in order (render one row component per id). */
  metadataRowIds: string[];
  /** Which optional fields apply to the selected products; hide the others. */
  availability: CheckoutLinkFormAvailability;
}

/** The builder's state, actions and prop getters. */
export interface UseCheckoutLinkFormResult extends CheckoutLinkFormSummary {
  /** The framework-agnostic store behind the form (for `useFormField` and custom selectors). */
  store: CheckoutLinkFormStore;
  /** The DOM side of the fields: their element ids, the elements that take focus (for `useFormField`). */
  fields: FieldRegistry;
  /**
   * Validates and sends; resolves with the link, or `null` when the values or Polar refused, and
   * then moves focus to the first field with an error (or else the error summary). One request however many calls.
   */
  submit: () => Promise<CheckoutLink | null>;
  /** Back to the starting values, or to another link / other defaults. */
  reset: (next?: { link?: CheckoutLink | null; defaultValues?: CheckoutLinkFormDefaults }) => void;
  setValue: <Name extends CheckoutLinkFormFieldName>(name: Name, value: CheckoutLinkFieldValue<Name>) => void;
  addProduct: (product: Product | string) => void;
  removeProduct: (id: string) => void;
  /** Moves a selected product to `index`. */
  moveProduct: (id: string, index: number) => void;
  moveProductUp: (id: string) => void;
  moveProductDown: (id: string) => void;
  /** Adds a metadata row; returns its id. */
  addMetadataRow: (row?: Partial<Omit<MetadataRow, 'id'>>) => string;
  removeMetadataRow: (id: string) => void;
  /** Teaches the rules about products (e.g. the picker's results). */
  registerProducts: (products: readonly Product[]) => void;
  /** Teaches the rules about discounts (e.g. the discount picker's results). */
  registerDiscounts: (discounts: readonly Discount[]) => void;
  /** Whether a discount covers every selected product, and if not which it misses. */
  getDiscountApplicability: (discount: Discount) => DiscountApplicability;
  /** Focuses the first field with a shown error, or else the error summary; returns whether focus moved. */
  focusFirstError: () => boolean;
  /** The error shown at a field right now (read at call time; subscribe with `useFormField` to follow it). */
  getFieldError: (name: CheckoutLinkFormFieldName) => string | undefined;
  getFieldIds: (name: CheckoutLinkFormFieldName) => CheckoutLinkFieldIds;
  /**
   * `noValidate`, `onSubmit` (prevents the page load and calls `submit`) and `aria-busy` while
   * pending. A host `onSubmit` runs first; calling `event.preventDefault()` in it stops ours.
   */
  getFormProps: <User extends object = object>(userProps?: User) => MergedProps<User, FormElementProps>;
  /**
   * Props of a text input or select: `id`, `name`, `value`, `onChange`, `onBlur`, `ref`,
   * `aria-invalid`, `aria-describedby`. They read the field at call time: call them in a component
   * that subscribes to the field (`useFormField` or `<FormField>`), which has the same getters bound.
   */
  getInputProps: <User extends object = object>(name: CheckoutLinkTextFieldName, userProps?: User) => MergedProps<User, FieldInputProps>;
  getCheckboxProps: <User extends object = object>(
    name: CheckoutLinkCheckboxFieldName,
    userProps?: User,
  ) => MergedProps<User, FieldCheckboxProps>;
  getLabelProps: <User extends object = object>(name: CheckoutLinkFormFieldName, userProps?: User) => MergedProps<User, FieldLabelProps>;
  getErrorProps: <User extends object = object>(name: CheckoutLinkFormFieldName, userProps?: User) => MergedProps<User, FieldErrorProps>;
  getDescriptionProps: <User extends object = object>(
    name: CheckoutLinkFormFieldName,
    userProps?: User,
  ) => MergedProps<User, FieldDescriptionProps>;
  /** `ref` and `tabIndex={-1}` of the error summary: it takes focus when a failed submission has no field to focus. */
  getErrorSummaryProps: <User extends object = object>(userProps?: User) => MergedProps<User, ErrorSummaryElementProps>;
  /** `id`, `ref` and ARIA wiring for an element that stands for a non-input field (the product list, its search box). */
  getFieldProps: <User extends object = object>(name: CheckoutLinkFormFieldName, userProps?: User) => MergedProps<User, FieldWiringProps>;
}

function summaryOf(store: CheckoutLinkFormStore, fields: FieldRegistry, state: CheckoutLinkFormState): CheckoutLinkFormSummary {
  return {
    mode: store.mode,
    link: state.link,
    status: state.status,
    isSubmitting: state.status === 'pending',
    submitCount: state.submitCount,
    result: state.result,
    submitError: state.submitError,
    formErrors: store.getFormErrors(),
    errorSummary: store.getErrorSummary().map((item) => ({ ...item, inputId: fields.ids(fields.focusTarget(item.name)).input })),
    selectedProducts: state.values.products.map((id) => ({ id, product: state.catalog[id] })),
    metadataRowIds: state.values.metadata.map((row) => row.id),
    availability: store.getAvailability(),
  };
}

/**
 * The checkout link builder's state and rules: values, validation equal to Polar's, fields hidden
 * and cleared when they cannot apply, the body to send, 422s mapped back onto fields, and prop
 * getters that wire ids and ARIA. This hook re-renders on form-level changes only; fields
 * subscribe one by one with `useFormField`, so typing re-renders the field typed in.
 */
export function useCheckoutLinkForm(options: UseCheckoutLinkFormOptions = {}): UseCheckoutLinkFormResult {
  const { client, cache, onChange, messageOverrides, locale } = useCheckoutLinksScope('useCheckoutLinkForm');
  const messages = mergeMessages(messageOverrides);
  const idPrefix = useId();
  const { onSubmit, onSuccess, products, discounts, link } = options;

  const submit: CheckoutLinkSubmitter = async (request, signal) => {
    const sent = onSubmit
      ? await onSubmit(request, { signal })
      : request.mode === 'create'
        ? await createCheckoutLinkMutation(client, cache, onChange)(request.body, signal)
        : await updateCheckoutLinkMutation(client, cache, onChange)({ link: request.link.id, changes: request.changes }, signal);
    if (!signal.aborted) onSuccess?.(sent, request.mode);
    return sent;
  };

  const [store] = useState(() => new CheckoutLinkFormStore({ ...options, messages, locale, submit }));
  const [fields] = useState(() => new FieldRegistry(idPrefix));
  // Bumped when a failed submission has no field to focus: the error summary takes focus once it is on screen.
  const [summaryFocusRequest, setSummaryFocusRequest] = useState(0);
  useEffect(() => store.setEnvironment({ messages, locale, submit }));
  useEffect(() => {
    store.mount();
    return () => store.unmount();
  }, [store]);
  useEffect(() => {
    if (summaryFocusRequest) fields.focusFirstError(store.getErrorSummary());
  }, [summaryFocusRequest, fields, store]);
  useEffect(() => {
    if (products) store.registerProducts(products);
  }, [store, products]);
  useEffect(() => {
    if (discounts) store.registerDiscounts(discounts);
  }, [store, discounts]);
  // Another link to edit (or one that finished loading) starts the form over; a refreshed copy of the same link does not.
  const linkId = link?.id;
  useEffect(() => {
    if (link !== undefined && store.getState().link?.id !== linkId) store.reset({ link });
  }, [store, linkId]); // keyed by id on purpose: `link` is read for that id only

  const summary = useStoreSelector(store.subscribe, store.getState, (state) => summaryOf(store, fields, state), isDeepEqual);

  return useMemo<UseCheckoutLinkFormResult>(() => {
    const form = { store, fields };
    const submitForm = async () => {
      const link = await store.submit();
      const errors = store.getErrorSummary();
      const failed = !link && store.getState().status !== 'pending' && (errors.length > 0 || store.getFormErrors().length > 0);
      if (failed && !fields.focusFirstField(errors)) setSummaryFocusRequest((count) => count + 1);
      return link;
    };
    return {
      ...summary,
      store,
      fields,
      submit: submitForm,
      reset: (next) => store.reset(next),
      setValue: (name, value) => store.setValue(name, value),
      addProduct: (product) => store.addProduct(product),
      removeProduct: (id) => store.removeProduct(id),
      moveProduct: (id, index) => store.moveProduct(id, index),
      moveProductUp: (id) => store.moveProductUp(id),
      moveProductDown: (id) => store.moveProductDown(id),
      addMetadataRow: (row) => store.addMetadataRow(row),
      removeMetadataRow: (id) => store.removeMetadataRow(id),
      registerProducts: (list) => store.registerProducts(list),
      registerDiscounts: (list) => store.registerDiscounts(list),
      getDiscountApplicability: (discount) => store.getDiscountApplicability(discount),
      focusFirstError: () => fields.focusFirstError(store.getErrorSummary()),
      getFieldError: (name) => store.getFieldError(name),
      getFieldIds: (name) => fields.ids(name),
      getFormProps: (userProps) => formElementProps(submitForm, summary.isSubmitting, userProps),
      getErrorSummaryProps: (userProps) => errorSummaryProps(fields, userProps),
      getInputProps: (name, userProps) => fieldInputProps(form, name, currentField(store, name), userProps),
      getCheckboxProps: (name, userProps) => fieldCheckboxProps(form, name, currentField(store, name), userProps),
      getLabelProps: (name, userProps) => fieldLabelProps(form, name, userProps),
      getErrorProps: (name, userProps) => fieldErrorProps(form, name, userProps),
      getDescriptionProps: (name, userProps) => fieldDescriptionProps(form, name, userProps),
      getFieldProps: (name, userProps) => fieldWiringProps(form, name, currentField(store, name), userProps),
    };
  }, [store, fields, summary]);
}
