import type { DocumentValidator, PolarVersion } from '../polarDocuments';

/**
 * A place where Polar's server and its OpenAPI document disagree. Our request schemas follow the
 * server, so for these bodies the parity test does not expect the document's verdict: it computes
 * the server's verdict from the rule written here.
 */
export interface DocumentedDifference {
  id: string;
  /** What the server does, and how we know. */
  rule: string;
  versions: readonly PolarVersion[];
  /** The server is looser: rewrites the body into one the document judges as the server does. */
  normalize?: (body: Record<string, unknown>) => Record<string, unknown>;
  /** The server is stricter: `false` for a body it rejects although the document accepts it. */
  accepts?: (body: Record<string, unknown>) => boolean;
}

const isObject = (body: unknown): body is Record<string, unknown> =>
  typeof body === 'object' && body !== null && !Array.isArray(body);

const CHECKOUT_ID = '{CHECKOUT_ID}';
/** The same length as the placeholder, so the document's length limits still see the real length. */
const CHECKOUT_ID_STAND_IN = '_CHECKOUT_ID_';

/**
 * Replaces `{CHECKOUT_ID}` after the authority (in the path, query or fragment); in the scheme or
 * the authority it stays, and stays invalid. The authority ends at the first `/`, `?` or `#` after
 * the scheme and its slashes, as both RFC 3986 and the WHATWG parser read http(s) URLs.
 */
function standInForCheckoutId(url: string): string {
  const start = /^[a-z][a-z0-9+\-.]*:\/*[^/?#]*/i.exec(url)?.[0].length ?? 0;
  return url.slice(0, start) + url.slice(start).replaceAll(CHECKOUT_ID, CHECKOUT_ID_STAND_IN);
}

/** What pydantic's `HttpUrl` takes: the WHATWG URL parser finds an http(s) URL (so a host, a valid port). */
function isWhatwgHttpUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

const URL_FIELDS = ['success_url', 'return_url'] as const;

/**
 * The fields every create variant and the update body read. Unknown keys are dropped unread, and
 * so is another variant's product key; an id holding NUL is no UUID, which the document refuses
 * wherever the id is read.
 */
const BODY_FIELDS = [
  'payment_processor',
  'metadata',
  'label',
  'allow_discount_codes',
  'require_billing_address',
  'discount_id',
  'success_url',
  'return_url',
  'trial_interval',
  'trial_interval_count',
  'seats',
] as const;

/** Whether a NUL character is in `value`, a string in it, or a key of an object in it. */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (isObject(value)) return Object.entries(value).some(([key, item]) => key.includes('\u0000') || holdsNul(item));
  return false;
}

export const documentedDifferences: readonly DocumentedDifference[] = [
  {
    id: 'checkout-id-placeholder',
    rule:
      '`success_url` may contain the literal `{CHECKOUT_ID}` after the host (Polar documents ' +
      '`?checkout_id={CHECKOUT_ID}` and keeps the braces); `format: uri` rejects braces.',
    versions: ['2025-04-10', '2026-10'],
    normalize: (body) =>
      typeof body.success_url === 'string' && body.success_url.includes(CHECKOUT_ID)
        ? { ...body, success_url: standInForCheckoutId(body.success_url) }
        : body,
  },
  {
    id: 'http-urls-only',
    rule:
      '`success_url` / `return_url` are pydantic `HttpUrl`s on the server (WHATWG parsing): only ' +
      'http(s) URLs with a host and a valid port. `format: uri` also accepts `ftp:`, `javascript:`, ' +
      '`mailto:`, `https://` with an empty host, and `https://host:notaport` (read as an empty authority ' +
      'and a path). We accept a URL only when both accept it.',
    versions: ['2025-04-10', '2026-10'],
    accepts: (body) =>
      URL_FIELDS.every((field) => typeof body[field] !== 'string' || isWhatwgHttpUrl(body[field] as string)),
  },
  {
    id: 'trial-together',
    rule:
      "Polar's `TrialConfigurationInputMixin` rejects a body with only one of `trial_interval` and " +
      '`trial_interval_count` ("Both trial_interval and trial_interval_count must be set together."); ' +
      'the document lists them as independent optional fields.',
    versions: ['2026-10'],
    accepts: (body) => (body.trial_interval == null) === (body.trial_interval_count == null),
  },
  {
    id: 'nul-characters',
    rule:
      'Polar\'s server refuses a NUL character (`\\u0000`, which PostgreSQL text cannot store) in any ' +
      'string of a request body, metadata keys included ("This value contains invalid characters"); ' +
      'the document has no pattern that says so, and the contract server, which validates with the ' +
      'document, refuses such a body through the shared rules (src/testing/rules.ts) that run on our schemas.',
    versions: ['2025-04-10', '2026-10'],
    accepts: (body) => !BODY_FIELDS.some((field) => holdsNul(body[field])),
  },
  {
    id: 'float-metadata-since-2026',
    rule:
      'The 2025 document allows text, integer and boolean metadata values; since 2026-10 Polar also ' +
      'accepts floats, and our request schema holds every field of both versions, so a float value ' +
      'is judged like an integer in the 2025 comparison.',
    versions: ['2025-04-10'],
    normalize: (body) => {
      const metadata = body.metadata;
      if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) return body;
      const entries = Object.entries(metadata);
      if (!entries.some(([, value]) => typeof value === 'number' && !Number.isInteger(value))) return body;
      const asIntegers = entries.map(([key, value]) => [key, typeof value === 'number' ? Math.trunc(value) : value]);
      return { ...body, metadata: Object.fromEntries(asIntegers) };
    },
  },
];

export interface ExpectedVerdict {
  /** What Polar's document alone says. */
  document: boolean;
  /** What Polar's server says: the document's verdict with the documented differences applied. */
  server: boolean;
  /** The differences that made `server` differ from `document`. */
  because: string[];
}

export function expectedVerdict(body: unknown, validate: DocumentValidator, version: PolarVersion): ExpectedVerdict {
  const document = validate(body);
  if (!isObject(body)) return { document, server: document, because: [] };
  const differences = documentedDifferences.filter((difference) => difference.versions.includes(version));

  let normalized = body;
  const loosenedBy: string[] = [];
  for (const difference of differences) {
    const next = difference.normalize?.(normalized) ?? normalized;
    if (next !== normalized) loosenedBy.push(difference.id);
    normalized = next;
  }
  const rejectedBy = differences.filter((difference) => difference.accepts?.(body) === false).map(({ id }) => id);
  const server = validate(normalized) && rejectedBy.length === 0;
  const because = server === document ? [] : server ? loosenedBy : rejectedBy;
  return { document, server, because };
}
