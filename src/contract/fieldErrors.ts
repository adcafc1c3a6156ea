import type * as z from 'zod/mini';
import { MISSING_FIELD_MESSAGE } from './stringChecks';

/** Field errors keyed by dotted path (`success_url`, `products.0`, `metadata.plan`); '' holds form-wide errors. */
export type FieldErrors = Record<string, string[]>;

/** Groups schema issues by the dotted path of the field they concern. */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[]): { fieldErrors: FieldErrors; formErrors: string[] } {
  const fieldErrors: FieldErrors = {};
  const formErrors: string[] = [];
  for (const issue of issues) {
    if (issue.path.length === 0) {
      formErrors.push(issue.message);
      continue;
    }
    const path = issue.path.map(String).join('.');
    (fieldErrors[path] ??= []).push(issue.message);
  }
  return { fieldErrors, formErrors };
}

/**
 * A per-parse error map for response data: says which field is missing or of the wrong type instead
 * of zod's bare "Invalid input". Passed to `safeParse(data, { error: describeIssue })`.
 */
export function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  return issue.input === undefined ? MISSING_FIELD_MESSAGE : `Expected ${issue.expected}.`;
}
