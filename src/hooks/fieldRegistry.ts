import type { RefCallback } from 'react';
import type { CheckoutLinkFieldError } from '../state/checkoutLinkFormStore';
import type { CheckoutLinkFormFieldName } from '../state/checkoutLinkFormValues';

/** The ids a field's elements get. */
export interface CheckoutLinkFieldIds {
  input: string;
  label: string;
  error: string;
  description: string;
}

/** Anything focusable (a DOM element in practice). */
export interface Focusable {
  focus(): void;
}

/**
 * The DOM side of one form: the ids of each field's elements, the element that shows each field
 * (registered by the prop getters' refs) and a fallback focus target (the error summary), so
 * that a failed submission can move focus to the first field with an error, or else to the summary.
 */
export class FieldRegistry {
  private readonly elements = new Map<CheckoutLinkFormFieldName, Focusable>();
  private readonly refs = new Map<CheckoutLinkFormFieldName, RefCallback<Focusable>>();
  private fallback: Focusable | null = null;

  /** `idPrefix`: React's `useId`, so server and client agree. */
  constructor(private readonly idPrefix: string) {}

  ids(name: CheckoutLinkFormFieldName): CheckoutLinkFieldIds {
    const input = `${this.idPrefix}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
    return { input, label: `${input}-label`, error: `${input}-error`, description: `${input}-description` };
  }

  /** A ref callback, the same one for every call with `name`, that registers the element showing the field. */
  ref(name: CheckoutLinkFormFieldName): RefCallback<Focusable> {
    let ref = this.refs.get(name);
    if (!ref) {
      ref = (element) => {
        if (element) this.elements.set(name, element);
        else this.elements.delete(name);
      };
      this.refs.set(name, ref);
    }
    return ref;
  }

  /** Takes focus when no field with an error can (the error summary). */
  readonly fallbackRef: RefCallback<Focusable> = (element) => {
    this.fallback = element;
  };

  /** The field whose element takes focus for `name`'s error: its own, or the list it belongs to. */
  focusTarget(name: CheckoutLinkFormFieldName): CheckoutLinkFormFieldName {
    if (this.elements.has(name)) return name;
    if (name.startsWith('products.')) return 'products';
    return name;
  }

  /** Moves focus to the first of `errors` whose field is on screen; returns whether there was one. */
  focusFirstField(errors: readonly CheckoutLinkFieldError[]): boolean {
    for (const { name } of errors) {
      const element = this.elements.get(this.focusTarget(name));
      if (element) {
        element.focus();
        return true;
      }
    }
    return false;
  }

  /** Moves focus to the first of `errors` whose field is on screen, or else to the fallback; returns whether it moved. */
  focusFirstError(errors: readonly CheckoutLinkFieldError[]): boolean {
    if (this.focusFirstField(errors)) return true;
    this.fallback?.focus();
    return this.fallback !== null;
  }
}
