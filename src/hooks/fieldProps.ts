import type { ChangeEvent, FocusEvent, FormEvent, RefCallback } from 'react';
import type { CheckoutLinkFormStore } from '../state/checkoutLinkFormStore';
import type {
  CheckoutLinkCheckboxFieldName,
  CheckoutLinkFormFieldName,
  CheckoutLinkTextFieldName,
} from '../state/checkoutLinkFormValues';

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Our props win over the host's of the same name; handlers and refs are merged instead (downshift-style). */
export type MergedProps<User, Ours> = Omit<User, keyof Ours> & Ours;

/** What ties an element to its field: id, ref (for focus), invalid state and the error it is described by. */
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

/** What a field shows: its value and the error to show (if any). */
export interface FieldSnapshot {
  value: unknown;
  error: string | undefined;
}

type LooseProps = Record<string, unknown>;
type Handler = (...args: never[]) => unknown;

function callAll<Event>(theirs: unknown, ours: (event: Event) => void): (event: Event) => void {
  return (event) => {
    if (typeof theirs === 'function') (theirs as (event: Event) => void)(event);
    ours(event);
  };
}

function mergeRefs(theirs: unknown, ours: RefCallback<HTMLElement>): RefCallback<HTMLElement> {
  if (!theirs) return ours;
  return (element) => {
    ours(element);
    if (typeof theirs === 'function') (theirs as (element: HTMLElement | null) => void)(element);
    else if (typeof theirs === 'object') (theirs as { current: unknown }).current = element;
  };
}

function joinIds(...ids: unknown[]): string | undefined {
  const joined = ids.filter((id): id is string => typeof id === 'string' && id !== '').join(' ');
  return joined || undefined;
}

/** The current value and shown error of a field, read from the store. */
export function currentField(store: CheckoutLinkFormStore, name: CheckoutLinkFormFieldName): FieldSnapshot {
  return { value: store.getValue(name), error: store.getFieldError(name) };
}

export function fieldWiringProps<User extends object>(
  store: CheckoutLinkFormStore,
  name: CheckoutLinkFormFieldName,
  field: FieldSnapshot,
  userProps?: User,
): MergedProps<User, FieldWiringProps> {
  const user = (userProps ?? {}) as LooseProps;
  const ids = store.ids(name);
  return {
    ...(userProps as User),
    id: ids.input,
    ref: mergeRefs(user.ref, store.elementRef(name)),
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': joinIds(user['aria-describedby'], field.error ? ids.error : undefined),
  } as MergedProps<User, FieldWiringProps>;
}

export function fieldInputProps<User extends object>(
  store: CheckoutLinkFormStore,
  name: CheckoutLinkTextFieldName,
  field: FieldSnapshot,
  userProps?: User,
): MergedProps<User, FieldInputProps> {
  const user = (userProps ?? {}) as LooseProps;
  return {
    ...fieldWiringProps(store, name, field, userProps),
    name,
    value: typeof field.value === 'string' ? field.value : '',
    onChange: callAll(user.onChange as Handler, (event: ChangeEvent<FieldElement>) => store.setValue(name, event.currentTarget.value)),
    onBlur: callAll(user.onBlur as Handler, () => store.blur(name)),
  } as MergedProps<User, FieldInputProps>;
}

export function fieldCheckboxProps<User extends object>(
  store: CheckoutLinkFormStore,
  name: CheckoutLinkCheckboxFieldName,
  field: FieldSnapshot,
  userProps?: User,
): MergedProps<User, FieldCheckboxProps> {
  const user = (userProps ?? {}) as LooseProps;
  const setChecked = (checked: boolean) =>
    // A boolean metadata value is kept as the text 'true' / 'false' like every other metadata value.
    name.startsWith('metadata.') ? store.setValue(name as `metadata.${string}.value`, String(checked)) : store.setValue(name, checked);
  return {
    ...fieldWiringProps(store, name, field, userProps),
    type: 'checkbox',
    name,
    checked: field.value === true || field.value === 'true',
    onChange: callAll(user.onChange as Handler, (event: ChangeEvent<HTMLInputElement>) => setChecked(event.currentTarget.checked)),
    onBlur: callAll(user.onBlur as Handler, () => store.blur(name)),
  } as MergedProps<User, FieldCheckboxProps>;
}

export function fieldLabelProps<User extends object>(
  store: CheckoutLinkFormStore,
  name: CheckoutLinkFormFieldName,
  userProps?: User,
): MergedProps<User, FieldLabelProps> {
  const ids = store.ids(name);
  return { ...(userProps as User), id: ids.label, htmlFor: ids.input } as MergedProps<User, FieldLabelProps>;
}

export function fieldErrorProps<User extends object>(
  store: CheckoutLinkFormStore,
  name: CheckoutLinkFormFieldName,
  userProps?: User,
): MergedProps<User, FieldErrorProps> {
  return { ...(userProps as User), id: store.ids(name).error, 'aria-live': 'polite' } as MergedProps<User, FieldErrorProps>;
}

export function fieldDescriptionProps<User extends object>(
  store: CheckoutLinkFormStore,
  name: CheckoutLinkFormFieldName,
  userProps?: User,
): MergedProps<User, FieldDescriptionProps> {
  return { ...(userProps as User), id: store.ids(name).description } as MergedProps<User, FieldDescriptionProps>;
}

export function formElementProps<User extends object>(
  store: CheckoutLinkFormStore,
  pending: boolean,
  userProps?: User,
): MergedProps<User, FormElementProps> {
  const user = (userProps ?? {}) as LooseProps;
  return {
    ...(userProps as User),
    noValidate: true,
    'aria-busy': pending ? true : undefined,
    onSubmit: callAll(user.onSubmit as Handler, (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      void store.submit();
    }),
  } as MergedProps<User, FormElementProps>;
}
