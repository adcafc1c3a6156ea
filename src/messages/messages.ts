import type { PolarApiErrorKind } from '../client';
import { defaultFormatMessages, type FormatMessages } from '../format';
import { defaultBuilderMessages, type BuilderMessages } from './builderMessages';
import { defaultDialogMessages, type DialogMessages } from './dialogMessages';
import { defaultErrorMessages, type ErrorMessages } from './errorMessages';
import { defaultLinkListMessages, type LinkListMessages } from './linkListMessages';
import type { LinkTableMessages } from './linkTableMessages';
import { defaultProductCardMessages, type ProductCardMessages } from './productCardMessages';
import type { QrCodeMessages } from './qrCodeMessages';
import { defaultShareMessages, type SharePanelMessages } from './shareMessages';

/**
 * Every user-visible string of the library, grouped by component. The provider merges a partial
 * override over `defaultMessages`; parameterised messages are functions.
 */
export interface CheckoutLinksMessages {
  builder: BuilderMessages;
  share: SharePanelMessages;
  dialog: DialogMessages;
  links: LinkListMessages;
  /**
   * `CheckoutLinkTable`'s own words, over `defaultLinkTableMessages` (which ship with the table,
   * not in `defaultMessages`, so hosts without the table do not download them).
   */
  linkTable?: LinkTableMessages;
  /** The share panel's QR code words, over `defaultQrCodeMessages` (which ship with the QR section). */
  qrCode?: QrCodeMessages;
  errors: ErrorMessages;
  /** The formatters' words (prices, intervals, discounts, benefits). */
  format: FormatMessages;
  /** The product card's own words (its prices, benefits and images use `format` too). */
  card: ProductCardMessages;
}

/** A partial override of messages: any group, any key, at any depth. */
export type PartialMessages<T = CheckoutLinksMessages> = {
  [K in keyof T]?: T[K] extends (...args: never[]) => unknown
    ? T[K]
    : NonNullable<T[K]> extends object
      ? PartialMessages<NonNullable<T[K]>>
      : T[K];
};

/** The English messages. */
export const defaultMessages: CheckoutLinksMessages = {
  builder: defaultBuilderMessages,
  share: defaultShareMessages,
  dialog: defaultDialogMessages,
  links: defaultLinkListMessages,
  errors: defaultErrorMessages,
  format: defaultFormatMessages,
  card: defaultProductCardMessages,
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeDeep<T>(base: T, override: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(override)) return (override === undefined ? base : override) as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value !== undefined) merged[key] = mergeDeep(merged[key], value);
  }
  return merged as T;
}

const mergedByOverrides = new WeakMap<PartialMessages, CheckoutLinksMessages>();

/**
 * `defaultMessages` with `overrides` merged over them, key by key. The same overrides object gives
 * the same merged object, so every consumer of one provider shares it.
 */
export function mergeMessages(overrides?: PartialMessages): CheckoutLinksMessages {
  if (!overrides) return defaultMessages;
  let merged = mergedByOverrides.get(overrides);
  if (!merged) {
    merged = mergeDeep(defaultMessages, overrides);
    mergedByOverrides.set(overrides, merged);
  }
  return merged;
}

const mergedGroups = new WeakMap<object, WeakMap<object, object>>();

/**
 * A messages group whose English defaults ship with the component that uses it (`linkTable`,
 * `qrCode`): `defaults` with the provider's words for it merged over them, the same object for
 * the same two inputs.
 */
export function mergeMessageGroup<T extends object>(defaults: T, override: PartialMessages<T> | undefined): T {
  if (!override) return defaults;
  let byOverride = mergedGroups.get(defaults);
  if (!byOverride) mergedGroups.set(defaults, (byOverride = new WeakMap()));
  let merged = byOverride.get(override) as T | undefined;
  if (!merged) {
    merged = mergeDeep(defaults, override);
    byOverride.set(override, merged);
  }
  return merged;
}

/** The text of an API failure, from the messages. */
export function apiErrorMessage(messages: CheckoutLinksMessages, error: { kind: PolarApiErrorKind; retryAfter?: number }): string {
  return error.kind === 'rate_limited' ? messages.errors.rateLimited(error.retryAfter) : messages.errors.kinds[error.kind];
}
