// A host that builds its own form on the headless hooks (the README's headless example).
import {
  CheckoutLinksProvider,
  createFetchClient,
  useCheckoutLinkForm,
  useFormField,
  useProducts,
} from 'react-polar-checkout-links/headless';

globalThis.scenario = { CheckoutLinksProvider, createFetchClient, useCheckoutLinkForm, useFormField, useProducts };
