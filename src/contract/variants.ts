import * as z from 'zod/mini';
import { describeIssue } from './fieldErrors';

/**
 * Checks an object against the shape its `key` selects, leaving objects with an unknown `key`
 * value alone: Polar adds price types, benefit types and discount types over time, and a newer
 * value must not break rendering. Errors keep the path of the field they concern.
 */
export function variantsByKey<T extends object>(
  key: string,
  variants: Record<string, z.ZodMiniType>,
): z.core.$ZodCheck<T> {
  return z.superRefine((value: T, ctx) => {
    const tag = (value as Record<string, unknown>)[key];
    const variant = typeof tag === 'string' && Object.hasOwn(variants, tag) ? variants[tag] : undefined;
    // The caller's error map does not reach this inner parse: apply the contract's own.
    const result = variant?.safeParse(value, { error: describeIssue });
    for (const issue of result?.error?.issues ?? []) {
      ctx.issues.push({ code: 'custom', input: value, path: issue.path, message: issue.message });
    }
  });
}
