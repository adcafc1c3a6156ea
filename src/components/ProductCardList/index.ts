export { ProductCardList } from './ProductCardList';
export type { ProductCardListCardProps, ProductCardListProps } from './ProductCardList';
