import type { ErrorObject } from 'ajv';
import { INVALID_ID_MESSAGE, enumMessage, greaterThanMessage, type ValidationDetail } from '../../src/testing/rules';

// Where openapi-backend puts each part of a request, and where FastAPI's `loc` says it was.
const LOCATIONS: Record<string, string> = { requestBody: 'body', query: 'query', path: 'path', header: 'header' };

function locOf(error: ErrorObject): (string | number)[] {
  const [where = '', ...path] = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  const loc: (string | number)[] = [LOCATIONS[where] ?? where, ...path.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))];
  if (error.keyword === 'required') loc.push(String(error.params.missingProperty));
  return loc;
}

function wordingOf(error: ErrorObject): { msg: string; type: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { msg: 'Field required', type: 'missing' };
    case 'format':
      return params.format === 'uuid4'
        ? { msg: INVALID_ID_MESSAGE, type: 'uuid_parsing' }
        : { msg: `Input should be a valid ${String(params.format)}.`, type: 'value_error' };
    case 'exclusiveMinimum':
      return { msg: greaterThanMessage(Number(params.limit)), type: 'greater_than' };
    case 'enum':
      return { msg: enumMessage(params.allowedValues as unknown[]), type: 'enum' };
    case 'type':
      return { msg: `Input should be a valid ${String(params.type)}.`, type: `${String(params.type)}_type` };
    default:
      return { msg: `Input ${error.message ?? 'is invalid'}.`, type: 'value_error' };
  }
}

/**
 * FastAPI `detail` entries for ajv's errors: one per location (the first branch's error when an
 * `anyOf` offered several, e.g. `product_id` as one id or a list).
 */
export function detailFromAjv(errors: readonly ErrorObject[]): ValidationDetail[] {
  const seen = new Set<string>();
  const detail: ValidationDetail[] = [];
  for (const error of errors) {
    // Summaries of the branches, and the `null` branch of every optional value, say nothing FastAPI would.
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf' || (error.keyword === 'type' && error.params.type === 'null')) continue;
    const loc = locOf(error);
    const key = JSON.stringify(loc);
    if (seen.has(key)) continue;
    seen.add(key);
    detail.push({ loc, ...wordingOf(error) });
  }
  return detail;
}
