import type { ChangeEvent, FocusEvent, FormEvent, Ref, RefCallback } from 'react';
import type { CheckoutLinkFormStore } from '../state/checkoutLinkFormStore';
import type {
  CheckoutLinkCheckboxFieldName,
  CheckoutLinkFormFieldName,
  CheckoutLinkTextFieldName,
} from '../state/checkoutLinkFormValues';
import type { FieldRegistry, Focusable } from './fieldRegistry';

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Our props win over the host's of the same name; handlers, refs and `aria-describedby` are merged instead (downshift-style). */
export type MergedProps<User, Ours> = Omit<User, keyof Ours> & Ours;

/** What ties an element to its field: id, ref (for focus), invalid state, and the description and error it is described by. */
export interface FieldWiringProps {
  id: string;
  ref: RefCallback<HTMLElement>;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export interface FieldInputProps extends FieldWiringProps {
  name: string;
  value: string;
  onChange: (event: ChangeEvent<FieldElement>) => void;
  onBlur: (event: FocusEvent<FieldElement>) => void;
}

export interface FieldCheckboxProps extends FieldWiringProps {
  type: 'checkbox';
  name: string;
  checked: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onBlur: (event: FocusEvent<HTMLInputElement>) => void;
}

/** A group (a fieldset) that stands for a field: described by the field's description and, while shown, its error. */
export interface FieldGroupProps {
  'aria-describedby'?: string;
}

export interface FieldLabelProps {
  id: string;
  htmlFor: string;
}

export interface FieldErrorProps {
  id: string;
  'aria-live': 'polite';
}

export interface FieldDescriptionProps {
  id: string;
}

export interface FormElementProps {
  noValidate: true;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  'aria-busy'?: true;
}

/** The element that takes focus when a failed submission has no field to focus. */
export interface ErrorSummaryElementProps {
  ref: RefCallback<HTMLElement>;
  tabIndex: -1;
}

/** A form's store and the DOM side of its fields. */
export interface FormBinding {
  store: CheckoutLinkFormStore;
  fields: FieldRegistry;
}

/** What a field shows: its value, the error to show (if any), and whether it renders a description. */
export interface FieldSnapshot {
  value: unknown;
  error: string | undefined;
  description: boolean;
}

type LooseProps = Record<string, unknown>;

/**
 * The host's handler, then ours unless the host's called `preventDefault()` (Radix's
 * `composeEventHandlers`): a host can stop what a prop getter would do.
 */
function composeEventHandlers<Event extends { defaultPrevented: boolean }>(
  theirs: unknown,
  ours: (event: Event) => void,
): (event: Event) => void {
  if (typeof theirs !== 'function') return ours;
  return (event) => {
    (theirs as (event: Event) => void)(event);
    if (!event.defaultPrevented) ours(event);
  };
}

function setRef<T>(ref: unknown, value: T | null): void {
  if (typeof ref === 'function') (ref as (value: T | null) => void)(value);
  else if (ref && typeof ref === 'object') (ref as { current: T | null }).current = value;
}

const composedRefs = new WeakMap<object, WeakMap<object, RefCallback<HTMLElement>>>();

/**
 * One ref callback that sets both refs; the same function for the same two refs (Radix's
 * `useComposedRefs`), so React does not detach and attach it again on every render.
 */
function composeRefs(theirs: Ref<HTMLElement> | unknown, ours: RefCallback<HTMLElement>): RefCallback<HTMLElement> {
  if (!theirs || (typeof theirs !== 'function' && typeof theirs !== 'object')) return ours;
  let byTheirs = composedRefs.get(ours);
  if (!byTheirs) {
    byTheirs = new WeakMap();
    composedRefs.set(ours, byTheirs);
  }
  let composed = byTheirs.get(theirs);
  if (!composed) {
    composed = (element) => {
      ours(element);
      setRef(theirs, element);
    };
    byTheirs.set(theirs, composed);
  }
  return composed;
}

function joinIds(...ids: unknown[]): string | undefined {
  const joined = ids.filter((id): id is string => typeof id === 'string' && id !== '').join(' ');
  return joined || undefined;
}

/** The current value and shown error of a field, read from the store. */
export function currentField(store: CheckoutLinkFormStore, name: CheckoutLinkFormFieldName, description = false): FieldSnapshot {
  return { value: store.getValue(name), error: store.getFieldError(name), description };
}

/** The host's own ids, the field's description (when it has one), then its error (while shown). */
function describedBy(form: FormBinding, name: CheckoutLinkFormFieldName, field: FieldSnapshot, theirs: unknown): string | undefined {
  const ids = form.fields.ids(name);
  return joinIds(theirs, field.description ? ids.description : undefined, field.error ? ids.error : undefined);
}

/**
 * `id`, `ref`, `aria-invalid` and `aria-describedby` of the element that shows a field. An element
 * that only stands for a field inside its group (a search box, an add button) leaves the
 * description to the group (`description: false`).
 */
export function fieldWiringProps<User extends object>(
  form: FormBinding,
  name: CheckoutLinkFormFieldName,
  field: FieldSnapshot,
  userProps?: User,
): MergedProps<User, FieldWiringProps> {
  const user = (userProps ?? {}) as LooseProps;
  return {
    ...(userProps as User),
    id: form.fields.ids(name).input,
    ref: composeRefs(user.ref, form.fields.ref(name) as RefCallback<Focusable & HTMLElement>),
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': describedBy(form, name, field, user['aria-describedby']),
  } as MergedProps<User, FieldWiringProps>;
}

export function fieldInputProps<User extends object>(
  form: FormBinding,
  name: CheckoutLinkTextFieldName,
  field: FieldSnapshot,
  userProps?: User,
): MergedProps<User, FieldInputProps> {
  const user = (userProps ?? {}) as LooseProps;
  const { store } = form;
  return {
    ...fieldWiringProps(form, name, field, userProps),
    name,
    value: typeof field.value === 'string' ? field.value : '',
    onChange: composeEventHandlers(user.onChange, (event: ChangeEvent<FieldElement>) => store.setValue(name, event.currentTarget.value)),
    onBlur: composeEventHandlers(user.onBlur, () => store.blur(name)),
  } as MergedProps<User, FieldInputProps>;
}

export function fieldCheckboxProps<User extends object>(
  form: FormBinding,
  name: CheckoutLinkCheckboxFieldName,
  field: FieldSnapshot,
  userProps?: User,
): MergedProps<User, FieldCheckboxProps> {
  const user = (userProps ?? {}) as LooseProps;
  const { store } = form;
  const setChecked = (checked: boolean) =>
    // A boolean metadata value is kept as the text 'true' / 'false' like every other metadata value.
    name.startsWith('metadata.') ? store.setValue(name as `metadata.${string}.value`, String(checked)) : store.setValue(name, checked);
  return {
    ...fieldWiringProps(form, name, field, userProps),
    type: 'checkbox',
    name,
    checked: field.value === true || field.value === 'true',
    onChange: composeEventHandlers(user.onChange, (event: ChangeEvent<HTMLInputElement>) => setChecked(event.currentTarget.checked)),
    onBlur: composeEventHandlers(user.onBlur, () => store.blur(name)),
  } as MergedProps<User, FieldCheckboxProps>;
}

export function fieldGroupProps<User extends object>(
  form: FormBinding,
  name: CheckoutLinkFormFieldName,
  field: FieldSnapshot,
  userProps?: User,
): MergedProps<User, FieldGroupProps> {
  const user = (userProps ?? {}) as LooseProps;
  return { ...(userProps as User), 'aria-describedby': describedBy(form, name, field, user['aria-describedby']) } as MergedProps<
    User,
    FieldGroupProps
  >;
}

export function fieldLabelProps<User extends object>(
  form: FormBinding,
  name: CheckoutLinkFormFieldName,
  userProps?: User,
): MergedProps<User, FieldLabelProps> {
  const ids = form.fields.ids(name);
  return { ...(userProps as User), id: ids.label, htmlFor: ids.input } as MergedProps<User, FieldLabelProps>;
}

export function fieldErrorProps<User extends object>(
  form: FormBinding,
  name: CheckoutLinkFormFieldName,
  userProps?: User,
): MergedProps<User, FieldErrorProps> {
  return { ...(userProps as User), id: form.fields.ids(name).error, 'aria-live': 'polite' } as MergedProps<User, FieldErrorProps>;
}

export function fieldDescriptionProps<User extends object>(
  form: FormBinding,
  name: CheckoutLinkFormFieldName,
  userProps?: User,
): MergedProps<User, FieldDescriptionProps> {
  return { ...(userProps as User), id: form.fields.ids(name).description } as MergedProps<User, FieldDescriptionProps>;
}

/** `submit` is the form hook's: it sends, and moves focus to the first error when the submission fails. */
export function formElementProps<User extends object>(
  submit: () => unknown,
  pending: boolean,
  userProps?: User,
): MergedProps<User, FormElementProps> {
  const user = (userProps ?? {}) as LooseProps;
  return {
    ...(userProps as User),
    noValidate: true,
    'aria-busy': pending ? true : undefined,
    onSubmit: composeEventHandlers(user.onSubmit, (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void submit();
    }),
  } as MergedProps<User, FormElementProps>;
}

export function errorSummaryProps<User extends object>(fields: FieldRegistry, userProps?: User): MergedProps<User, ErrorSummaryElementProps> {
  const user = (userProps ?? {}) as LooseProps;
  return {
    ...(userProps as User),
    ref: composeRefs(user.ref, fields.fallbackRef as RefCallback<HTMLElement>),
    tabIndex: -1,
  } as MergedProps<User, ErrorSummaryElementProps>;
}
