'use client';
import { useId, type ReactNode } from 'react';
import type { CheckoutLink } from '../../contract';
import type { SharePanelMessages } from '../../messages';
import { Heading, type HeadingLevel } from './Heading';

export interface CheckoutLinkSummaryProps {
  link: CheckoutLink;
  messages: SharePanelMessages;
  locale: string;
  headingLevel: HeadingLevel;
}

/** What a link sells and how, as plain text: every value Polar returned stays inert. */
export function CheckoutLinkSummary({ link, messages, locale, headingLevel }: CheckoutLinkSummaryProps) {
  const id = useId();
  const yesNo = (value: boolean) => (value ? messages.yes : messages.no);
  const metadata = Object.entries(link.metadata ?? {});
  const rows: [string, ReactNode][] = [
    [
      messages.summaryProducts,
      <ol className="pcl-share__list">
        {link.products.map((product) => (
          <li key={product.id}>{product.name}</li>
        ))}
      </ol>,
    ],
    [messages.summaryDiscount, link.discount ? (link.discount.code ? `${link.discount.name} (${link.discount.code})` : link.discount.name) : messages.summaryNone],
    [messages.summaryAllowDiscountCodes, yesNo(link.allow_discount_codes)],
  ];
  if (link.require_billing_address !== undefined) rows.push([messages.summaryRequireBillingAddress, yesNo(link.require_billing_address)]);
  if (link.trial_interval && link.trial_interval_count) rows.push([messages.summaryTrial, messages.trialLength(link.trial_interval_count, link.trial_interval)]);
  if (link.seats) rows.push([messages.summarySeats, link.seats.toLocaleString(locale)]);
  rows.push(
    [messages.summarySuccessUrl, link.success_url ? <span dir="ltr">{link.success_url}</span> : messages.summaryNone],
    [messages.summaryReturnUrl, link.return_url ? <span dir="ltr">{link.return_url}</span> : messages.summaryNone],
    [
      messages.summaryMetadata,
      metadata.length ? (
        <ul className="pcl-share__list">
          {metadata.map(([key, value]) => (
            <li key={key}>
              <code>{key}</code>: {String(value)}
            </li>
          ))}
        </ul>
      ) : (
        messages.summaryNone
      ),
    ],
  );
  return (
    <section className="pcl-share__section" aria-labelledby={`${id}-title`}>
      <Heading level={headingLevel} id={`${id}-title`} className="pcl-share__heading">
        {messages.summaryTitle}
      </Heading>
      <dl className="pcl-summary">
        {rows.map(([term, detail]) => (
          <div key={term} className="pcl-summary__row">
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
