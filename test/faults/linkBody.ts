import type { CheckoutLinkCreate } from '../../src/contract';
import { catalogueIds } from '../../src/testing/catalogue';
import type { ContractServer } from '../contract-server/startContractServer';

/** A valid create body for the catalogue's starter kit, told apart by its label. */
export function createLinkBody(label: string): CheckoutLinkCreate {
  return { payment_processor: 'stripe', products: [catalogueIds.products.starterKit], label };
}

/** How many checkout links the contract server's Polar holds. */
export function linkCount(contract: ContractServer): number {
  const outcome = contract.polar.checkoutLinks.list({ limit: 1 });
  if (!outcome.ok) throw new Error(`The contract server could not list its links: ${outcome.status}`);
  return outcome.body.pagination.total_count;
}
