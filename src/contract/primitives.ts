import * as z from 'zod/mini';
import { isPlainRecord, MISSING_FIELD_MESSAGE, oneOf, parsedSchema, refineCheck } from './cheapSchemas';
import { isUuid4 } from './uuid4';

/** A string enum that keeps values added to the API later: known values stay typed, others pass as strings. */
export type OpenEnum<T extends string> = T | (string & {});

export function openEnum<const T extends readonly string[]>(_known: T): z.ZodMiniType<OpenEnum<T[number]>> {
  return z.string() as z.ZodMiniType<OpenEnum<T[number]>>;
}

export { isUuid4 };

export const uuid4Schema = z.string('Must be a valid ID (UUID v4).').check(refineCheck(isUuid4, 'Must be a valid ID (UUID v4).'));

/** Date-time strings are kept as the wire sends them (ISO 8601). */
export const dateTimeSchema = z.string();

export const recurringIntervals = ['day', 'week', 'month', 'year'] as const;
export type RecurringInterval = OpenEnum<(typeof recurringIntervals)[number]>;
export const recurringIntervalSchema = openEnum(recurringIntervals);

/** Trial intervals in request bodies: the server accepts exactly these. */
export const trialIntervalSchema = oneOf(recurringIntervals, 'Choose day, week, month or year.');
export type TrialInterval = (typeof recurringIntervals)[number];

export const URL_MAX_LENGTH = 2083;
export const CHECKOUT_ID_PLACEHOLDER = '{CHECKOUT_ID}';

// A URL passes when both of Polar's views of it accept it: its document (`format: uri`, RFC 3986
// as ajv-formats reads it, which also takes a single "/" before the authority) and its server
// (pydantic's `HttpUrl`: the WHATWG parser must find an http(s) URL, so with a host and a valid port).
const UNRESERVED_OR_SUB_DELIM = "A-Za-z0-9\\-._~!$&'()*+,;=";
const uriCharacters = (extra: string) => `(?:[${UNRESERVED_OR_SUB_DELIM}${extra}]|%[0-9A-Fa-f]{2})`;
const SEGMENT = `${uriCharacters(':@')}*`;
const HTTP_URI = new RegExp(
  '^https?:(?:' +
    // An [IP literal] is left to the WHATWG parser, which takes no address RFC 3986 refuses.
    `/?/(?:${uriCharacters(':')}*@)?(?:\\[[^\\]]*\\]|${uriCharacters('')}*)(?::\\d*)?(?:/${SEGMENT})*` +
    `|/(?:${uriCharacters(':@')}+(?:/${SEGMENT})*)?` +
    `|${uriCharacters(':@')}+(?:/${SEGMENT})*` +
    `)(?:\\?${uriCharacters(':@/?')}*)?(?:#${uriCharacters(':@/?')}*)?$`,
  'i',
);
/** Scheme and authority: what `{CHECKOUT_ID}` may not be part of. */
const SCHEME_AND_AUTHORITY = /^[a-z][a-z0-9+\-.]*:\/*[^/?#]*/i;

function isServerHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Whether `value` is an absolute http(s) URL as Polar accepts it. With `allowCheckoutId`, the
 * literal `{CHECKOUT_ID}` placeholder may appear anywhere after the host.
 */
export function isHttpUrl(value: string, allowCheckoutId = false): boolean {
  let url = value;
  if (allowCheckoutId) {
    const authorityEnd = SCHEME_AND_AUTHORITY.exec(value)?.[0].length ?? 0;
    // Any character that is valid on its own and cannot complete a %XX escape stands in for it.
    url = value.slice(0, authorityEnd) + value.slice(authorityEnd).split(CHECKOUT_ID_PLACEHOLDER).join('_');
  }
  return HTTP_URI.test(url) && isServerHttpUrl(url);
}

function urlProblem(value: string, allowCheckoutId: boolean): string | undefined {
  if (value.length === 0) return 'Enter a URL.';
  if (value.length > URL_MAX_LENGTH) return `URLs can be at most ${URL_MAX_LENGTH} characters (${value.length} given).`;
  if (isHttpUrl(value, allowCheckoutId)) return undefined;
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return 'URLs cannot contain spaces or control characters.';
  if (!allowCheckoutId && isHttpUrl(value, true)) return `${CHECKOUT_ID_PLACEHOLDER} can only be used in the success URL.`;
  return allowCheckoutId
    ? `Enter a full http(s) URL, e.g. https://example.com/thanks?checkout_id=${CHECKOUT_ID_PLACEHOLDER}.`
    : 'Enter a full http(s) URL, e.g. https://example.com.';
}

function urlSchema(allowCheckoutId: boolean) {
  return z.string('Enter a URL as text.').check(
    z.superRefine((value, ctx) => {
      const problem = urlProblem(value, allowCheckoutId);
      if (problem) ctx.issues.push({ code: 'custom', input: value, message: problem });
    }),
  );
}

/** `success_url`: an absolute http(s) URL that may contain `{CHECKOUT_ID}`. */
export const successUrlSchema = urlSchema(true);
/** `return_url`: an absolute http(s) URL. */
export const returnUrlSchema = urlSchema(false);

export const METADATA_MAX_PAIRS = 50;
export const METADATA_KEY_MAX_LENGTH = 40;
export const METADATA_VALUE_MAX_LENGTH = 500;

/**
 * The length Polar's server limits: Unicode code points (Python's `len`, JSON Schema's
 * `maxLength`), so an emoji counts once where `String.length` counts two.
 */
export function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length++;
  return length;
}

/** A metadata value: text, a number (integers and, since 2026, floats) or a boolean. */
export type MetadataValue = string | number | boolean;
/** Key-value pairs stored on a checkout link. */
export type Metadata = Record<string, MetadataValue>;

const METADATA_VALUE_TYPES = 'Values must be text, a number or true/false.';

const isMetadataValue = (value: unknown): value is MetadataValue =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/**
 * Metadata whose pairs `problemOf` accepts. Checked by hand rather than with `z.record`, which
 * skips a `__proto__` key: to Polar that is a key like any other, so it is checked and kept.
 */
function metadataRecordSchema(problemOf: (key: string, value: unknown) => string | undefined, maxPairs = Infinity): z.ZodMiniType<Metadata> {
  return parsedSchema((input, ctx): Metadata => {
    if (!isPlainRecord(input)) {
      const message = input === undefined ? MISSING_FIELD_MESSAGE : 'Metadata must be an object of key-value pairs.';
      ctx.issues.push({ code: 'custom', input, message });
      return z.NEVER;
    }
    const entries = Object.entries(input);
    if (entries.length > maxPairs) {
      ctx.issues.push({ code: 'custom', input, message: `At most ${maxPairs} metadata pairs are allowed (${entries.length} given).` });
    }
    const metadata: Metadata = {};
    for (const [key, value] of entries) {
      const problem = problemOf(key, value);
      if (problem) ctx.issues.push({ code: 'custom', input: value, path: [key], message: problem });
      else Object.defineProperty(metadata, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return metadata;
  });
}

/**
 * Metadata as Polar's server accepts it in a request: ≤ 50 pairs, keys 1–40 characters, values text
 * (1–500 characters), numbers or booleans.
 */
export const metadataSchema = metadataRecordSchema(
  (key, value) => metadataKeyProblem(key) ?? metadataValueProblem(value),
  METADATA_MAX_PAIRS,
);

function metadataKeyProblem(key: string): string | undefined {
  const length = codePointLength(key);
  if (length === 0) return 'Keys cannot be empty.';
  if (length > METADATA_KEY_MAX_LENGTH) return `Keys can be at most ${METADATA_KEY_MAX_LENGTH} characters (${length} given).`;
  return undefined;
}

function metadataValueProblem(value: unknown): string | undefined {
  if (!isMetadataValue(value)) return METADATA_VALUE_TYPES;
  if (typeof value !== 'string') return undefined;
  const length = codePointLength(value);
  if (length === 0) return 'Text values cannot be empty.';
  if (length > METADATA_VALUE_MAX_LENGTH) return `Text values can be at most ${METADATA_VALUE_MAX_LENGTH} characters (${length} given).`;
  return undefined;
}

/** Metadata as Polar returns it: any string, number or boolean values. */
export const metadataOutputSchema = metadataRecordSchema((_key, value) => (isMetadataValue(value) ? undefined : METADATA_VALUE_TYPES));
