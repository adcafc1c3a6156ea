import * as z from 'zod/mini';

// Stand-ins for `z.int`, `z.enum`, `z.literal`, `z.union` and `z.record`, built from the schema kinds
// the contract needs anyway (string, number, unknown, refine). Each of those zod kinds adds its own
// machinery to every host's bundle (about 1.8 KB gzipped together) for checks this simple.

/** What a response lacks a required field is told (see `describeIssue`). */
export const MISSING_FIELD_MESSAGE = 'Required field is missing.';

/** A safe integer, as `z.int()` accepts it; a number that is not one is reported as `z.int()` does. */
export const integerSchema = z.number().check(
  z.superRefine((value, ctx) => {
    if (!Number.isSafeInteger(value)) ctx.issues.push({ code: 'invalid_type', expected: 'int', input: value });
  }),
);

/** One of `values` (a `z.enum` or `z.literal` of strings, with the same issue); `message` for anything else. */
export function oneOf<const T extends readonly string[]>(values: T, message: string): z.ZodMiniType<T[number]> {
  return z.string(message).check(
    z.superRefine((value, ctx) => {
      if (!values.includes(value)) ctx.issues.push({ code: 'invalid_value', values: [...values], input: value, message });
    }),
  ) as z.ZodMiniType<T[number]>;
}

/**
 * A value `accepts` takes (a union of scalar types, or a value of a set). A missing value gets the
 * contract's usual "Required field is missing."; anything else `message`.
 */
export function valueSchema<T>(accepts: (value: unknown) => value is T, message: string): z.ZodMiniType<T> {
  return z.unknown().check(
    z.superRefine((value, ctx) => {
      if (!accepts(value)) ctx.issues.push({ code: 'custom', input: value, message: value === undefined ? MISSING_FIELD_MESSAGE : message });
    }),
  ) as z.ZodMiniType<T>;
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
