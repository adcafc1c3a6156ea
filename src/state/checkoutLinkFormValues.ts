import type { CheckoutLink, Metadata, MetadataValue, TrialInterval } from '../contract';
import { recurringIntervals } from '../contract';
import type { MetadataValueType } from '../messages';

export type { MetadataValueType };

/** One metadata pair as the builder edits it: the value kept as typed, its type chosen apart. */
export interface MetadataRow {
  /** Stable across edits and reorders; used in field names (`metadata.<id>.key`). */
  id: string;
  key: string;
  type: MetadataValueType;
  /** As typed; `'true'` / `'false'` for booleans. */
  value: string;
}

/**
 * The builder's values, named after the wire fields they become. Numbers stay the text the user
 * typed, so nothing typed is lost to a failed parse.
 */
export interface CheckoutLinkFormValues {
  /** Product ids, in the order buyers see them. */
  products: string[];
  /** A specific price of a legacy product (single product only); `''` sells all of its prices. */
  product_price_id: string;
  label: string;
  success_url: string;
  return_url: string;
  /** `''` for no preset discount. */
  discount_id: string;
  allow_discount_codes: boolean;
  require_billing_address: boolean;
  /** `''` for no trial. */
  trial_interval: TrialInterval | '';
  trial_interval_count: string;
  seats: string;
  metadata: MetadataRow[];
}

/** Starting values of a new link; `metadata` as a plain object, numbers as numbers or text. */
export interface CheckoutLinkFormDefaults
  extends Partial<Omit<CheckoutLinkFormValues, 'metadata' | 'seats' | 'trial_interval_count'>> {
  metadata?: Metadata;
  seats?: number | string;
  trial_interval_count?: number | string;
}

/** Fields edited through a text input or a select. */
export type CheckoutLinkTextFieldName =
  | 'product_price_id'
  | 'label'
  | 'success_url'
  | 'return_url'
  | 'discount_id'
  | 'trial_interval'
  | 'trial_interval_count'
  | 'seats'
  | `metadata.${string}.key`
  | `metadata.${string}.value`
  | `metadata.${string}.type`;

/** Fields edited through a checkbox; a boolean metadata row's value too. */
export type CheckoutLinkCheckboxFieldName = 'allow_discount_codes' | 'require_billing_address' | `metadata.${string}.value`;

/**
 * Every name the form knows errors for: the fields, `products` (the list) and `products.<id>`
 * (one selected product), `metadata` (the pairs as a whole).
 */
export type CheckoutLinkFormFieldName =
  | CheckoutLinkTextFieldName
  | CheckoutLinkCheckboxFieldName
  | 'products'
  | `products.${string}`
  | 'metadata';

/** The fields with one value each, in the order the builder shows them. */
export const scalarFieldNames = [
  'product_price_id',
  'label',
  'success_url',
  'return_url',
  'discount_id',
  'allow_discount_codes',
  'require_billing_address',
  'trial_interval',
  'trial_interval_count',
  'seats',
] as const;

export type CheckoutLinkScalarFieldName = (typeof scalarFieldNames)[number];

export function isScalarField(name: string): name is CheckoutLinkScalarFieldName {
  return (scalarFieldNames as readonly string[]).includes(name);
}

/** The parts of a metadata field name, or `null` for other names. */
export function parseMetadataField(name: string): { rowId: string; part: 'key' | 'value' | 'type' } | null {
  const match = /^metadata\.(.+)\.(key|value|type)$/.exec(name);
  return match ? { rowId: match[1]!, part: match[2] as 'key' | 'value' | 'type' } : null;
}

export function metadataFieldName(rowId: string, part: 'key' | 'value' | 'type'): CheckoutLinkFormFieldName {
  return `metadata.${rowId}.${part}`;
}

/** The field names of a metadata row, in form order. */
export function metadataRowFieldNames(rowId: string): CheckoutLinkFormFieldName[] {
  return (['key', 'type', 'value'] as const).map((part) => metadataFieldName(rowId, part));
}

export function metadataValueType(value: MetadataValue): MetadataValueType {
  return typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'text';
}

/** Row ids from a per-form counter: the same on the server and in the browser. */
export type RowIdSource = () => string;

export function metadataRows(metadata: Metadata | undefined, nextRowId: RowIdSource): MetadataRow[] {
  return Object.entries(metadata ?? {}).map(([key, value]) => ({
    id: nextRowId(),
    key,
    type: metadataValueType(value),
    value: String(value),
  }));
}

function text(value: number | string | null | undefined): string {
  return value == null ? '' : String(value);
}

function trialInterval(value: unknown): TrialInterval | '' {
  return (recurringIntervals as readonly unknown[]).includes(value) ? (value as TrialInterval) : '';
}

export function formValuesFromDefaults(defaults: CheckoutLinkFormDefaults = {}, nextRowId: RowIdSource): CheckoutLinkFormValues {
  return {
    products: defaults.products ?? [],
    product_price_id: defaults.product_price_id ?? '',
    label: defaults.label ?? '',
    success_url: defaults.success_url ?? '',
    return_url: defaults.return_url ?? '',
    discount_id: defaults.discount_id ?? '',
    allow_discount_codes: defaults.allow_discount_codes ?? true,
    require_billing_address: defaults.require_billing_address ?? false,
    trial_interval: trialInterval(defaults.trial_interval),
    trial_interval_count: text(defaults.trial_interval_count),
    seats: text(defaults.seats),
    metadata: metadataRows(defaults.metadata, nextRowId),
  };
}

/**
 * A link's values as the starting values of a new link like it (the table's Duplicate): its products
 * in order, label, URLs, preset discount, switches, trial, seats and metadata. A legacy link's one
 * price (`product_price_id`) is not carried over.
 */
export function checkoutLinkFormDefaultsFrom(link: CheckoutLink): CheckoutLinkFormDefaults {
  return {
    products: link.products.map((product) => product.id),
    label: link.label ?? '',
    success_url: link.success_url ?? '',
    return_url: link.return_url ?? '',
    discount_id: link.discount_id ?? '',
    allow_discount_codes: link.allow_discount_codes,
    require_billing_address: link.require_billing_address ?? false,
    // An interval Polar adds later is not one the builder offers: it starts with none.
    trial_interval: trialInterval(link.trial_interval),
    trial_interval_count: link.trial_interval_count ?? '',
    seats: link.seats ?? '',
    metadata: link.metadata,
  };
}

/** Everything an existing link holds, as form values. */
export function formValuesFromLink(link: CheckoutLink, nextRowId: RowIdSource): CheckoutLinkFormValues {
  return formValuesFromDefaults({ ...checkoutLinkFormDefaultsFrom(link), product_price_id: link.product_price_id ?? '' }, nextRowId);
}
