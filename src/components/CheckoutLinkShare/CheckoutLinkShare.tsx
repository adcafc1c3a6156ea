'use client';
import { forwardRef, useId, useMemo, useState, type HTMLAttributes, type ReactNode } from 'react';
import type { CheckoutLink } from '../../contract';
import { useLocale, useMessages } from '../../hooks';
import type { CheckoutQueryParam } from '../../messages';
import { CheckoutLinkQrCode } from './CheckoutLinkQrCode';
import { CheckoutLinkSummary } from './CheckoutLinkSummary';
import { CheckoutQueryComposer } from './CheckoutQueryComposer';
import { composeCheckoutUrl, emptyCheckoutQuery, type CheckoutQueryValues } from './checkoutQuery';
import { CopyableField } from './CopyableField';
import { EmbedSnippet } from './EmbedSnippet';
import { Heading, type HeadingLevel } from './Heading';
import { safeHttpUrl } from '../ProductCard';

const CHECKOUT_LINK_SHARE_NAME = 'CheckoutLinkShare';

/** Props of `CheckoutLinkShare`. */
export interface CheckoutLinkShareProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** The link to share, as Polar returned it (e.g. from `useCreateCheckoutLink` or `onCreated`). */
  link: CheckoutLink;
  /** The panel's heading; the messages' `share.title` by default, `null` for none (a dialog's title says it). */
  title?: ReactNode;
  /** The level of the panel's heading (its sections take the next one). Default 2. */
  headingLevel?: Exclude<HeadingLevel, 6>;
}

/**
 * The share panel of a checkout link: its URL to copy or open, a composer for the query
 * parameters Polar's checkout reads (prefilled email, amount, UTM tags…), its QR code (SVG or PNG),
 * the code that embeds it on a site, and a summary of what it sells. Everything Polar returned renders as text.
 */
export const CheckoutLinkShare = forwardRef<HTMLElement, CheckoutLinkShareProps>(function CheckoutLinkShare(
  { link, title, headingLevel = 2, className, ...rest },
  ref,
) {
  const messages = useMessages().share;
  const locale = useLocale();
  const titleId = useId();
  const [query, setQuery] = useState<CheckoutQueryValues>(emptyCheckoutQuery);
  const composed = useMemo(() => composeCheckoutUrl(link, query, messages, locale), [link, query, messages, locale]);
  const openUrl = safeHttpUrl(link.url);
  const heading = title === undefined ? messages.title : title;
  const sectionLevel = (headingLevel + (heading === null ? 0 : 1)) as HeadingLevel;

  const setParam = (param: CheckoutQueryParam, value: string) => setQuery((current) => ({ ...current, [param]: value }));

  return (
    <section
      ref={ref}
      className={['pcl-share', className].filter(Boolean).join(' ')}
      aria-labelledby={heading === null ? undefined : titleId}
      {...rest}
    >
      {heading === null ? null : (
        <Heading level={headingLevel} id={titleId} className="pcl-share__title">
          {heading}
        </Heading>
      )}
      <CopyableField
        label={messages.urlLabel}
        value={link.url}
        copyLabel={messages.copy}
        messages={messages}
      >
        {openUrl ? (
          // The name starts with the visible text (speech input finds it) and says where it opens.
          <a className="pcl-button" href={openUrl} target="_blank" rel="noopener noreferrer" aria-label={`${messages.open} ${messages.opensInNewTab}`}>
            {messages.open}
          </a>
        ) : null}
      </CopyableField>
      <CheckoutLinkSummary link={link} messages={messages} locale={locale} headingLevel={sectionLevel} />
      <CheckoutQueryComposer
        link={link}
        values={query}
        onChange={setParam}
        composed={composed}
        messages={messages}
        locale={locale}
        headingLevel={sectionLevel}
      />
      <CheckoutLinkQrCode url={composed.url} headingLevel={sectionLevel} />
      <EmbedSnippet url={composed.url} messages={messages} headingLevel={sectionLevel} />
    </section>
  );
});
CheckoutLinkShare.displayName = CHECKOUT_LINK_SHARE_NAME;
