// The README's host: the provider, the create dialog and the fetch client.
import { CheckoutLinksProvider, CreateCheckoutLinkDialog, createFetchClient } from 'react-polar-checkout-links';

globalThis.scenario = { CheckoutLinksProvider, CreateCheckoutLinkDialog, createFetchClient };
