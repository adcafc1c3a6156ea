// react-polar-checkout-links/testing: an in-memory Polar and fixtures for stories, demos and tests.
export {
  FIXTURE_CREATED_AT,
  FIXTURE_ORGANIZATION_ID,
  fixtureId,
  makeBenefit,
  makeCheckoutLink,
  makeCustomPrice,
  makeDiscount,
  makeFixedPrice,
  makeFreePrice,
  makeLegacyRecurringPrice,
  makeMedia,
  makeMeteredPrice,
  makeProduct,
  makeSeatBasedPrice,
  resetFixtures,
  toCheckoutLinkProduct,
} from './testing/fixtures';
export type {
  DiscountOverrides,
  LegacyRecurringPriceOverrides,
  MeteredPriceOverrides,
  SeatBasedPriceOverrides,
} from './testing/fixtures';
export { createIdGenerator, uuid4At } from './testing/fixtureIds';
export type { IdGenerator } from './testing/fixtureIds';
export { createMemoryClient } from './testing/createMemoryClient';
export type { MemoryCall, MemoryClient, MemoryClientOptions, MemoryFailure, MemoryFailureSpec, MemoryFailures } from './testing/createMemoryClient';
export { catalogue, catalogueIds, catalogueMediaFiles, createCatalogue, toDiscountProduct } from './testing/catalogue';
export type { Catalogue, CatalogueMediaFile, CatalogueOptions } from './testing/catalogue';
