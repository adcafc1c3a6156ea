'use client';
import { useId, useState } from 'react';
import type { CheckoutLink } from '../../contract';
import { formatMoney } from '../../format';
import type { CheckoutQueryParam, SharePanelMessages } from '../../messages';
import { amountPrice, sellsPayWhatYouWant, type CheckoutQueryValues, type ComposedCheckoutUrl } from './checkoutQuery';
import { CopyableField } from './CopyableField';
import { Heading, type HeadingLevel } from './Heading';
import { QueryField } from './QueryField';

export interface CheckoutQueryComposerProps {
  link: CheckoutLink;
  values: CheckoutQueryValues;
  onChange: (param: CheckoutQueryParam, value: string) => void;
  composed: ComposedCheckoutUrl;
  messages: SharePanelMessages;
  locale: string;
  headingLevel: HeadingLevel;
}

const utmParams = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;

/** Fields for the query parameters Polar's checkout reads, and the link they make. */
export function CheckoutQueryComposer({ link, values, onChange, composed, messages, locale, headingLevel }: CheckoutQueryComposerProps) {
  const id = useId();
  const [left, setLeft] = useState<ReadonlySet<CheckoutQueryParam>>(() => new Set());
  const labels = messages.composerLabels;

  const field = (param: CheckoutQueryParam, extra: Partial<Parameters<typeof QueryField>[0]> = {}) => (
    <QueryField
      key={param}
      id={`${id}-${param}`}
      label={labels[param]}
      value={values[param]}
      onChange={(value) => onChange(param, value)}
      onBlur={() => setLeft((current) => (current.has(param) ? current : new Set(current).add(param)))}
      error={left.has(param) ? composed.errors[param] : undefined}
      {...extra}
    />
  );

  const price = amountPrice(link, values.product_id);
  const amountHelp = price
    ? messages.composerAmountHelp(
        price.price_currency,
        formatMoney(price.minimum_amount ?? 0, price.price_currency, locale),
        price.maximum_amount == null ? null : formatMoney(price.maximum_amount, price.price_currency, locale),
      )
    : undefined;

  return (
    <section className="pcl-share__section" aria-labelledby={`${id}-title`}>
      <Heading level={headingLevel} id={`${id}-title`} className="pcl-share__heading">
        {messages.composerTitle}
      </Heading>
      <p className="pcl-help">{messages.composerHelp}</p>
      <div className="pcl-share__grid">
        {link.products.length > 1
          ? field('product_id', {
              options: [{ value: '', label: messages.composerProductAny }, ...link.products.map((product) => ({ value: product.id, label: product.name }))],
            })
          : null}
        {field('customer_email', { inputProps: { type: 'email', inputMode: 'email', spellCheck: false } })}
        {field('customer_name')}
        {field('discount_code', { inputProps: { autoCapitalize: 'characters', spellCheck: false } })}
        {sellsPayWhatYouWant(link) ? field('amount', { help: amountHelp, inputProps: { inputMode: 'decimal' } }) : null}
        {field('locale', { help: messages.composerLocaleHelp, inputProps: { spellCheck: false } })}
        {field('theme', {
          options: [
            { value: '', label: messages.composerThemeDefault },
            { value: 'light', label: messages.themes.light },
            { value: 'dark', label: messages.themes.dark },
          ],
        })}
        {field('reference_id', { help: messages.composerReferenceHelp })}
      </div>
      <fieldset className="pcl-share__grid pcl-share__utm">
        <legend className="pcl-label">{messages.composerUtmTitle}</legend>
        {utmParams.map((param) => field(param, { inputProps: { spellCheck: false } }))}
      </fieldset>
      <CopyableField
        label={messages.composedUrlLabel}
        value={composed.url}
        copyLabel={messages.copyComposedUrl}
        messages={messages}
      />
    </section>
  );
}
