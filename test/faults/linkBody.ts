import type { CheckoutLinkCreate } from '../../src/contract';
import { catalogueIds } from '../../src/testing/catalogue';

/** A valid create body for the catalogue's starter kit, told apart by its label. */
export function createLinkBody(label: string): CheckoutLinkCreate {
  return { payment_processor: 'stripe', products: [catalogueIds.products.starterKit], label };
}
