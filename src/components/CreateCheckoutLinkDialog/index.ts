export { CreateCheckoutLinkDialog } from './CreateCheckoutLinkDialog';
export type { CreateCheckoutLinkDialogProps } from './CreateCheckoutLinkDialog';
