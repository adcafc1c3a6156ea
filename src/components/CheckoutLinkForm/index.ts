export { CheckoutLinkForm } from './CheckoutLinkForm';
export type { CheckoutLinkFormProps } from './CheckoutLinkForm';
export { CheckoutLinkPreview } from './CheckoutLinkPreview';
export type { CheckoutLinkPreviewProps } from './CheckoutLinkPreview';
export { withCheckoutIdParam } from './withCheckoutIdParam';
