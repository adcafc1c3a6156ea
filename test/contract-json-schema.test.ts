// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  checkoutLinkCreateProductPriceSchema,
  checkoutLinkCreateProductSchema,
  checkoutLinkCreateProductsSchema,
  checkoutLinkCreateSchema,
  checkoutLinkListQuerySchema,
  checkoutLinkUpdateSchema,
  discountListQuerySchema,
  isUuid4,
  productListQuerySchema,
} from '../src/contract';
import { createAnyBody, updateBody } from './contract-parity/bodies';
import { documentedDifferences as serverDifferences } from './contract-parity/documentedDifferences';
import { polarDocumentValidators, type PolarVersion } from './polarDocuments';

// What a host that reads our request schemas as JSON Schema (an OpenAPI generator, a form library,
// an AI tool definition) learns from `z.toJSONSchema(schema, { io: 'input' })`, held against
// Polar's own documents: every field's types, enum, length and number bounds, minItems, the
// metadata limits and the formats. The expected values are read from the documents (their $refs
// resolved), never written here. A field may differ only as listed in `documentedDifferences`,
// each with its reason, and each listed difference must still occur.
//
// Not compared: `pattern` (ours adds the UUID's and "no NUL character" patterns; the document has
// none), titles, descriptions, defaults and examples. What the formats cannot say (`{CHECKOUT_ID}`
// in success_url, http(s)-only URLs, both trial fields together) is runtime behaviour, checked by
// the parity fuzz in test/contract-parity.test.ts.

type JsonSchema = { [key: string]: unknown };

interface OpenApiDocument {
  components: { schemas: Record<string, JsonSchema> };
  paths: Record<
    string,
    Record<string, { parameters?: { name: string; in: string; schema: JsonSchema }[]; requestBody?: { content: { 'application/json': { schema: JsonSchema } } } }>
  >;
}

const readDocument = (version: PolarVersion): OpenApiDocument =>
  JSON.parse(readFileSync(resolve(__dirname, 'polar-api', `openapi-${version}.json`), 'utf8')) as OpenApiDocument;

/** A schema with every `#/components/schemas/…` reference replaced by what it points to. */
function resolveRefs(schema: unknown, document: OpenApiDocument): unknown {
  if (Array.isArray(schema)) return schema.map((item) => resolveRefs(item, document));
  if (typeof schema !== 'object' || schema === null) return schema;
  const ref = (schema as JsonSchema).$ref;
  if (typeof ref === 'string') {
    const name = ref.replace('#/components/schemas/', '');
    const target = document.components.schemas[name];
    if (!target) throw new Error(`Unresolved $ref ${ref}`);
    return resolveRefs(target, document);
  }
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, resolveRefs(value, document)]));
}

/** The facets this test compares, of one branch of a field's `anyOf` (or of the field itself). */
interface Branch {
  type?: string;
  enum?: unknown[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  maxProperties?: number;
  items?: Branch[];
  propertyNames?: Branch[];
  additionalProperties?: Branch[];
}

/**
 * A field's branches in a form both sides can be compared in. Equivalences, not differences:
 * - `exclusiveMinimum: 0` on an integer is `minimum: 1`;
 * - zod's `z.int()` states the safe-integer range; that is JavaScript's limit, not a rule of Polar's;
 * - an `integer` branch beside a `number` branch adds nothing (every integer is a number);
 * - keys are strings, whether `propertyNames` says so or not;
 * - `type: ["boolean", "null"]` is an `anyOf` of the two;
 * - nested `anyOf`s and an `allOf` of patterns flatten into the branch they qualify.
 */
function branches(schema: unknown, { keys = false } = {}): Branch[] {
  const node = (schema ?? {}) as JsonSchema;
  if (Array.isArray(node.type)) return (node.type as string[]).flatMap((type) => branches({ ...node, type }, { keys }));
  if (Array.isArray(node.anyOf)) {
    const all = (node.anyOf as unknown[]).flatMap((branch) => branches(branch, { keys }));
    const hasNumber = all.some((branch) => branch.type === 'number');
    return all.filter((branch) => !(hasNumber && branch.type === 'integer' && branch.minimum === undefined && branch.maximum === undefined));
  }
  const branch: Branch = {};
  const type = node.type ?? (keys ? 'string' : undefined);
  if (typeof type === 'string') branch.type = type;
  if (node.const !== undefined) branch.enum = [node.const];
  if (Array.isArray(node.enum)) branch.enum = [...node.enum].sort();
  if (typeof node.format === 'string') branch.format = node.format;
  for (const facet of ['minLength', 'maxLength', 'minItems', 'maxItems', 'maxProperties'] as const) {
    if (typeof node[facet] === 'number') branch[facet] = node[facet] as number;
  }
  const safe = (value: unknown) => typeof value === 'number' && Math.abs(value) !== Number.MAX_SAFE_INTEGER;
  if (safe(node.minimum)) branch.minimum = node.minimum as number;
  if (safe(node.maximum)) branch.maximum = node.maximum as number;
  if (node.type === 'integer' && typeof node.exclusiveMinimum === 'number') branch.minimum = node.exclusiveMinimum + 1;
  if (node.items !== undefined) branch.items = branches(node.items);
  if (node.propertyNames !== undefined) branch.propertyNames = branches(node.propertyNames, { keys: true });
  if (typeof node.additionalProperties === 'object') branch.additionalProperties = branches(node.additionalProperties);
  return [branch];
}

const sortBranches = (list: Branch[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

interface ObjectSchema {
  properties: Record<string, unknown>;
  required: string[];
}

function objectSchema(schema: unknown): ObjectSchema {
  const node = schema as JsonSchema;
  return { properties: (node.properties ?? {}) as Record<string, unknown>, required: [...((node.required ?? []) as string[])].sort() };
}

const oursOf = (schema: z.ZodMiniType<unknown, unknown>) => z.toJSONSchema(schema, { io: 'input' }) as JsonSchema;

/** A list endpoint's query parameters as one object schema. */
function queryParameters(document: OpenApiDocument, path: string): ObjectSchema {
  const parameters = document.paths[path]?.get?.parameters ?? [];
  const properties = Object.fromEntries(parameters.filter((parameter) => parameter.in === 'query').map(({ name, schema }) => [name, schema]));
  return { properties: resolveRefs(properties, document) as Record<string, unknown>, required: [] };
}

interface Comparison {
  /** e.g. `CheckoutLinkCreateProducts (2026-10)`. */
  name: string;
  ours: ObjectSchema;
  document: ObjectSchema;
  /** Request bodies must hold every field of the document; our list queries support some filters only. */
  everyDocumentField: boolean;
}

/** Where a field differs from the document on purpose. `where` is `<comparison name> <field>`. */
interface DocumentedDifference {
  where: RegExp;
  reason: string;
  /** The difference: ours and the document's branches, as `branches()` gives them. */
  ours: (document: Branch[]) => Branch[];
}

const withoutNull = (list: Branch[]) => list.filter((branch) => branch.type !== 'null');

const documentedDifferences: DocumentedDifference[] = [
  {
    where: /^(CheckoutLink|Product|Discount)ListQuery .* (organization_id|product_id|id|benefit_id|query|is_archived|is_recurring|visibility|sorting)$/,
    reason: 'A query string cannot carry null: the document allows it, ours leaves the parameter out instead.',
    ours: withoutNull,
  },
  {
    where: /ListQuery .* limit$/,
    reason:
      'Polar caps `limit` at 100 rather than refusing a larger one (its description says "Maximum is 100"); ' +
      'our query schema refuses it, so a host learns the limit instead of getting fewer items than asked.',
    ours: (document) => document.map((branch) => ({ ...branch, maximum: 100 })),
  },
  {
    where: /^DiscountListQuery \(2025-04-10\) sorting$/,
    reason: 'Discounts sort by `ends_at` since 2026-10; our query schema follows the current version.',
    ours: (document) =>
      document.map((branch) => ({ ...branch, items: branch.items?.map((item) => ({ ...item, enum: [...(item.enum ?? []), 'ends_at', '-ends_at'].sort() })) })),
  },
  {
    where: /\(2025-04-10\) metadata$/,
    reason:
      'The 2025 document allows text, integer and boolean metadata values; since 2026-10 Polar also ' +
      'accepts floats, and our request schemas hold every field of both versions.',
    ours: (document) =>
      document.map((branch) => ({
        ...branch,
        additionalProperties: branch.additionalProperties?.map((value) => (value.type === 'integer' ? { type: 'number' } : value)),
      })),
  },
];

function comparisons(version: PolarVersion): Comparison[] {
  const document = readDocument(version);
  const body = (name: string) => objectSchema(resolveRefs(document.components.schemas[name], document));
  const union = oursOf(checkoutLinkCreateSchema).anyOf as unknown[];
  const createBody = document.paths['/v1/checkout-links/']?.post?.requestBody?.content['application/json'].schema;
  const documentUnion = (resolveRefs(createBody, document) as JsonSchema).anyOf as unknown[];
  const bodies: Comparison[] = [
    ['CheckoutLinkCreateProductPrice', oursOf(checkoutLinkCreateProductPriceSchema)],
    ['CheckoutLinkCreateProduct', oursOf(checkoutLinkCreateProductSchema)],
    ['CheckoutLinkCreateProducts', oursOf(checkoutLinkCreateProductsSchema)],
    ['CheckoutLinkUpdate', oursOf(checkoutLinkUpdateSchema)],
  ].map(([name, ours]) => ({ name: `${name} (${version})`, ours: objectSchema(ours), document: body(name as string), everyDocumentField: true }));
  // checkoutLinkCreateSchema is the `anyOf` of the create operation's body, its variants in the same order.
  const anyOf = documentUnion.map((variant, index) => ({
    name: `CheckoutLinkCreate anyOf[${index}] (${version})`,
    ours: objectSchema(union[index]),
    document: objectSchema(variant),
    everyDocumentField: true,
  }));
  const queries: Comparison[] = [
    ['CheckoutLinkListQuery', checkoutLinkListQuerySchema, '/v1/checkout-links/'],
    ['ProductListQuery', productListQuerySchema, '/v1/products/'],
    ['DiscountListQuery', discountListQuerySchema, '/v1/discounts/'],
  ].map(([name, schema, path]) => ({
    name: `${name as string} (${version})`,
    ours: objectSchema(oursOf(schema as z.ZodMiniType<unknown, unknown>)),
    document: queryParameters(document, path as string),
    everyDocumentField: false,
  }));
  return [...bodies, ...anyOf, ...queries];
}

/** Our schemas hold every field of both versions: one the 2025 document lacks must be in the 2026 one. */
const fieldsOf2026 = new Map(comparisons('2026-10').map(({ name, document }) => [name.replace(' (2026-10)', ''), Object.keys(document.properties)]));
const differencesSeen = new Set<DocumentedDifference>();

describe.each(['2026-10', '2025-04-10'] as const)("our request schemas as JSON Schema, against Polar's %s document", (version) => {
  it.each(comparisons(version))('$name', ({ name, ours, document, everyDocumentField }) => {
    expect(ours.required, 'required fields').toEqual(document.required);
    const documentFields = Object.keys(document.properties);
    if (everyDocumentField) expect(Object.keys(ours.properties)).toEqual(expect.arrayContaining(documentFields));
    for (const [field, schema] of Object.entries(ours.properties)) {
      const where = `${name} ${field}`;
      if (!(field in document.properties)) {
        const since2026 = version === '2025-04-10' && fieldsOf2026.get(name.replace(` (${version})`, ''))?.includes(field);
        expect(since2026, `${where}: not in the document`).toBe(true);
        continue;
      }
      const expected = branches(document.properties[field]);
      const differences = documentedDifferences.filter((candidate) => candidate.where.test(where));
      for (const difference of differences) differencesSeen.add(difference);
      const actual = sortBranches(branches(schema));
      expect(actual, where).toEqual(sortBranches(differences.reduce((branches, difference) => difference.ours(branches), expected)));
      for (const difference of differences) {
        expect(actual, `${where}: listed as a difference, but ours agrees without it`).not.toEqual(
          sortBranches(differences.filter((other) => other !== difference).reduce((branches, other) => other.ours(branches), expected)),
        );
      }
    }
  });
});

it('meets every documented difference', () => {
  expect([...differencesSeen].map(({ reason }) => reason).sort()).toEqual(documentedDifferences.map(({ reason }) => reason).sort());
});

describe('our JSON Schema, compiled by a JSON Schema validator', () => {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  ajv.addFormat('uuid4', isUuid4);
  const polar = polarDocumentValidators('2026-10');
  const nul = serverDifferences.find(({ id }) => id === 'nul-characters');

  // The rules JSON Schema can state (formats, patterns, lengths in code points) must survive the
  // translation: on the parity corpus, a validator reading our schema agrees with Polar's document
  // except where a string holds a NUL character, which our patterns refuse as Polar's server does.
  it.each([
    ['CheckoutLinkCreate', checkoutLinkCreateSchema, createAnyBody],
    ['CheckoutLinkUpdate', checkoutLinkUpdateSchema, updateBody],
  ] as const)('judges %s bodies as the document does, NUL characters apart', (name, schema, bodies) => {
    const validate = ajv.compile(oursOf(schema));
    const documentValidate = polar(name);
    for (const value of fc.sample(bodies, 1500)) {
      const body: unknown = JSON.parse(JSON.stringify(value));
      const isObjectBody = typeof body === 'object' && body !== null && !Array.isArray(body);
      const refusedForNul = isObjectBody && nul?.accepts?.(body as Record<string, unknown>) === false;
      expect(validate(body), JSON.stringify(body).slice(0, 500)).toBe(documentValidate(body) && !refusedForNul);
    }
  });
});
