// builder-share.js plus the links table: the difference is what the table adds to such a host.
import { CheckoutLinkForm, CheckoutLinkShare, CheckoutLinkTable, CreateCheckoutLinkDialog } from 'react-polar-checkout-links';

globalThis.scenario = { CheckoutLinkForm, CheckoutLinkShare, CheckoutLinkTable, CreateCheckoutLinkDialog };
