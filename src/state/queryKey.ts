/** Identifies a cached request, TanStack Query's way: an array from the general to the specific. */
export type QueryKey = readonly unknown[];

function sortedValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedValue);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, entry]) => entry !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, entry]) => [key, sortedValue(entry)]));
}

/** A string equal for keys that mean the same request, whatever the order of their object keys. */
export function hashQueryKey(key: QueryKey): string {
  return JSON.stringify(sortedValue(key));
}

/** Whether `key` starts with `prefix` (TanStack Query's partial matching: `['a']` matches `['a', 'b', { page: 1 }]`). */
export function matchesQueryKey(prefix: QueryKey, key: QueryKey): boolean {
  return prefix.length <= key.length && prefix.every((part, index) => hashQueryKey([part]) === hashQueryKey([key[index]]));
}
