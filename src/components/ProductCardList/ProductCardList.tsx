'use client';
import { forwardRef, useCallback, useInsertionEffect, useMemo, useRef, type HTMLAttributes, type ReactElement } from 'react';
import type { Product } from '../../contract';
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

/**
 * A list of `ProductCard`s. When the host passes a new array in which a few products changed (the
 * others keeping their identity), only their cards render again; products added, removed or moved
 * leave every other card mounted, with its focus and what it has open.
 *
 * Every card is in the page: for catalogues of thousands, give the items
 * `content-visibility: auto` (see the README) or render the list through a virtualizer.
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

  // Each product's element, made once for as long as the product and the card options stay the
  // same: React skips an element it saw before without comparing its props. A cache, not state:
  // a render React discards leaves only elements that are right for their product.
  const elements = useMemo(() => new WeakMap<Product, ReactElement>(), [card]);
  const cards = products.map((product) => {
    let element = elements.get(product);
    if (element === undefined) elements.set(product, (element = card(product)));
    return element;
  });

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
      {cards}
    </ul>
  );
});
ProductCardList.displayName = PRODUCT_CARD_LIST_NAME;
