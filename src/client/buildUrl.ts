/**
 * The URL of one request: `base` (without a trailing slash) + `path` + the query, arrays as
 * repeated keys (`?product_id=a&product_id=b`, as Polar reads them), `undefined` and `null` left
 * out. Without a query (a create, a get) it is only the two joined.
 */
export function buildUrl(base: string, path: string, query?: object): string {
  if (!query) return base + path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of [value].flat()) if (item != null) params.append(key, String(item));
  }
  const search = String(params);
  return base + path + (search && '?' + search);
}
