import type { CheckoutLink, TrialInterval } from '../../contract';
import type { CheckoutLinkFormDefaults } from '../../state';

/**
 * The builder's starting values for a new link like `link`: the same products in order, label,
 * preset discount, switches, URLs, metadata, trial and seats. The merchant changes what should
 * tell the two apart before creating it.
 */
export function duplicateDefaults(link: CheckoutLink): CheckoutLinkFormDefaults {
  return {
    products: link.products.map((product) => product.id),
    label: link.label ?? '',
    success_url: link.success_url ?? '',
    return_url: link.return_url ?? '',
    discount_id: link.discount_id ?? '',
    allow_discount_codes: link.allow_discount_codes,
    require_billing_address: link.require_billing_address ?? false,
    // An interval Polar adds later is not one the builder offers: it starts with none.
    trial_interval: (link.trial_interval ?? '') as TrialInterval | '',
    trial_interval_count: link.trial_interval_count ?? '',
    seats: link.seats ?? '',
    metadata: link.metadata,
  };
}
