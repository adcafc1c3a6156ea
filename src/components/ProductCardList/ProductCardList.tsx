'use client';
import {
  forwardRef,
  Fragment,
  useCallback,
  useInsertionEffect,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactElement,
} from 'react';
import type { Product } from '../../contract';
import { ChunkedList } from '../../state/chunkedList';
import { ProductCard, type ProductCardProps } from '../ProductCard';

const PRODUCT_CARD_LIST_NAME = 'ProductCardList';

/** What every card of a `ProductCardList` shows, as `ProductCard` takes it. */
export type ProductCardListCardProps = Pick<
  ProductCardProps,
  | 'currency'
  | 'locale'
  | 'layout'
  | 'showBenefits'
  | 'showAllBenefits'
  | 'benefitLimit'
  | 'showMedias'
  | 'showDescription'
  | 'discount'
  | 'headingLevel'
  | 'messages'
>;

/** Props of `ProductCardList`; the rest go to its `<ul>`. */
export interface ProductCardListProps
  extends Omit<HTMLAttributes<HTMLUListElement>, 'children' | 'onSelect'>,
    ProductCardListCardProps {
  /** The products, one card each, in this order. Their ids must be unique. */
  products: readonly Product[];
  /** What the list is, for screen readers (e.g. "Products"); or point `aria-labelledby` at a heading. */
  label?: string;
  /** A class for every card (`className` goes to the list). */
  cardClassName?: string;
  /** Ids of the products to mark as chosen. */
  selectedIds?: readonly string[];
  /** Makes every card a toggle button (see `ProductCard`'s `onSelect`); it may be a new function each render. */
  onSelect?: (product: Product) => void;
}

const productId = (product: Product) => product.id;
const chunk = (key: string, children: ReactElement[]) => <Fragment key={key}>{children}</Fragment>;

/**
 * A list of `ProductCard`s for long catalogues. When the host passes a new array in which a few
 * products changed (the others keeping their identity), only their cards render again, and what
 * the list does on the way there hardly grows with its length.
 */
export const ProductCardList = forwardRef<HTMLUListElement, ProductCardListProps>(function ProductCardList(props, ref) {
  const {
    products,
    label,
    className,
    cardClassName,
    selectedIds,
    onSelect,
    currency,
    locale,
    layout,
    showBenefits,
    showAllBenefits,
    benefitLimit,
    showMedias,
    showDescription,
    discount,
    headingLevel,
    messages,
    ...rest
  } = props;

  // The cards take one stable toggle that calls the latest onSelect: a host's inline function
  // would otherwise render every card again on each render of the host.
  const latestOnSelect = useRef(onSelect);
  useInsertionEffect(() => {
    latestOnSelect.current = onSelect;
  }, [onSelect]);
  const selectable = onSelect !== undefined;
  const select = useMemo(() => (selectable ? (product: Product) => latestOnSelect.current?.(product) : undefined), [selectable]);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);

  const card = useCallback(
    (product: Product) => (
      <li key={product.id} className="pcl-product-card-list__item">
        <ProductCard
          product={product}
          className={cardClassName}
          selected={selected.has(product.id)}
          onSelect={select}
          currency={currency}
          locale={locale}
          layout={layout}
          showBenefits={showBenefits}
          showAllBenefits={showAllBenefits}
          benefitLimit={benefitLimit}
          showMedias={showMedias}
          showDescription={showDescription}
          discount={discount}
          headingLevel={headingLevel}
          messages={messages}
        />
      </li>
    ),
    [cardClassName, selected, select, currency, locale, layout, showBenefits, showAllBenefits, benefitLimit, showMedias, showDescription, discount, headingLevel, messages],
  );

  // A cache of this list's elements, not state: every call gives the elements for the products it
  // is passed, so a render React discards leaves nothing wrong behind.
  const [cards] = useState(() => new ChunkedList<Product, ReactElement>(productId, chunk));

  return (
    <ul
      ref={ref}
      // Safari drops the list role of a list without bullets unless it is said.
      role="list"
      aria-label={label}
      className={['pcl-product-card-list', className].filter(Boolean).join(' ')}
      data-layout={layout}
      {...rest}
    >
      {cards.update(products, card)}
    </ul>
  );
});
ProductCardList.displayName = PRODUCT_CARD_LIST_NAME;
