import { PolarApiError, type PolarApiErrorKind, type PolarApiErrorOptions } from './PolarApiError';

/**
 * A `PolarApiError` with a plain English message for its kind, for logs and for hosts that show
 * `error.message` (the components show their own text from the messages object, by `kind`).
 * `detail` follows the message, e.g. the path of a field that could not be read.
 */
export function createPolarApiError(
  kind: PolarApiErrorKind,
  options: PolarApiErrorOptions = {},
  detail?: string,
): PolarApiError {
  const { status, retryAfter } = options;
  const fields = Object.keys(options.fieldErrors ?? {}).length;
  const messages: Record<PolarApiErrorKind, string> = {
    validation: fields ? `Polar rejected ${fields} field${fields === 1 ? '' : 's'}.` : 'Polar rejected the request.',
    unauthorized: 'Not signed in to Polar: the access token is missing, invalid or expired.',
    forbidden: 'Not allowed: the access token lacks the permission for this.',
    not_found: 'Not found: it may have been deleted.',
    rate_limited: `Too many requests: retry in ${retryAfter === undefined ? 'a moment' : `${retryAfter} s`}.`,
    server: `Polar had a problem${status ? ` (${status})` : ''}: try again later.`,
    network: 'Could not reach Polar: check the connection.',
    timeout: 'Polar did not answer in time.',
    aborted: 'The request was cancelled.',
    invalid_response: 'Polar sent a response that cannot be read.',
  };
  return new PolarApiError(kind, detail ? `${messages[kind]} ${detail}` : messages[kind], options);
}
