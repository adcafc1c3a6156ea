'use client';
import { forwardRef, useEffect, useRef, type HTMLAttributes } from 'react';
import type { CheckoutLink, Product } from '../../contract';
import { useCheckoutLinkForm, useLocale, useMessages } from '../../hooks';
import type { CheckoutLinkFormDefaults } from '../../state';
import { CheckoutLinkPreview } from './CheckoutLinkPreview';
import { DiscountPicker } from './DiscountPicker';
import { ErrorSummary } from './ErrorSummary';
import { MetadataEditor } from './MetadataEditor';
import { PriceChoiceField } from './PriceChoiceField';
import { ProductPicker } from './ProductPicker';
import { SuccessUrlField } from './SuccessUrlField';
import { SwitchField } from './SwitchField';
import { TextField } from './TextField';
import { TrialFields } from './TrialFields';

const CHECKOUT_LINK_FORM_NAME = 'CheckoutLinkForm';

/** Props of `CheckoutLinkForm`. */
export interface CheckoutLinkFormProps extends Omit<HTMLAttributes<HTMLDivElement>, 'onSubmit' | 'defaultValue'> {
  /** Edit this link: every field starts from it, and saving PATCHes only what changed. */
  link?: CheckoutLink | null;
  /** Starting values of a new link (ignored with `link`), e.g. `{ products: [id], label: 'Spring sale' }`. */
  defaultValues?: CheckoutLinkFormDefaults;
  /** Products you already have (e.g. rendered on the server): the rules and the preview know them without a request. */
  products?: readonly Product[];
  /** Called with the new link once Polar created it. */
  onCreated?: (link: CheckoutLink) => void;
  /** Called with the updated link once Polar saved the changes (edit mode). */
  onSaved?: (link: CheckoutLink) => void;
  /** Called when a submission starts and ends (e.g. a dialog stays open meanwhile). */
  onSubmittingChange?: (submitting: boolean) => void;
}

/**
 * The checkout link builder: products (searched on the server, ordered by keyboard), label,
 * success and return URLs, a preset discount, the checkout switches, trial and seats when they
 * apply, and metadata, with a live preview of what buyers see. Built only from
 * `useCheckoutLinkForm`, `useProducts`, `useDiscounts`, the formatters and `ProductCard`: every
 * field renders in its own subscription, so typing re-renders that field alone.
 */
export const CheckoutLinkForm = forwardRef<HTMLDivElement, CheckoutLinkFormProps>(function CheckoutLinkForm(
  { link, defaultValues, products, onCreated, onSaved, onSubmittingChange, className, ...rest },
  ref,
) {
  const messages = useMessages();
  const locale = useLocale();
  const text = messages.builder;
  const form = useCheckoutLinkForm({
    link,
    defaultValues,
    products,
    onSuccess: (saved, mode) => (mode === 'create' ? onCreated?.(saved) : onSaved?.(saved)),
  });
  const { availability, isSubmitting, mode } = form;

  const submittingChange = useRef(onSubmittingChange);
  submittingChange.current = onSubmittingChange;
  useEffect(() => submittingChange.current?.(isSubmitting), [isSubmitting]);

  const showSummary = form.submitCount > 0 || form.formErrors.length > 0;

  return (
    <div ref={ref} className={['pcl-builder', className].filter(Boolean).join(' ')} data-pending={isSubmitting ? '' : undefined} {...rest}>
      <form {...form.getFormProps({ className: 'pcl-builder__form' })}>
        {showSummary ? (
          <ErrorSummary {...form.getErrorSummaryProps()} items={form.errorSummary} formErrors={form.formErrors} title={text.errorSummaryTitle} />
        ) : null}
        <ProductPicker form={form} selected={form.selectedProducts} messages={messages} />
        {availability.priceChoices ? (
          <PriceChoiceField form={form} prices={availability.priceChoices} messages={text} formatMessages={messages.format} locale={locale} />
        ) : null}
        <TextField form={form} name="label" label={text.labelLabel} help={text.labelHelp} inputProps={{ autoComplete: 'off' }} />
        <SuccessUrlField form={form} messages={text} />
        <TextField
          form={form}
          name="return_url"
          label={text.returnUrlLabel}
          help={text.returnUrlHelp}
          inputProps={{ type: 'url', inputMode: 'url', autoComplete: 'url', dir: 'ltr' }}
        />
        <DiscountPicker form={form} messages={messages} locale={locale} />
        <SwitchField form={form} name="allow_discount_codes" label={text.allowDiscountCodesLabel} help={text.allowDiscountCodesHelp} />
        <SwitchField form={form} name="require_billing_address" label={text.requireBillingAddressLabel} help={text.requireBillingAddressHelp} />
        {availability.trial ? <TrialFields form={form} messages={text} /> : null}
        {availability.seats ? (
          <TextField
            form={form}
            name="seats"
            label={text.seatsLabel}
            help={text.seatsHelp(availability.seats.min, availability.seats.max)}
            inputProps={{ inputMode: 'numeric', autoComplete: 'off' }}
          />
        ) : null}
        <MetadataEditor form={form} rowIds={form.metadataRowIds} messages={text} />
        <div className="pcl-actions pcl-builder__submit">
          <button type="submit" className="pcl-button" data-variant="primary" aria-disabled={isSubmitting || undefined}>
            {mode === 'edit' ? (isSubmitting ? text.submittingEdit : text.submitEdit) : isSubmitting ? text.submittingCreate : text.submitCreate}
          </button>
        </div>
      </form>
      <CheckoutLinkPreview form={form} className="pcl-builder__preview" />
    </div>
  );
});
CheckoutLinkForm.displayName = CHECKOUT_LINK_FORM_NAME;
