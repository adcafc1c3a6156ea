/**
 * The URL of one request: `baseUrl` + `path` + the query, arrays as repeated keys
 * (`?product_id=a&product_id=b`, as Polar reads them), `undefined` and `null` left out.
 */
export function buildUrl(baseUrl: string, path: string, query: object = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of [value].flat()) if (item != null) params.append(key, String(item));
  }
  const search = String(params);
  return baseUrl.replace(/\/+$/, '') + path + (search && '?' + search);
}
