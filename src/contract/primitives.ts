import * as z from 'zod/mini';
import { isUuid4 } from './uuid4';

/** A string enum that keeps values added to the API later: known values stay typed, others pass as strings. */
export type OpenEnum<T extends string> = T | (string & {});

export function openEnum<const T extends readonly string[]>(_known: T): z.ZodMiniType<OpenEnum<T[number]>> {
  return z.string() as z.ZodMiniType<OpenEnum<T[number]>>;
}

export { isUuid4 };

export const uuid4Schema = z.string('Must be a valid ID (UUID v4).').check(z.refine(isUuid4, 'Must be a valid ID (UUID v4).'));

/** Date-time strings are kept as the wire sends them (ISO 8601). */
export const dateTimeSchema = z.string();

export const recurringIntervals = ['day', 'week', 'month', 'year'] as const;
export type RecurringInterval = OpenEnum<(typeof recurringIntervals)[number]>;
export const recurringIntervalSchema = openEnum(recurringIntervals);

/** Trial intervals in request bodies: the server accepts exactly these. */
export const trialIntervalSchema = z.enum(recurringIntervals, 'Choose day, week, month or year.');
export type TrialInterval = (typeof recurringIntervals)[number];

export const URL_MAX_LENGTH = 2083;
export const CHECKOUT_ID_PLACEHOLDER = '{CHECKOUT_ID}';

// RFC 3986 characters allowed after the authority: unreserved, sub-delims, ':', '@', '/', '?', '#' and %XX escapes.
const URI_TAIL = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*$/;
const HTTP_AUTHORITY = /^https?:\/\/(?:(?:[A-Za-z0-9\-._~!$&'()*+,;=:]|%[0-9A-Fa-f]{2})*@)?(?:\[[0-9A-Fa-f:.]+\]|(?:[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2})+)(?::\d*)?/i;

/**
 * Whether `value` is an absolute http(s) URL as Polar's server accepts it. With `allowCheckoutId`,
 * the literal `{CHECKOUT_ID}` placeholder may appear anywhere after the host.
 */
export function isHttpUrl(value: string, allowCheckoutId = false): boolean {
  const authority = HTTP_AUTHORITY.exec(value);
  if (!authority) return false;
  let tail = value.slice(authority[0].length);
  if (allowCheckoutId) tail = tail.split(CHECKOUT_ID_PLACEHOLDER).join('');
  return URI_TAIL.test(tail) && (tail === '' || /^[/?#]/.test(tail));
}

function urlSchema(allowCheckoutId: boolean) {
  return z.string('Enter a URL as text.').check(
    z.minLength(1, 'Enter a URL.'),
    z.maxLength(URL_MAX_LENGTH, `URLs can be at most ${URL_MAX_LENGTH} characters.`),
    z.refine(
      (value) => value.length > URL_MAX_LENGTH || value.length === 0 || isHttpUrl(value, allowCheckoutId),
      allowCheckoutId
        ? 'Enter a full http(s) URL, e.g. https://example.com/thanks?checkout_id={CHECKOUT_ID}.'
        : 'Enter a full http(s) URL, e.g. https://example.com.',
    ),
  );
}

/** `success_url`: an absolute http(s) URL that may contain `{CHECKOUT_ID}`. */
export const successUrlSchema = urlSchema(true);
/** `return_url`: an absolute http(s) URL. */
export const returnUrlSchema = urlSchema(false);

export const METADATA_MAX_PAIRS = 50;
export const METADATA_KEY_MAX_LENGTH = 40;
export const METADATA_VALUE_MAX_LENGTH = 500;

/** A metadata value: text, a number (integers and, since 2026, floats) or a boolean. */
export type MetadataValue = string | number | boolean;
/** Key-value pairs stored on a checkout link. */
export type Metadata = Record<string, MetadataValue>;

const metadataValueSchema = z.union(
  [z.string(), z.number(), z.boolean()],
  'Values must be text, a number or true/false.',
);

/** Metadata as Polar's server accepts it in a request: ≤ 50 pairs, keys 1–40 chars, text values 1–500 chars. */
export const metadataSchema: z.ZodMiniType<Metadata> = z.record(z.string(), metadataValueSchema).check(
  z.superRefine((metadata, ctx) => {
    const keys = Object.keys(metadata);
    if (keys.length > METADATA_MAX_PAIRS) {
      ctx.issues.push({
        code: 'custom',
        input: metadata,
        message: `At most ${METADATA_MAX_PAIRS} metadata pairs are allowed (${keys.length} given).`,
      });
    }
    for (const key of keys) {
      if (key.length < 1 || key.length > METADATA_KEY_MAX_LENGTH) {
        ctx.issues.push({
          code: 'custom',
          input: key,
          path: [key],
          message: key.length
            ? `Keys can be at most ${METADATA_KEY_MAX_LENGTH} characters (${key.length} given).`
            : 'Keys cannot be empty.',
        });
      }
      const value = metadata[key];
      if (typeof value === 'string' && (value.length < 1 || value.length > METADATA_VALUE_MAX_LENGTH)) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          path: [key],
          message: value.length
            ? `Text values can be at most ${METADATA_VALUE_MAX_LENGTH} characters (${value.length} given).`
            : 'Text values cannot be empty.',
        });
      }
    }
  }),
);

/** Metadata as Polar returns it: any string, number or boolean values. */
export const metadataOutputSchema: z.ZodMiniType<Metadata> = z.record(z.string(), metadataValueSchema);
