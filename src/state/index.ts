// The framework-agnostic parts hosts may use without React: the builder's store and its rules.
export {
  CheckoutLinkFormStore,
  type CheckoutLinkFieldIds,
  type CheckoutLinkFieldValue,
  type CheckoutLinkFormErrorItem,
  type CheckoutLinkFormMode,
  type CheckoutLinkFormState,
  type CheckoutLinkFormStatus,
  type CheckoutLinkFormStoreOptions,
  type CheckoutLinkSubmitRequest,
  type CheckoutLinkSubmitter,
  type Focusable,
} from './checkoutLinkFormStore';
export type {
  CheckoutLinkCheckboxFieldName,
  CheckoutLinkFormDefaults,
  CheckoutLinkFormFieldName,
  CheckoutLinkFormValues,
  CheckoutLinkTextFieldName,
  MetadataRow,
} from './checkoutLinkFormValues';
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
export type { UpdateCheckoutLinkVariables } from './checkoutLinkMutations';
export type { MutationCallbacks, MutationStatus } from './mutationObserver';
export type { QueryStatus } from './queryCache';
export type { QueryResult } from './queryObserver';
export type { FormValidation } from './checkoutLinkFormValidation';
