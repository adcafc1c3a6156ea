// The framework-agnostic parts hosts may use without React: the builder's store and its rules.
export {
  CheckoutLinkFormStore,
  type CheckoutLinkFieldError,
  type CheckoutLinkFieldValue,
  type CheckoutLinkFormMode,
  type CheckoutLinkFormState,
  type CheckoutLinkFormStatus,
  type CheckoutLinkFormStoreOptions,
  type CheckoutLinkSubmitRequest,
  type CheckoutLinkSubmitter,
} from './checkoutLinkFormStore';
export type {
  CheckoutLinkCheckboxFieldName,
  CheckoutLinkFormDefaults,
  CheckoutLinkFormFieldName,
  CheckoutLinkFormValues,
  CheckoutLinkTextFieldName,
  MetadataRow,
} from './checkoutLinkFormValues';
export { checkoutLinkFormDefaultsFrom } from './checkoutLinkFormValues';
export {
  discountApplicability,
  legacyPriceChoices,
  productSeatRange,
  sharedSeatRange,
  type CheckoutLinkFormAvailability,
  type DiscountApplicability,
  type SeatRange,
} from './checkoutLinkFormRules';
export { checkoutLinkChanges } from './checkoutLinkChanges';
export type { CheckoutLinkChangeEvent, UpdateCheckoutLinkVariables } from './checkoutLinkMutations';
// TanStack Query interop: option objects and keys a host's QueryClient can use as they are.
export { checkoutLinkQueries, discountQueries, productQueries, type MutationOptions, type QueryOptions } from './queryOptions';
export { checkoutLinkKeys, discountKeys, productKeys } from './queryKeys';
export type { QueryKey } from './queryKey';
export type { MutationCallbacks, MutationStatus } from './mutationObserver';
export type { QueryStatus } from './queryCache';
export type { QueryResult } from './queryObserver';
export type { FormValidation } from './checkoutLinkFormValidation';
