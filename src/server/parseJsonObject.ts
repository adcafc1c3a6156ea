import { badRequest } from './ProxyRefusal';

// Polar's request bodies nest three levels deep and hold a few dozen entries; these bounds leave
// room and stop JSON bombs that fit in the byte limit (nesting that would overflow JSON.stringify,
// arrays or objects of thousands of entries).
const MAX_DEPTH = 10;
const MAX_ENTRIES = 1000;

function checkShape(value: unknown, depth: number): void {
  if (typeof value !== 'object' || value === null) return;
  if (depth > MAX_DEPTH) throw badRequest(`The body nests deeper than ${MAX_DEPTH} levels.`);
  const children = Object.values(value);
  if (children.length > MAX_ENTRIES) throw badRequest(`Arrays and objects in the body can hold at most ${MAX_ENTRIES} entries.`);
  for (const child of children) checkShape(child, depth + 1);
}

/** Parses a request body that must be one JSON object of bounded shape. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest('The body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badRequest('The body must be a JSON object.');
  }
  checkShape(value, 1);
  return value as Record<string, unknown>;
}
