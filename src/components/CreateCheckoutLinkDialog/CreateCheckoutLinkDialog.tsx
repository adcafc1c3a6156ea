'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useRef, useState, type ReactElement, type RefObject } from 'react';
import type { CheckoutLink, Product } from '../../contract';
import { useMessages } from '../../hooks';
import type { CheckoutLinkFormDefaults } from '../../state';
import { CheckoutLinkForm } from '../CheckoutLinkForm';
import { CheckoutLinkShare } from '../CheckoutLinkShare';
import { DialogHeader } from './DialogHeader';
import { useDialogSurroundings } from './useDialogSurroundings';

const CREATE_CHECKOUT_LINK_DIALOG_NAME = 'CreateCheckoutLinkDialog';

/** Props of `CreateCheckoutLinkDialog`. */
export interface CreateCheckoutLinkDialogProps {
  /** The element that opens the dialog (a button); by default a button saying the messages' `dialog.trigger`. */
  trigger?: ReactElement;
  /** Called with the new link once Polar created it; the dialog then shows it for sharing. */
  onCreated?: (link: CheckoutLink) => void;
  /** Starting values of the form, e.g. `{ products: [productId] }`. */
  defaultValues?: CheckoutLinkFormDefaults;
  /** Products you already have: the form knows them without a request. */
  products?: readonly Product[];
  /** Controls whether the dialog is open (with `onOpenChange`). */
  open?: boolean;
  /** Opens the dialog on mount (uncontrolled). */
  defaultOpen?: boolean;
  /** Called when the dialog opens or closes. */
  onOpenChange?: (open: boolean) => void;
  /** Where the dialog is rendered; `document.body` by default. */
  container?: HTMLElement | null;
  /** Class of the dialog's panel. */
  className?: string;
}

interface DialogPanelProps extends Pick<CreateCheckoutLinkDialogProps, 'onCreated' | 'defaultValues' | 'products' | 'className'> {
  triggerRef: RefObject<HTMLElement | null>;
}

/**
 * The open dialog: the form, then the share panel of the new link. It lives only while the dialog
 * is open, so closing starts the next opening from an empty form.
 */
function DialogPanel({ onCreated, defaultValues, products, className, triggerRef }: DialogPanelProps) {
  const messages = useMessages();
  const [created, setCreated] = useState<CheckoutLink | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const around = useDialogSurroundings(triggerRef);

  useEffect(() => {
    // The form that held focus is gone; the title says what is now on screen.
    if (created) titleRef.current?.focus();
  }, [created]);

  const keepOpenWhilePending = (event: Event) => {
    if (submitting) event.preventDefault();
  };

  return (
    <>
      <Dialog.Overlay className="pcl-dialog__overlay" {...around} />
      <Dialog.Content
        className={['pcl-dialog', className].filter(Boolean).join(' ')}
        data-pending={submitting ? '' : undefined}
        onEscapeKeyDown={keepOpenWhilePending}
        onInteractOutside={keepOpenWhilePending}
        {...around}
      >
        <DialogHeader ref={titleRef} title={created ? messages.share.title : messages.dialog.createTitle} closeLabel={messages.dialog.close} submitting={submitting} />
        <Dialog.Description className="pcl-help">{messages.dialog.description}</Dialog.Description>
        {created ? (
          <>
            <CheckoutLinkShare link={created} title={null} headingLevel={3} />
            <div className="pcl-actions pcl-dialog__footer">
              <button type="button" className="pcl-button" onClick={() => setCreated(null)}>
                {messages.share.createAnother}
              </button>
              <Dialog.Close asChild>
                <button type="button" className="pcl-button" data-variant="primary">
                  {messages.share.done}
                </button>
              </Dialog.Close>
            </div>
          </>
        ) : (
          <CheckoutLinkForm
            defaultValues={defaultValues}
            products={products}
            onSubmittingChange={setSubmitting}
            onCreated={(link) => {
              // The form leaves with this link, before it could report the end of its submission.
              setSubmitting(false);
              setCreated(link);
              onCreated?.(link);
            }}
          />
        )}
      </Dialog.Content>
    </>
  );
}

/**
 * A button that opens the checkout link builder in a dialog; once Polar created the link, the
 * dialog shows its share panel. Focus stays inside while open and returns to the trigger on
 * close; Escape, a click outside and the close button do nothing while the link is being created.
 * Built on Radix Dialog, `CheckoutLinkForm` and `CheckoutLinkShare`.
 */
export function CreateCheckoutLinkDialog({
  trigger,
  onCreated,
  defaultValues,
  products,
  open,
  defaultOpen,
  onOpenChange,
  container,
  className,
}: CreateCheckoutLinkDialogProps) {
  const messages = useMessages();
  const triggerRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      <Dialog.Trigger asChild ref={triggerRef}>
        {trigger ?? (
          <button type="button" className="pcl-button" data-variant="primary">
            {messages.dialog.trigger}
          </button>
        )}
      </Dialog.Trigger>
      <Dialog.Portal container={container}>
        <DialogPanel onCreated={onCreated} defaultValues={defaultValues} products={products} className={className} triggerRef={triggerRef} />
      </Dialog.Portal>
    </Dialog.Root>
  );
}
CreateCheckoutLinkDialog.displayName = CREATE_CHECKOUT_LINK_DIALOG_NAME;
