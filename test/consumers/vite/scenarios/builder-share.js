// A host with the builder, its dialog and the share panel, without the links table.
import { CheckoutLinkForm, CheckoutLinkShare, CreateCheckoutLinkDialog } from 'react-polar-checkout-links';

globalThis.scenario = { CheckoutLinkForm, CheckoutLinkShare, CreateCheckoutLinkDialog };
