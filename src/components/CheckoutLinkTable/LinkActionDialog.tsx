'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { useRef, useState } from 'react';
import type { CheckoutLink } from '../../contract';
import type { CheckoutLinksMessages } from '../../messages';
import { checkoutLinkFormDefaultsFrom } from '../../state';
import { CheckoutLinkForm } from '../CheckoutLinkForm';
import { CheckoutLinkShare } from '../CheckoutLinkShare';
import { DialogHeader } from '../CreateCheckoutLinkDialog/DialogHeader';
import { useDialogSurroundings } from '../CreateCheckoutLinkDialog/useDialogSurroundings';
import { linkName, type LinkDialogKind } from './CheckoutLinkRow';
import type { LinkTableText } from './useLinkTableText';

/** A row's dialog: which one, for which link, and the button that opened it (focus returns there). */
export interface LinkDialogRequest {
  kind: LinkDialogKind;
  link: CheckoutLink;
  opener: HTMLElement;
}

export interface LinkActionDialogProps {
  request: LinkDialogRequest | null;
  onClose: () => void;
  messages: CheckoutLinksMessages;
  text: LinkTableText;
  container?: HTMLElement | null;
}

/**
 * The table's one dialog for a row's Edit (the builder on the link: saving PATCHes what changed),
 * Duplicate (the builder prefilled from the link: a new link, then its share panel) and Share.
 * Nothing closes it while a save is pending; focus returns to the row's button.
 */
export function LinkActionDialog({ request, onClose, messages, text, container }: LinkActionDialogProps) {
  return (
    <Dialog.Root open={request !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal container={container}>{request ? <DialogPanel key={`${request.kind}:${request.link.id}`} request={request} onClose={onClose} messages={messages} text={text} /> : null}</Dialog.Portal>
    </Dialog.Root>
  );
}

function DialogPanel({ request, onClose, messages, text }: { request: LinkDialogRequest; onClose: () => void; messages: CheckoutLinksMessages; text: LinkTableText }) {
  const { kind, link, opener } = request;
  const openerRef = useRef(opener);
  const around = useDialogSurroundings(openerRef);
  const [submitting, setSubmitting] = useState(false);
  const [created, setCreated] = useState<CheckoutLink | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const name = linkName(link, text);
  const keepOpenWhilePending = (event: Event) => {
    if (submitting) event.preventDefault();
  };
  const title = created ? messages.share.title : kind === 'edit' ? text.editTitle(name) : kind === 'duplicate' ? text.duplicateTitle(name) : text.shareTitle(name);

  return (
    <>
      <Dialog.Overlay className="pcl-dialog__overlay" {...around} />
      <Dialog.Content
        className="pcl-dialog"
        data-pending={submitting ? '' : undefined}
        onEscapeKeyDown={keepOpenWhilePending}
        onInteractOutside={keepOpenWhilePending}
        onCloseAutoFocus={(event) => {
          // The dialog has no Radix trigger: the row's button that opened it takes focus back, if still there.
          event.preventDefault();
          if (opener.isConnected) opener.focus();
        }}
        aria-describedby={kind === 'share' && !created ? undefined : `${link.id}-dialog-description`}
        {...around}
      >
        <DialogHeader ref={titleRef} title={title} closeLabel={text.close} submitting={submitting} />
        {kind === 'share' || created ? (
          <>
            <CheckoutLinkShare link={created ?? link} title={null} headingLevel={3} />
            <div className="pcl-actions pcl-dialog__footer">
              <Dialog.Close asChild>
                <button type="button" className="pcl-button" data-variant="primary">
                  {messages.share.done}
                </button>
              </Dialog.Close>
            </div>
          </>
        ) : (
          <>
            <Dialog.Description id={`${link.id}-dialog-description`} className="pcl-help">
              {kind === 'edit' ? text.editDescription : text.duplicateDescription}
            </Dialog.Description>
            <CheckoutLinkForm
              link={kind === 'edit' ? link : undefined}
              defaultValues={kind === 'duplicate' ? checkoutLinkFormDefaultsFrom(link) : undefined}
              products={link.products}
              onSubmittingChange={setSubmitting}
              onSaved={() => {
                setSubmitting(false);
                onClose();
              }}
              onCreated={(newLink) => {
                setSubmitting(false);
                setCreated(newLink);
                requestAnimationFrame(() => titleRef.current?.focus());
              }}
            />
          </>
        )}
      </Dialog.Content>
    </>
  );
}
