import type { CheckoutLink, CheckoutLinkUpdate, TrialInterval } from '../contract';
import { isDeepEqual } from './isDeepEqual';

type UpdateKey = keyof CheckoutLinkUpdate;

/** What a link currently holds, in the shape of an update body (`products` as ids, absent fields as `null`). */
export function checkoutLinkAsUpdate(link: CheckoutLink): Required<CheckoutLinkUpdate> {
  return {
    metadata: link.metadata,
    products: link.products.map((product) => product.id),
    label: link.label,
    allow_discount_codes: link.allow_discount_codes,
    require_billing_address: link.require_billing_address ?? false,
    discount_id: link.discount_id,
    success_url: link.success_url,
    return_url: link.return_url ?? null,
    trial_interval: (link.trial_interval ?? null) as TrialInterval | null,
    trial_interval_count: link.trial_interval_count ?? null,
    seats: link.seats ?? null,
  };
}

/**
 * The keys of `next` whose value differs from `link`'s: what a PATCH must send. `null` clears a
 * field. The trial's two keys travel together (Polar rejects one without the other).
 */
export function checkoutLinkChanges(link: CheckoutLink, next: CheckoutLinkUpdate): CheckoutLinkUpdate {
  const current = checkoutLinkAsUpdate(link);
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(next) as UpdateKey[]) {
    const value = next[key];
    if (value !== undefined && !isDeepEqual(value, current[key])) changes[key] = value;
  }
  if ('trial_interval' in changes || 'trial_interval_count' in changes) {
    changes.trial_interval = next.trial_interval !== undefined ? next.trial_interval : current.trial_interval;
    changes.trial_interval_count =
      next.trial_interval_count !== undefined ? next.trial_interval_count : current.trial_interval_count;
  }
  return changes as CheckoutLinkUpdate;
}
