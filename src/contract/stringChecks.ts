import * as z from 'zod/mini';
import { UUID4_PATTERN } from './uuid4';

// Messages and checks the contract's schemas share; not part of the package's API.

/** What a response lacks a required field is told (see `describeIssue`). */
export const MISSING_FIELD_MESSAGE = 'Required field is missing.';

/** Polar's answer to a string holding a NUL character, which its database cannot store. */
export const INVALID_CHARACTERS_MESSAGE = 'This value contains invalid characters';

/**
 * Refuses a NUL character anywhere in a string, as Polar's server does in every string of a
 * request body. It runs first; `abort` decides whether the string's other checks still run.
 */
export const noNulCharacter = ({ abort }: { abort: boolean }) =>
  z.regex(/^[^\u0000]*$/, { message: INVALID_CHARACTERS_MESSAGE, abort });

/**
 * The checks of an id: Polar's own string format `uuid4`, a UUID whose version nibble is 4 (its JSON
 * Schema says `format: uuid4` as Polar's document does). Not `z.uuidv4`, which also requires the
 * RFC 9562 variant, where Polar's document (and ids in paths, see `isUuid4`) take any.
 */
export const uuid4Checks = (params: { message?: string; abort?: boolean }) =>
  [noNulCharacter({ abort: true }), z.stringFormat('uuid4', UUID4_PATTERN, params)] as const;
