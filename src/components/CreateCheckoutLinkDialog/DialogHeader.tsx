'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { forwardRef, type ReactNode } from 'react';

export interface DialogHeaderProps {
  title: ReactNode;
  closeLabel: string;
  /** While a save is pending the close button does nothing (and says so with `aria-disabled`). */
  submitting: boolean;
}

/** A builder dialog's title (focusable, for when its content changes) and its close button. */
export const DialogHeader = forwardRef<HTMLHeadingElement, DialogHeaderProps>(function DialogHeader({ title, closeLabel, submitting }, titleRef) {
  return (
    <div className="pcl-dialog__header">
      <Dialog.Title ref={titleRef} tabIndex={-1} className="pcl-dialog__title">
        {title}
      </Dialog.Title>
      <Dialog.Close asChild>
        <button
          type="button"
          className="pcl-button"
          data-size="small"
          aria-label={closeLabel}
          aria-disabled={submitting || undefined}
          onClick={(event) => {
            if (submitting) event.preventDefault();
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      </Dialog.Close>
    </div>
  );
});
