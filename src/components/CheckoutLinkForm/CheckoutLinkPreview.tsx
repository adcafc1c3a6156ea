'use client';
import { forwardRef, useId, type HTMLAttributes } from 'react';
import type { Discount, Product, TrialInterval } from '../../contract';
import { recurringIntervals } from '../../contract';
import { discountAppliesTo, formatPrice } from '../../format';
import { useCheckoutLinkFormState, useLocale, useMessages, type UseCheckoutLinkFormResult as CheckoutLinkForm } from '../../hooks';
import type { CheckoutLinkFormState } from '../../state';
import { ProductCard } from '../ProductCard';
import { isSubscriptionProduct } from './productGroups';

const CHECKOUT_LINK_PREVIEW_NAME = 'CheckoutLinkPreview';

/** Props of `CheckoutLinkPreview`. */
export interface CheckoutLinkPreviewProps extends HTMLAttributes<HTMLElement> {
  /** The form from `useCheckoutLinkForm` whose values it shows. */
  form: Pick<CheckoutLinkForm, 'store'>;
}

/** What the preview shows of the form: the fields buyers see, nothing else. */
interface PreviewSlice {
  products: Product[];
  discount: Discount | null;
  trialInterval: TrialInterval | '';
  trialCount: string;
  seats: string;
}

function previewSlice(state: CheckoutLinkFormState): PreviewSlice {
  const { values, catalog, discounts } = state;
  return {
    products: values.products.flatMap((id) => (catalog[id] ? [catalog[id]] : [])),
    discount: (values.discount_id && discounts[values.discount_id]) || null,
    trialInterval: values.trial_interval,
    trialCount: values.trial_interval_count,
    seats: values.seats,
  };
}

const WHOLE = /^\d+$/;

/** The trial a buyer gets: the link's when complete, else the product's own. */
function trialOf(product: Product, slice: PreviewSlice): { count: number; interval: TrialInterval } | null {
  if (slice.trialInterval && WHOLE.test(slice.trialCount) && Number(slice.trialCount) > 0) {
    return { count: Number(slice.trialCount), interval: slice.trialInterval };
  }
  const interval = product.trial_interval;
  const count = product.trial_interval_count;
  return interval && count && (recurringIntervals as readonly string[]).includes(interval) ? { count, interval: interval as TrialInterval } : null;
}

/**
 * What buyers will see, from the form's state alone (no request): the selected products in order
 * as cards, the preset discount as was/now, the trial and the seats the link locks. It subscribes to
 * those fields only, so typing a label, a URL or metadata does not re-render it.
 */
export const CheckoutLinkPreview = forwardRef<HTMLElement, CheckoutLinkPreviewProps>(function CheckoutLinkPreview(
  { form, className, ...rest },
  ref,
) {
  const messages = useMessages();
  const locale = useLocale();
  const text = messages.builder;
  const titleId = useId();
  const slice = useCheckoutLinkFormState(form, previewSlice);
  const seats = WHOLE.test(slice.seats) ? Number(slice.seats) : null;

  return (
    <section ref={ref} className={['pcl-preview', className].filter(Boolean).join(' ')} aria-labelledby={titleId} {...rest}>
      <h3 id={titleId} className="pcl-preview__title">
        {text.previewTitle}
      </h3>
      <p className="pcl-help">{text.previewHelp}</p>
      {slice.products.length === 0 ? (
        <p className="pcl-preview__empty">{text.previewEmpty}</p>
      ) : (
        <ol className="pcl-preview__list">
          {slice.products.map((product) => {
            const trial = isSubscriptionProduct(product) ? trialOf(product, slice) : null;
            const price = product.prices.find((candidate) => !candidate.is_archived);
            const discount = slice.discount && discountAppliesTo(slice.discount, product.id) ? slice.discount : null;
            return (
              <li key={product.id} className="pcl-preview__item">
                <ProductCard product={product} discount={slice.discount} headingLevel={4} benefitLimit={3} />
                {trial && price ? (
                  <p className="pcl-preview__note">
                    {text.previewTrial(trial.count, trial.interval, formatPrice(price, { product, discount, locale, messages: messages.format }).label)}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {seats !== null && seats > 0 ? <p className="pcl-preview__note">{text.previewSeats(seats)}</p> : null}
    </section>
  );
});
CheckoutLinkPreview.displayName = CHECKOUT_LINK_PREVIEW_NAME;
