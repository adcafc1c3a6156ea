'use client';
import { lazy, Suspense, useId } from 'react';
import { useMessages } from '../../hooks';
import { defaultQrCodeMessages, mergeMessageGroup } from '../../messages';
import { Heading, type HeadingLevel } from './Heading';

// The encoder is the largest part of the share panel and many hosts never show a code: it loads on demand.
const QrCodeImage = lazy(() => import('./QrCodeImage'));

export interface CheckoutLinkQrCodeProps {
  /** The link, with the composer's options when there are any. */
  url: string;
  headingLevel: HeadingLevel;
}

/** The share panel's QR code section; the image and its downloads load when it first shows. */
export function CheckoutLinkQrCode({ url, headingLevel }: CheckoutLinkQrCodeProps) {
  const id = useId();
  const messages = mergeMessageGroup(defaultQrCodeMessages, useMessages().qrCode);
  return (
    <section className="pcl-share__section" aria-labelledby={`${id}-title`}>
      <Heading level={headingLevel} id={`${id}-title`} className="pcl-share__heading">
        {messages.title}
      </Heading>
      <p className="pcl-help">{messages.help}</p>
      <Suspense
        fallback={
          <div className="pcl-qr">
            <div className="pcl-qr__image pcl-qr__placeholder" role="status">
              {messages.loading}
            </div>
          </div>
        }
      >
        <QrCodeImage text={url} messages={messages} />
      </Suspense>
    </section>
  );
}
