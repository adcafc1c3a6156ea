import type { FieldErrors } from '../contract';

/** What went wrong, in the terms a UI acts on. */
export type PolarApiErrorKind =
  | 'validation'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'invalid_response';

export interface PolarApiErrorOptions {
  status?: number;
  /** Messages per field, keyed by dotted path (`success_url`, `products.0`, `metadata.plan`). */
  fieldErrors?: FieldErrors;
  /** Messages that concern no single field. */
  formErrors?: string[];
  /** Seconds to wait before retrying (429, 503). */
  retryAfter?: number;
  cause?: unknown;
}

/** The one error type every client failure reaches the UI as. */
export class PolarApiError extends Error {
  override readonly name = 'PolarApiError';
  declare readonly kind: PolarApiErrorKind;
  declare readonly status?: number;
  declare readonly fieldErrors: FieldErrors;
  declare readonly formErrors: string[];
  declare readonly retryAfter?: number;
  declare readonly cause?: unknown;

  constructor(kind: PolarApiErrorKind, message: string, options: PolarApiErrorOptions = {}) {
    super(message);
    this.kind = kind;
    this.status = options.status;
    this.fieldErrors = options.fieldErrors ?? {};
    this.formErrors = options.formErrors ?? [];
    this.retryAfter = options.retryAfter;
    this.cause = options.cause;
  }
}

export function isPolarApiError(value: unknown): value is PolarApiError {
  return value instanceof PolarApiError;
}
