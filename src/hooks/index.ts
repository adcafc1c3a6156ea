export { CheckoutLinksProvider, type CheckoutLinksProviderProps } from './CheckoutLinksProvider';
export type { CheckoutLinksContextValue } from './CheckoutLinksContext';
export { useCheckoutLinksContext } from './useCheckoutLinksContext';
export { useCheckoutLinksCache, type CheckoutLinksCache } from './useCheckoutLinksCache';
export { useOptionalCheckoutLinksContext } from './useOptionalCheckoutLinksContext';
export { useMessages } from './useMessages';
export { useLocale } from './useLocale';
export { useCreateCheckoutLink, type UseCreateCheckoutLinkOptions, type UseCreateCheckoutLinkResult } from './useCreateCheckoutLink';
export { useUpdateCheckoutLink, type UseUpdateCheckoutLinkOptions, type UseUpdateCheckoutLinkResult } from './useUpdateCheckoutLink';
export { useDeleteCheckoutLink, type UseDeleteCheckoutLinkOptions, type UseDeleteCheckoutLinkResult } from './useDeleteCheckoutLink';
export { useCheckoutLinks, type UseCheckoutLinksOptions, type UseCheckoutLinksResult } from './useCheckoutLinks';
export { useCheckoutLink, type UseCheckoutLinkOptions, type UseCheckoutLinkResult } from './useCheckoutLink';
export { useProducts, isPickableProduct, type UseProductsOptions, type UseProductsResult } from './useProducts';
export { useDiscounts, type UseDiscountsOptions, type UseDiscountsResult } from './useDiscounts';
export type { PickerListOptions, PickerListResult } from './usePickerList';
export type { ListHookResult, PageInfo } from './pageInfo';
export type { QueryHookResult } from './useQueryObserver';
export type { MutationHookResult } from './useMutationObserver';
export {
  useCheckoutLinkForm,
  type UseCheckoutLinkFormResult,
  type CheckoutLinkFormErrorItem,
  type CheckoutLinkFormSummary,
  type SelectedProduct,
  type UseCheckoutLinkFormOptions,
} from './useCheckoutLinkForm';
export { useFormField, type FormFieldState, type UseFormFieldOptions } from './useFormField';
export type { CheckoutLinkFieldIds, FieldRegistry, Focusable } from './fieldRegistry';
export { FormField, type FormFieldProps } from './FormField';
export { useCheckoutLinkFormState } from './useCheckoutLinkFormState';
export type {
  ErrorSummaryElementProps,
  FieldCheckboxProps,
  FieldDescriptionProps,
  FieldErrorProps,
  FieldGroupProps,
  FieldInputProps,
  FieldLabelProps,
  FieldWiringProps,
  FormElementProps,
  MergedProps,
} from './fieldProps';
