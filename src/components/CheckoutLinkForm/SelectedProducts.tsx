'use client';
import { memo, useEffect, useRef } from 'react';
import type { UseCheckoutLinkFormResult as CheckoutLinkForm, SelectedProduct } from '../../hooks';
import type { CheckoutLinksMessages } from '../../messages';

export interface SelectedProductsProps {
  form: CheckoutLinkForm;
  selected: readonly SelectedProduct[];
  messages: CheckoutLinksMessages;
  /** Says something to screen readers (a move's new position). */
  onAnnounce: (message: string) => void;
  /** Where focus goes when the last selected product is removed. */
  searchInputId: string;
}

type Move = 'up' | 'down';
const moves: readonly Move[] = ['up', 'down'];
/** The button to focus after a render: the same control of the item that moved, or of its neighbour. */
type PendingFocus = { id: string; control: Move | 'remove' } | { searchInput: true };

/**
 * The selected products in the order buyers see them, each with move up / move down / remove
 * buttons. Moving keeps focus on the moved item's button (the other one when it reaches an end) and
 * announces the new position; removing moves focus to a neighbour.
 */
// Memoised: the picker re-renders on every keystroke in its search box, the selection does not change then.
export const SelectedProducts = memo(function SelectedProducts({
  form,
  selected,
  messages,
  onAnnounce,
  searchInputId,
}: SelectedProductsProps) {
  const text = messages.builder;
  const listRef = useRef<HTMLOListElement>(null);
  const pendingFocus = useRef<PendingFocus | null>(null);

  useEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    if ('searchInput' in target) {
      document.getElementById(searchInputId)?.focus();
      return;
    }
    const item = [...(listRef.current?.children ?? [])].find((element) => (element as HTMLElement).dataset.productId === target.id);
    const button = (control: string) => item?.querySelector<HTMLButtonElement>(`button[data-control="${control}"]`);
    const preferred = button(target.control);
    const fallback = target.control === 'up' ? button('down') : button('up');
    (preferred && !preferred.disabled ? preferred : (fallback ?? button('remove')))?.focus();
  });

  if (selected.length === 0) return <p className="pcl-help">{text.noProductsSelected}</p>;

  const nameOf = ({ id, product }: SelectedProduct) => product?.name ?? id;
  const move = (item: SelectedProduct, index: number, direction: Move) => {
    const position = direction === 'up' ? index : index + 2;
    if (direction === 'up') form.moveProductUp(item.id);
    else form.moveProductDown(item.id);
    pendingFocus.current = { id: item.id, control: direction };
    onAnnounce(text.productMoved(nameOf(item), position, selected.length));
  };
  const remove = (item: SelectedProduct, index: number) => {
    const neighbour = selected[index + 1] ?? selected[index - 1];
    form.removeProduct(item.id);
    pendingFocus.current = neighbour ? { id: neighbour.id, control: 'remove' } : { searchInput: true };
    onAnnounce(text.productRemoved(nameOf(item)));
  };

  return (
    <ol ref={listRef} className="pcl-selected" aria-label={text.selectedProductsLabel}>
      {selected.map((item, index) => {
        const name = nameOf(item);
        const fieldName = `products.${item.id}` as const;
        const error = form.getFieldError(fieldName);
        const ids = form.getFieldIds(fieldName);
        const errorId = ids.error;
        return (
          <li key={item.id} className="pcl-selected__item" data-product-id={item.id} data-invalid={error ? '' : undefined}>
            <span className="pcl-selected__name">{name}</span>
            <span className="pcl-actions">
              {moves.map((direction) => (
                <button
                  key={direction}
                  type="button"
                  className="pcl-button"
                  data-size="small"
                  data-control={direction}
                  aria-label={(direction === 'up' ? text.moveProductUp : text.moveProductDown)(name)}
                  disabled={direction === 'up' ? index === 0 : index === selected.length - 1}
                  onClick={() => move(item, index, direction)}
                >
                  <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
                </button>
              ))}
              <button
                type="button"
                className="pcl-button"
                data-size="small"
                data-control="remove"
                // The product's errors lead here, from the error summary and on submit.
                id={ids.input}
                ref={form.fields.ref(fieldName)}
                aria-label={text.removeProduct(name)}
                aria-describedby={error ? errorId : undefined}
                onClick={() => remove(item, index)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </span>
            {error ? (
              <p className="pcl-error pcl-selected__error" id={errorId}>
                {error}
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
});
