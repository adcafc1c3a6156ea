import { useState } from 'react';
import {
  apiErrorMessage,
  isHttpUrl,
  useDeleteCheckoutLink,
  useLocale,
  useMessages,
  type CheckoutLink,
  type UseCheckoutLinksResult,
} from 'react-polar-checkout-links';

interface LinkTableProps {
  links: UseCheckoutLinksResult;
  onPageChange: (page: number) => void;
}

/** The organization's links, newest first, each with a delete that asks once more. */
export function LinkTable({ links, onPageChange }: LinkTableProps) {
  const messages = useMessages();
  const text = messages.links;
  const { items, pagination, status, error } = links;

  if (status === 'pending' && items.length === 0) return <p role="status">{text.loading}</p>;
  if (error && items.length === 0) return <p role="alert">{apiErrorMessage(messages, error)}</p>;
  if (items.length === 0) return <p>{text.empty}</p>;

  return (
    <section aria-labelledby="links-title">
      <h2 id="links-title" className="admin__visually-hidden">
        {text.title}
      </h2>
      <table className="admin__table">
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Products</th>
            <th scope="col">Created</th>
            <th scope="col">
              <span className="admin__visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((link) => (
            <LinkRow key={link.id} link={link} />
          ))}
        </tbody>
      </table>
      {pagination.pageCount > 1 ? (
        <nav className="admin__pages" aria-label={text.title}>
          <button type="button" className="pcl-button" disabled={!pagination.hasPreviousPage} onClick={() => onPageChange(pagination.page - 1)}>
            {text.previousPage}
          </button>
          <span>{text.pageStatus(pagination.page, pagination.pageCount)}</span>
          <button type="button" className="pcl-button" disabled={!pagination.hasNextPage} onClick={() => onPageChange(pagination.page + 1)}>
            {text.nextPage}
          </button>
        </nav>
      ) : null}
    </section>
  );
}

function LinkRow({ link }: { link: CheckoutLink }) {
  const messages = useMessages();
  const text = messages.links;
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  const { mutate: deleteLink, isPending, error } = useDeleteCheckoutLink();
  const label = link.label ?? text.untitled;

  return (
    <tr data-pending={isPending ? '' : undefined}>
      <th scope="row">
        {isHttpUrl(link.url) ? (
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {label}
          </a>
        ) : (
          label
        )}
      </th>
      <td>{link.products.map((product) => product.name).join(', ')}</td>
      <td>{new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(link.created_at))}</td>
      <td className="admin__actions">
        {confirming ? (
          <span role="group" aria-label={text.deleteConfirmTitle}>
            <span className="admin__visually-hidden">{text.deleteConfirmDescription(label)}</span>
            <button type="button" className="pcl-button" data-variant="danger" onClick={() => deleteLink(link.id)}>
              {text.deleteConfirm}
            </button>{' '}
            <button type="button" className="pcl-button" onClick={() => setConfirming(false)}>
              {text.deleteCancel}
            </button>
          </span>
        ) : (
          <button type="button" className="pcl-button" aria-label={`${text.delete} ${label}`} onClick={() => setConfirming(true)}>
            {text.delete}
          </button>
        )}
        {error ? <p role="alert">{apiErrorMessage(messages, error)}</p> : null}
      </td>
    </tr>
  );
}
