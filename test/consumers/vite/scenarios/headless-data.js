// A host with its own words and UI on the provider and the data hooks.
import {
  CheckoutLinksProvider,
  useCheckoutLink,
  useCheckoutLinks,
  useCreateCheckoutLink,
  useDeleteCheckoutLink,
  useDiscounts,
  useProducts,
  useUpdateCheckoutLink,
} from 'react-polar-checkout-links/headless';

globalThis.scenario = {
  CheckoutLinksProvider,
  useCheckoutLink,
  useCheckoutLinks,
  useCreateCheckoutLink,
  useDeleteCheckoutLink,
  useDiscounts,
  useProducts,
  useUpdateCheckoutLink,
};
