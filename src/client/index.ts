export type { CallOptions, PolarClient, PolarOperation } from './PolarClient';
export { PolarApiError, isPolarApiError } from './PolarApiError';
export type { PolarApiErrorKind, PolarApiErrorOptions } from './PolarApiError';
