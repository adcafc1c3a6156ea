import { expect } from 'vitest';
import type * as z from 'zod/mini';
import { describeIssue, fieldErrorsFromIssues, type FieldErrors } from '../src/contract';
import { polarDocumentErrors, type PolarVersion } from './polarDocuments';

/** Where `data` comes from: a component schema of one of Polar's documents. */
export type PolarShape = [version: PolarVersion, documentSchema: string];

/** Polar's document accepts `data` as the shape it names, and `schema` parses it unchanged. */
export function expectParsedUnchanged(schema: z.ZodMiniType, data: unknown, [version, documentSchema]: PolarShape): void {
  expect(polarDocumentErrors(version)(documentSchema, data)).toEqual([]);
  expect(schema.parse(data)).toEqual(data);
}

/** The field errors a response that fails `schema` gets, as the fetch client reports them. */
export function responseFieldErrors(schema: z.ZodMiniType, data: unknown): FieldErrors {
  const { error } = schema.safeParse(data, { error: describeIssue });
  return error ? fieldErrorsFromIssues(error.issues).fieldErrors : {};
}
