// A host that shows a created link: the share panel (its QR code loads when a code first shows).
import { CheckoutLinkShare } from 'react-polar-checkout-links';

globalThis.scenario = { CheckoutLinkShare };
