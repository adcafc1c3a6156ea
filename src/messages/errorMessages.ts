import type { PolarApiErrorKind } from '../client';
import { englishCount } from './englishCount';

/** What the UI says when a request fails, by `PolarApiError.kind`. */
export interface ErrorMessages {
  kinds: Record<Exclude<PolarApiErrorKind, 'rate_limited'>, string>;
  rateLimited: (retryAfterSeconds: number | undefined) => string;
  retry: string;
}

/** English failure messages, by kind. */
export const defaultErrorMessages: ErrorMessages = {
  kinds: {
    validation: 'Some fields need your attention.',
    unauthorized: 'Polar did not accept the credentials. Sign in again.',
    forbidden: 'You are not allowed to do this.',
    not_found: 'It no longer exists.',
    server: 'Polar could not complete the request. Try again in a moment.',
    network: 'Could not reach Polar. Check your connection and try again.',
    timeout: 'Polar took too long to answer. Try again.',
    aborted: 'The request was cancelled.',
    invalid_response: 'Polar sent an answer this page cannot read.',
  },
  rateLimited: (seconds) =>
    seconds === undefined ? 'Too many requests. Wait a moment and try again.' : `Too many requests. Try again in ${englishCount(seconds)} s.`,
  retry: 'Try again',
};
