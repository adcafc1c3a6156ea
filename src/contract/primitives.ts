import * as z from 'zod/mini';
import { INVALID_CHARACTERS_MESSAGE, MISSING_FIELD_MESSAGE, noNulCharacter, uuid4Checks } from './stringChecks';
import { isUuid4 } from './uuid4';

/** A string enum that keeps values added to the API later: known values stay typed, others pass as strings. */
export type OpenEnum<T extends string> = T | (string & {});

export function openEnum<const T extends readonly string[]>(_known: T): z.ZodMiniType<OpenEnum<T[number]>> {
  return z.string() as z.ZodMiniType<OpenEnum<T[number]>>;
}

export { isUuid4 };

/** Polar's message for a NUL character in a request body's text (the builder words it for its users). */
export { INVALID_CHARACTERS_MESSAGE };

const INVALID_ID_MESSAGE = 'Must be a valid ID (UUID v4).';

/** An id in a request body: Polar's `format: uuid4`. */
export const uuid4Schema = z.string(INVALID_ID_MESSAGE).check(...uuid4Checks({ message: INVALID_ID_MESSAGE }));

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

function urlProblem(value: string, allowCheckoutId: boolean): string {
  if (/[\s\u0000-\u001f\u007f]/.test(value)) return 'URLs cannot contain spaces or control characters.';
  if (!allowCheckoutId && isHttpUrl(value, true)) return `${CHECKOUT_ID_PLACEHOLDER} can only be used in the success URL.`;
  return allowCheckoutId
    ? `Enter a full http(s) URL, e.g. https://example.com/thanks?checkout_id=${CHECKOUT_ID_PLACEHOLDER}.`
    : 'Enter a full http(s) URL, e.g. https://example.com.';
}

const HTTP_PROTOCOL = /^https?$/;

/**
 * Each check aborts, so a URL gets one message. `z.url` is the WHATWG parser's view (what the JSON
 * Schema calls `format: uri`); the refine adds the document's RFC 3986 view and `{CHECKOUT_ID}`.
 */
function urlSchema(allowCheckoutId: boolean) {
  const problem = (issue: { input?: unknown }) => urlProblem(String(issue.input), allowCheckoutId);
  return z.string('Enter a URL as text.').check(
    noNulCharacter({ abort: true }),
    z.minLength(1, { message: 'Enter a URL.', abort: true }),
    z.maxLength(URL_MAX_LENGTH, {
      error: (issue) => `URLs can be at most ${URL_MAX_LENGTH} characters (${String(issue.input).length} given).`,
      abort: true,
    }),
    z.url({ protocol: HTTP_PROTOCOL, error: problem, abort: true }),
    z.refine((value) => isHttpUrl(value, allowCheckoutId), { error: problem, abort: true }),
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

/**
 * Polar limits lengths in Unicode code points (Python's `len`, JSON Schema's `maxLength`), where
 * `z.maxLength` counts UTF-16 units: the limit is a refine, and `maxLength` goes into the JSON
 * Schema as metadata.
 */
function atMostCodePoints(maximum: number, what: string) {
  return [
    z.refine<string>((value) => codePointLength(value) <= maximum, {
      error: (issue) => `${what} can be at most ${maximum} characters (${codePointLength(String(issue.input))} given).`,
    }),
    z.meta({ maxLength: maximum }),
  ] as const;
}

/** A metadata key in a request: 1–40 characters. */
const metadataKeySchema = z.string().check(
  noNulCharacter({ abort: true }),
  z.minLength(1, { message: 'Keys cannot be empty.', abort: true }),
  ...atMostCodePoints(METADATA_KEY_MAX_LENGTH, 'Keys'),
);

// A value that is not text fails every branch and gets the union's message. A text value that is
// too short or too long fails only the text branch with checks that do not abort, so zod reports
// that branch's own issue.
const metadataValueSchema = z.union(
  [
    z.string().check(
      noNulCharacter({ abort: false }),
      z.minLength(1, 'Text values cannot be empty.'),
      ...atMostCodePoints(METADATA_VALUE_MAX_LENGTH, 'Text values'),
    ),
    z.number(),
    z.boolean(),
  ],
  METADATA_VALUE_TYPES,
);

/** What a record says when it is not an object, or when one of its keys fails (the key's own issue). */
function metadataError(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_key') return issue.issues[0]?.message;
  if (issue.code === 'invalid_type') return issue.input === undefined ? MISSING_FIELD_MESSAGE : 'Metadata must be an object of key-value pairs.';
  return undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The checks zod's record cannot make, on the metadata as sent: the number of pairs (zod has no
 * size check for records) and a `__proto__` key, which `z.record` leaves out of what it parses
 * (against prototype pollution). To Polar that is a key like any other, so its value is checked
 * here and the key counts; the parsed metadata lacks it.
 */
const metadataPairs = z.transform((input: unknown, ctx) => {
  if (!isPlainObject(input)) return input;
  const count = Object.keys(input).length;
  if (count > METADATA_MAX_PAIRS) {
    ctx.issues.push({ code: 'custom', input, message: `At most ${METADATA_MAX_PAIRS} metadata pairs are allowed (${count} given).` });
  }
  if (Object.hasOwn(input, '__proto__')) {
    const value = Object.getOwnPropertyDescriptor(input, '__proto__')?.value;
    for (const issue of metadataValueSchema.safeParse(value).error?.issues ?? []) {
      ctx.issues.push({ code: 'custom', input: value, path: ['__proto__', ...issue.path], message: issue.message });
    }
  }
  return input;
});

/**
 * Metadata as Polar's server accepts it in a request: ≤ 50 pairs, keys 1–40 characters, values text
 * (1–500 characters), numbers or booleans.
 */
export const metadataSchema: z.ZodMiniType<Metadata, unknown> = z.pipe(
  metadataPairs,
  z.record(metadataKeySchema, metadataValueSchema, { error: metadataError }).check(z.meta({ maxProperties: METADATA_MAX_PAIRS })),
);

/** Metadata as Polar returns it: any string, number or boolean values. */
export const metadataOutputSchema: z.ZodMiniType<Metadata> = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean()], METADATA_VALUE_TYPES),
  { error: metadataError },
);
