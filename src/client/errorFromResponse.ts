import type { FieldErrors } from '../contract';
import type { PolarApiError, PolarApiErrorKind } from './PolarApiError';
import { createPolarApiError } from './createPolarApiError';

const kindByStatus: Partial<Record<number, PolarApiErrorKind>> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  429: 'rate_limited',
};

function kindOf(status: number): PolarApiErrorKind {
  if (status >= 500) return 'server';
  // A response that is no error at all, yet could not be used (e.g. a 200 with an HTML page).
  if (status < 400) return 'invalid_response';
  return kindByStatus[status] ?? 'validation';
}

/**
 * The dotted field path of a FastAPI `loc`. The leading `body` (or `query`, `path`) goes, and so
 * does the name of the union variant pydantic tried, which no field name looks like (it is
 * capitalised, or a `function-after[…]` wrapper): `["body","CheckoutLinkCreateProducts","success_url"]`
 * is `success_url`, `["body","products",0]` is `products.0`. An empty path means the whole body.
 */
function fieldPath(loc: unknown): string {
  const segments = Array.isArray(loc) ? loc.map(String) : [];
  if (['body', 'query', 'path'].includes(segments[0] ?? '')) segments.shift();
  if (/^[A-Z]|\W/.test(segments[0] ?? '')) segments.shift();
  return segments.join('.');
}

/** The parts of Polar's error bodies this reads: FastAPI's `detail` and OAuth's `error_description`. */
interface ErrorBody {
  detail?: unknown;
  error_description?: unknown;
}

/**
 * The `PolarApiError` for a response that could not be used, from its status and body.
 * A 422's `detail: [{ loc, msg, type }]` becomes field errors (an issue whose `loc` names no field
 * becomes a form error); a `detail` or `error_description` that is text (401, 403, 404, 400)
 * becomes a form error. A body that is not JSON (a gateway's HTML page) only tells the status.
 * A body given as text is parsed first, since `@polar-sh/sdk` keeps undeclared error bodies raw.
 */
export function errorFromResponse(status: number, body: unknown, retryAfter: number | undefined, cause: unknown): PolarApiError {
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      // Not JSON: the status is all there is to go by.
    }
  }
  const { detail, error_description } = (typeof body === 'object' && body !== null ? body : {}) as ErrorBody;
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  if (Array.isArray(detail)) {
    for (const issue of detail as ({ loc?: unknown; msg?: unknown } | null)[]) {
      // pydantic prefixes the messages of custom validators with "Value error, ".
      const message = typeof issue?.msg === 'string' ? issue.msg.replace(/^Value error, /, '') : 'Invalid value.';
      const path = fieldPath(issue?.loc);
      if (path) (fieldErrors[path] ??= []).push(message);
      else formErrors.push(message);
    }
  } else {
    for (const text of [detail, error_description]) if (typeof text === 'string' && text) formErrors.push(text);
  }
  const detailText = status < 300 ? 'Expected a JSON object.' : undefined;
  return createPolarApiError(kindOf(status), { status, fieldErrors, formErrors, retryAfter, cause }, detailText);
}
