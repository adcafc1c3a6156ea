'use client';
import { memo, useCallback, type MouseEvent } from 'react';
import type { CheckoutLink } from '../../contract';
import { apiErrorMessage, type CheckoutLinksMessages } from '../../messages';
import type { LinkTableText } from './useLinkTableText';
import { useDeleteCheckoutLink } from '../../hooks';
import { safeHttpUrl } from '../ProductCard';

/** The dialogs a row opens. */
export type LinkDialogKind = 'edit' | 'duplicate' | 'share';

export interface CheckoutLinkRowProps {
  link: CheckoutLink;
  messages: CheckoutLinksMessages;
  text: LinkTableText;
  dateFormat: Intl.DateTimeFormat;
  onOpenDialog: (kind: LinkDialogKind, link: CheckoutLink, opener: HTMLElement) => void;
  /** Asks before deleting; `confirm` sends the delete. */
  onAskDelete: (link: CheckoutLink, opener: HTMLElement, confirm: () => void) => void;
  onCopy: (link: CheckoutLink) => void;
  onDeleted: (link: CheckoutLink) => void;
}

const SHOWN_PRODUCTS = 3;

/** The name a row goes by in its actions and announcements. */
export const linkName = (link: CheckoutLink, text: Pick<LinkTableText, 'untitled'>) => link.label || text.untitled;

/**
 * One link: its label as the row header, products, preset discount, creation date, URL with copy
 * and open, and the actions, each named for the link it acts on. While a delete is pending the
 * row stays, dimmed; a failed delete leaves it with the reason.
 */
export const CheckoutLinkRow = memo(function CheckoutLinkRow({ link, messages, text, dateFormat, onOpenDialog, onAskDelete, onCopy, onDeleted }: CheckoutLinkRowProps) {
  const name = linkName(link, text);
  const deletion = useDeleteCheckoutLink();
  const { mutateAsync: deleteLink } = deletion;
  const openUrl = safeHttpUrl(link.url);
  const hidden = link.products.length - SHOWN_PRODUCTS;
  const deleting = deletion.isPending;

  const confirmDelete = useCallback(() => {
    deleteLink(link.id).then(() => onDeleted(link), () => undefined);
  }, [deleteLink, link, onDeleted]);

  const open = (kind: LinkDialogKind) => (event: MouseEvent<HTMLButtonElement>) => onOpenDialog(kind, link, event.currentTarget);
  const action = (label: string) => ({ 'aria-label': text.actionFor(label, name), disabled: deleting });

  return (
    <tr className="pcl-links__row" data-state={deleting ? 'deleting' : undefined} aria-busy={deleting || undefined}>
      <th scope="row" className="pcl-links__label" data-untitled={link.label ? undefined : ''}>
        {name}
      </th>
      <td data-column={text.columns.products}>
        <ul className="pcl-links__products">
          {link.products.slice(0, SHOWN_PRODUCTS).map((product) => (
            <li key={product.id}>{product.name}</li>
          ))}
          {hidden > 0 ? <li className="pcl-links__more">{text.moreProducts(hidden)}</li> : null}
        </ul>
      </td>
      <td data-column={text.columns.discount}>{link.discount ? link.discount.name : <span className="pcl-links__none">{text.noDiscount}</span>}</td>
      <td data-column={text.columns.created}>
        <time dateTime={link.created_at}>{dateFormat.format(new Date(link.created_at))}</time>
      </td>
      <td data-column={text.columns.link} className="pcl-links__url">
        <code dir="ltr" className="pcl-links__url-text">
          {link.url}
        </code>
        <span className="pcl-actions">
          <button type="button" className="pcl-button" data-size="small" aria-label={text.actionFor(text.copy, name)} onClick={() => onCopy(link)}>
            {text.copy}
          </button>
          {openUrl ? (
            <a
              className="pcl-button"
              data-size="small"
              href={openUrl}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={`${text.actionFor(text.open, name)} ${text.opensInNewTab}`}
            >
              {text.open}
            </a>
          ) : null}
        </span>
      </td>
      <td data-column={text.columns.actions}>
        <span className="pcl-actions">
          <button type="button" className="pcl-button" data-size="small" onClick={open('edit')} {...action(text.edit)}>
            {text.edit}
          </button>
          <button type="button" className="pcl-button" data-size="small" onClick={open('duplicate')} {...action(text.duplicate)}>
            {text.duplicate}
          </button>
          <button type="button" className="pcl-button" data-size="small" onClick={open('share')} {...action(text.share)}>
            {text.share}
          </button>
          <button
            type="button"
            className="pcl-button"
            data-size="small"
            data-variant="danger"
            onClick={(event) => onAskDelete(link, event.currentTarget, confirmDelete)}
            {...action(text.delete)}
          >
            {deleting ? text.deleting : text.delete}
          </button>
        </span>
        {deletion.error ? (
          <p role="alert" className="pcl-error">
            {text.deleteFailed(name, apiErrorMessage(messages, deletion.error))}
          </p>
        ) : null}
      </td>
    </tr>
  );
});
