import * as z from 'zod/mini';

// Stand-ins for `z.int`, `z.enum`, `z.literal`, `z.union`, `z.record`, `z.refine`, `z.gte`, `z.lte`,
// `z.minLength` and `z.pipe(z.transform)`, built from the schema kinds the contract needs anyway
// (string, number, unknown, superRefine). Each of those zod kinds adds its own machinery to every
// host's bundle (about 2.6 KB gzipped together) for checks this simple. Each raises the issue its
// zod counterpart raises, `continue` flag included: it decides whether later checks still run.

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

/** `z.refine(accepts, { message, abort, path })`. */
export function refineCheck<T>(accepts: (value: T) => boolean, message: string, options?: { abort?: boolean; path?: PropertyKey[] }): z.core.$ZodCheck<T> {
  return z.superRefine((value: T, ctx) => {
    if (!accepts(value)) ctx.issues.push({ code: 'custom', input: value, path: [...(options?.path ?? [])], message, continue: !options?.abort });
  });
}

/** `z.gte(minimum, message)` on a number. */
export const atLeast = (minimum: number, message: string): z.core.$ZodCheck<number> =>
  z.superRefine((value: number, ctx) => {
    if (value < minimum) ctx.issues.push({ code: 'too_small', origin: 'number', minimum, inclusive: true, input: value, message, continue: true });
  });

/** `z.lte(maximum, message)` on a number. */
export const atMost = (maximum: number, message: string): z.core.$ZodCheck<number> =>
  z.superRefine((value: number, ctx) => {
    if (value > maximum) ctx.issues.push({ code: 'too_big', origin: 'number', maximum, inclusive: true, input: value, message, continue: true });
  });

/**
 * `z.minLength(1, message)` on a string or an array. Like zod's, it also runs after a type issue
 * on anything with a length, so `""` where an array belongs is told both.
 */
export const nonEmpty = (message: string): z.core.$ZodCheck<{ length: number }> =>
  z.superRefine(
    (value: { length: number }, ctx) => {
      if (value.length > 0) return;
      const origin = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
      ctx.issues.push({ code: 'too_small', origin, minimum: 1, inclusive: true, input: value, message, continue: true });
    },
    { when: ({ value }) => (value as { length?: number } | null | undefined)?.length !== undefined },
  );

/**
 * `z.pipe(z.unknown(), z.transform(parse))`: `parse` returns the output, or pushes issues and
 * returns `z.NEVER`. A check may replace the value it checks, as `z.overwrite` does.
 */
export function parsedSchema<T>(parse: (input: unknown, ctx: { issues: z.core.$ZodRawIssue[] }) => T): z.ZodMiniType<T, unknown> {
  return z.unknown().check(
    z.check((payload) => {
      payload.value = parse(payload.value, payload);
    }),
  ) as z.ZodMiniType<T, unknown>;
}
