import type * as z from 'zod/mini';
import { checkoutLinkSchema, describeIssue, discountSchema, listResourceSchema, productSchema } from '../contract';
import type { PolarClient } from './PolarClient';
import { createPolarApiError } from './createPolarApiError';

/** `data` as the schema reads it, or a `PolarApiError` of kind `invalid_response` naming the first bad field. */
function parseResponse<T>(schema: z.ZodMiniType<T>, data: unknown): T {
  const result = schema.safeParse(data, { error: describeIssue });
  if (result.success) return result.data;
  const [first, ...others] = result.error.issues;
  const where = first?.path.length ? `At ${first.path.join('.')}` : 'At the top level';
  const more = others.length ? ` (and ${others.length} more)` : '';
  throw createPolarApiError('invalid_response', { cause: result.error }, `${where}: ${first?.message}${more}`);
}

/**
 * Wraps any `PolarClient` (`createFetchClient`, `@polar-sh/sdk`, a host's own) so that every
 * result is checked against the contract's response schemas before it is used: a response that
 * does not match rejects with a `PolarApiError` of kind `invalid_response` whose message names the
 * field, e.g. `At items.0.products.0.prices.1.price_amount: Expected number.`. The schemas are
 * tolerant as Polar's API evolves: unknown keys, price types, benefit types and discount types pass.
 *
 * It is separate from `createFetchClient` because the schemas need zod (about 8 KB gzipped): a
 * host that renders the library's components already ships zod for the form, so it costs nothing
 * more there, while a host that only calls the client can leave it out. Failures of the wrapped
 * client pass through unchanged.
 *
 * ```ts
 * const client = withResponseValidation(createFetchClient({ baseUrl: '/api/polar' }));
 * ```
 */
export function withResponseValidation(client: PolarClient): PolarClient {
  const { checkoutLinks, products, discounts } = client;
  const linkList = listResourceSchema(checkoutLinkSchema);
  const productList = listResourceSchema(productSchema);
  const discountList = listResourceSchema(discountSchema);
  return {
    checkoutLinks: {
      create: async (body, call) => parseResponse(checkoutLinkSchema, await checkoutLinks.create(body, call)),
      list: async (query, call) => parseResponse(linkList, await checkoutLinks.list(query, call)),
      get: async (id, call) => parseResponse(checkoutLinkSchema, await checkoutLinks.get(id, call)),
      update: async (id, body, call) => parseResponse(checkoutLinkSchema, await checkoutLinks.update(id, body, call)),
      delete: (id, call) => checkoutLinks.delete(id, call),
    },
    products: {
      list: async (query, call) => parseResponse(productList, await products.list(query, call)),
      get: async (id, call) => parseResponse(productSchema, await products.get(id, call)),
    },
    discounts: {
      list: async (query, call) => parseResponse(discountList, await discounts.list(query, call)),
      get: async (id, call) => parseResponse(discountSchema, await discounts.get(id, call)),
    },
  };
}
