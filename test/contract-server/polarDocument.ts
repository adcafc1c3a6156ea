import { readFileSync } from 'node:fs';
import type { Document } from 'openapi-backend';

/** Polar's OpenAPI documents, vendored from shared/polar-api (a fresh clone has no shared folder). */
export const OPENAPI_DIRECTORY = new URL('../polar-api/', import.meta.url);

/** The literal placeholder Polar substitutes in `success_url` (see src/contract/primitives.ts). */
const CHECKOUT_ID_PLACEHOLDER = '{CHECKOUT_ID}';

/** The format the document's `success_url` fields get instead of `uri`. */
export const SUCCESS_URL_FORMAT = 'uri-with-checkout-id';

/**
 * `format: uri` with Polar's `{CHECKOUT_ID}` placeholder allowed: the placeholder is swapped for
 * plain characters before the standard check, so every other part of the URL is still held to it.
 */
export function successUrlFormat(isUri: (value: string) => boolean): (value: string) => boolean {
  return (value) => isUri(value.split(CHECKOUT_ID_PLACEHOLDER).join('CHECKOUT_ID'));
}

type Schema = Record<string, unknown>;

interface ComponentSchemas {
  components: { schemas: Record<string, Schema> };
}

function nullableBranch(schema: Schema | undefined): Schema | undefined {
  return (schema?.anyOf as Schema[] | undefined)?.find((branch) => branch.type === 'string');
}

/**
 * Polar's 2026-10 document, corrected where it disagrees with Polar's own server and responses
 * (shared/polar-api/README.md lists these traps), so that strict validation of requests and of
 * every response we send judges them as the real API would:
 *
 * - `success_url` is `format: uri`, which rejects the braces of `{CHECKOUT_ID}`; Polar documents
 *   the placeholder and its server accepts it, so both `success_url` fields (create, update) use a
 *   `uri` check that allows it.
 * - A legacy recurring price also matches the plain `ProductPrice` branch of `prices[]`'s `oneOf`,
 *   which then fails; a price is legacy exactly when it has the `legacy` key, so `ProductPrice`
 *   gets `not: { required: ['legacy'] }`.
 * - A repeating discount also matches the once/forever shapes (nothing forbids
 *   `duration_in_months` there), so their `oneOf` fails too; the once/forever shapes get
 *   `not: { required: ['duration_in_months'] }`.
 */
export function loadPolarDocument(): Document {
  const document = JSON.parse(readFileSync(new URL('openapi-2026-10.json', OPENAPI_DIRECTORY), 'utf8')) as ComponentSchemas;
  const schemas = document.components.schemas;

  for (const name of ['CheckoutLinkCreateProductPrice', 'CheckoutLinkCreateProduct', 'CheckoutLinkCreateProducts', 'CheckoutLinkUpdate']) {
    const successUrl = nullableBranch((schemas[name]?.properties as Record<string, Schema> | undefined)?.success_url);
    if (successUrl?.format !== 'uri') throw new Error(`The document's ${name}.success_url is no longer a nullable uri: recheck this patch.`);
    successUrl.format = SUCCESS_URL_FORMAT;
  }

  const notLegacy = { not: { required: ['legacy'] } };
  schemas.ProductPrice = { allOf: [schemas.ProductPrice, notLegacy] };

  for (const name of [
    'DiscountFixedOnceForeverDurationBase',
    'DiscountPercentageOnceForeverDurationBase',
    'DiscountFixedOnceForeverDuration',
    'DiscountPercentageOnceForeverDuration',
  ]) {
    const schema = schemas[name];
    if (!schema) throw new Error(`The document has no ${name} any more: recheck this patch.`);
    schema.not = { required: ['duration_in_months'] };
  }
  return document as unknown as Document;
}
