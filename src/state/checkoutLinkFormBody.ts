import type { CheckoutLinkUpdate, Metadata } from '../contract';
import type { CheckoutLinkFormValues, MetadataRow } from './checkoutLinkFormValues';

/** A problem the contract cannot see: it concerns how rows become metadata. */
export interface MetadataRowProblem {
  rowId: string;
  part: 'key' | 'value';
  problem: 'duplicate' | 'number';
  key: string;
}

/** The metadata the rows make, which row each key came from, and the rows that cannot become metadata. */
export interface MetadataFromRows {
  metadata: Metadata;
  rowIdByKey: Map<string, string>;
  problems: MetadataRowProblem[];
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function isBlankRow(row: MetadataRow): boolean {
  return row.key === '' && row.value === '' && row.type !== 'boolean';
}

export function metadataFromRows(rows: readonly MetadataRow[]): MetadataFromRows {
  const metadata: Metadata = {};
  const rowIdByKey = new Map<string, string>();
  const problems: MetadataRowProblem[] = [];
  for (const row of rows) {
    if (isBlankRow(row)) continue;
    if (rowIdByKey.has(row.key)) {
      problems.push({ rowId: row.id, part: 'key', problem: 'duplicate', key: row.key });
      continue;
    }
    rowIdByKey.set(row.key, row.id);
    if (row.type === 'number') {
      const trimmed = row.value.trim();
      if (!NUMBER.test(trimmed)) {
        problems.push({ rowId: row.id, part: 'value', problem: 'number', key: row.key });
        continue;
      }
      metadata[row.key] = Number(trimmed);
    } else {
      metadata[row.key] = row.type === 'boolean' ? row.value === 'true' : row.value;
    }
  }
  return { metadata, rowIdByKey, problems };
}

/** Typed text as a number when it is one; otherwise the text itself, for the contract to reject with its message. */
export function numberOrText(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return NUMBER.test(trimmed) ? Number(trimmed) : trimmed;
}

function optionalText(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The create body the values make: `products` by default, `product_price_id` when a price of a
 * single legacy product was chosen; empty optional fields left out; `payment_processor` always.
 */
export function formCreateBody(values: CheckoutLinkFormValues, metadata: Metadata): Record<string, unknown> {
  const body: Record<string, unknown> = { payment_processor: 'stripe' };
  if (values.product_price_id && values.products.length === 1) body.product_price_id = values.product_price_id;
  else body.products = values.products;
  const optional = {
    label: optionalText(values.label),
    success_url: optionalText(values.success_url),
    return_url: optionalText(values.return_url),
    discount_id: optionalText(values.discount_id),
    seats: numberOrText(values.seats),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== null) body[key] = value;
  body.allow_discount_codes = values.allow_discount_codes;
  if (values.require_billing_address) body.require_billing_address = true;
  const trialCount = numberOrText(values.trial_interval_count);
  if (values.trial_interval !== '' || trialCount !== null) {
    body.trial_interval = values.trial_interval || null;
    body.trial_interval_count = trialCount;
  }
  if (Object.keys(metadata).length > 0) body.metadata = metadata;
  return body;
}

/**
 * Every field of an update body, as the values set it (`null` for an empty field). Diffed against
 * the link with `checkoutLinkChanges`, it becomes the PATCH body. Only valid values are sent.
 */
export function formUpdateBody(values: CheckoutLinkFormValues, metadata: Metadata): CheckoutLinkUpdate {
  return {
    products: values.products,
    label: optionalText(values.label),
    success_url: optionalText(values.success_url),
    return_url: optionalText(values.return_url),
    discount_id: optionalText(values.discount_id),
    allow_discount_codes: values.allow_discount_codes,
    require_billing_address: values.require_billing_address,
    trial_interval: values.trial_interval || null,
    trial_interval_count: numberOrText(values.trial_interval_count),
    seats: numberOrText(values.seats),
    metadata,
  } as CheckoutLinkUpdate;
}
