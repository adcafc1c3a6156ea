import { englishCount } from './englishCount';

/** Words of the product card and its parts (prices, benefits, medias). Numbers come unformatted. */
export interface ProductCardMessages {
  /** Above the benefit list. */
  benefitsTitle: string;
  /** Expands a long benefit list; `count` is every benefit. */
  showAllBenefits: (count: number) => string;
  showFewerBenefits: string;
  /** Expands a long description. */
  showMoreDescription: string;
  showLessDescription: string;
  /** Stands in for an empty product name. */
  untitledProduct: string;
  /** Badge of an archived product. */
  archived: string;
  /** Badge of a selected product. */
  selected: string;
  /** Toggles the seat-tier table of a seat-based price. */
  showSeatTiers: string;
  hideSeatTiers: string;
  seatTiersSeats: string;
  seatTiersPricePerSeat: string;
  /** Alt text of a product image, from the product name. */
  imageAlt: (productName: string, position: number, count: number) => string;
  /** The last thumbnail when more images follow: "+46" on screen… */
  moreImages: (hiddenCount: number) => string;
  /** …and what it says to screen readers. */
  showAllImages: (count: number) => string;
  /** Stands in for an image that failed to load. */
  imageUnavailable: string;
  /** The gallery dialog. */
  galleryTitle: (productName: string) => string;
  galleryPrevious: string;
  galleryNext: string;
  galleryClose: string;
  galleryPosition: (position: number, count: number) => string;
  /** Read by screen readers while a skeleton stands in for a card. */
  loadingProduct: string;
}

export const defaultProductCardMessages: ProductCardMessages = {
  benefitsTitle: 'Included',
  showAllBenefits: (count) => `Show all ${englishCount(count)} benefits`,
  showFewerBenefits: 'Show fewer benefits',
  showMoreDescription: 'Show more',
  showLessDescription: 'Show less',
  untitledProduct: 'Untitled product',
  archived: 'Archived',
  selected: 'Selected',
  showSeatTiers: 'Show seat tiers',
  hideSeatTiers: 'Hide seat tiers',
  seatTiersSeats: 'Seats',
  seatTiersPricePerSeat: 'Price per seat',
  imageAlt: (name, position, count) => (count === 1 ? name : `${name}, image ${englishCount(position)} of ${englishCount(count)}`),
  moreImages: (hiddenCount) => `+${englishCount(hiddenCount)}`,
  showAllImages: (count) => `Show all ${englishCount(count)} images`,
  imageUnavailable: 'Image unavailable',
  galleryTitle: (name) => `Images of ${name}`,
  galleryPrevious: 'Previous image',
  galleryNext: 'Next image',
  galleryClose: 'Close gallery',
  galleryPosition: (position, count) => `${englishCount(position)} of ${englishCount(count)}`,
  loadingProduct: 'Loading product…',
};
