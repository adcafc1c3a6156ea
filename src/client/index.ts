export type { CallOptions, PolarClient, PolarOperation } from './PolarClient';
export { PolarApiError, isPolarApiError } from './PolarApiError';
export type { PolarApiErrorKind, PolarApiErrorOptions } from './PolarApiError';
export { createFetchClient } from './createFetchClient';
export type { FetchClientOptions } from './createFetchClient';
export type { PolarResponseError } from './PolarResponseError';
export { toPolarApiError } from './toPolarApiError';
export { withResponseValidation } from './withResponseValidation';
