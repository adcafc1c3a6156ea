'use client';
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useRef } from 'react';
import type { CheckoutLink } from '../../contract';
import { useDialogSurroundings } from '../CreateCheckoutLinkDialog/useDialogSurroundings';
import { linkName } from './CheckoutLinkRow';
import type { LinkTableText } from './useLinkTableText';

/** A delete to confirm: the link, the button that asked, and what sends the delete. */
export interface DeleteRequest {
  link: CheckoutLink;
  opener: HTMLElement;
  confirm: () => void;
}

export interface DeleteLinkDialogProps {
  request: DeleteRequest | null;
  onClose: () => void;
  text: LinkTableText;
  container?: HTMLElement | null;
}

/**
 * Asks before a delete, as Radix's AlertDialog does it: `role="alertdialog"`, focus on "Keep link"
 * (the safe choice), no closing by a click outside. Confirming closes it and sends the delete; the
 * row shows how it went.
 */
export function DeleteLinkDialog({ request, onClose, text, container }: DeleteLinkDialogProps) {
  return (
    <AlertDialog.Root open={request !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <AlertDialog.Portal container={container}>{request ? <DeletePanel request={request} onClose={onClose} text={text} /> : null}</AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

function DeletePanel({ request, onClose, text }: { request: DeleteRequest; onClose: () => void; text: LinkTableText }) {
  const openerRef = useRef(request.opener);
  const around = useDialogSurroundings(openerRef);
  return (
    <>
      <AlertDialog.Overlay className="pcl-dialog__overlay" {...around} />
      <AlertDialog.Content
        className="pcl-dialog pcl-dialog--alert"
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          if (request.opener.isConnected) request.opener.focus();
        }}
        {...around}
      >
        <AlertDialog.Title className="pcl-dialog__title">{text.deleteConfirmTitle}</AlertDialog.Title>
        <AlertDialog.Description className="pcl-help">{text.deleteConfirmDescription(linkName(request.link, text))}</AlertDialog.Description>
        <div className="pcl-actions pcl-dialog__footer">
          <AlertDialog.Cancel className="pcl-button">{text.deleteCancel}</AlertDialog.Cancel>
          <AlertDialog.Action
            className="pcl-button"
            data-variant="danger"
            onClick={() => {
              request.confirm();
              onClose();
            }}
          >
            {text.deleteConfirm}
          </AlertDialog.Action>
        </div>
      </AlertDialog.Content>
    </>
  );
}
