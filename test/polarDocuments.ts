import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The two Polar OpenAPI documents, vendored in `test/polar-api/`. */
export type PolarVersion = '2025-04-10' | '2026-10';

/** A validator compiled from one of Polar's component schemas: `true` when the document accepts the body. */
export type DocumentValidator = (body: unknown) => boolean;

/** `format: uuid4` is Polar's own: a UUID whose version nibble is 4. */
const UUID4_FORMAT = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const documentDirectory = resolve(__dirname, 'polar-api');

interface Options {
  /**
   * Reads `oneOf` as `anyOf`. Response schemas need it: a price's branches overlap (a legacy price
   * is also a well-formed plain price), so a strict `oneOf` rejects valid data. Request bodies
   * have no `oneOf`.
   */
  oneOfAsAnyOf?: boolean;
}

const compiled = new Map<string, (schemaName: string) => ValidateFunction>();

/** One ajv per document and reading: compiling a document takes a while, tests share it. */
function compile(version: PolarVersion, { oneOfAsAnyOf = false }: Options) {
  const key = `${version}:${oneOfAsAnyOf}`;
  let schema = compiled.get(key);
  if (!schema) {
    schema = compileDocument(version, oneOfAsAnyOf);
    compiled.set(key, schema);
  }
  return schema;
}

function compileDocument(version: PolarVersion, oneOfAsAnyOf: boolean) {
  let text = readFileSync(resolve(documentDirectory, `openapi-${version}.json`), 'utf8');
  if (oneOfAsAnyOf) text = text.replaceAll('"oneOf"', '"anyOf"');
  const document = JSON.parse(text) as { components: { schemas: Record<string, unknown> } };
  const ajv = new Ajv2020({ strict: false, discriminator: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('uuid4', UUID4_FORMAT);
  ajv.addKeyword('discriminator');
  const id = `polar-${version}`;
  ajv.addSchema({ $id: id, components: { schemas: document.components.schemas } });
  return (schemaName: string): ValidateFunction => {
    const validate = ajv.getSchema(`${id}#/components/schemas/${schemaName}`);
    if (!validate) throw new Error(`The ${version} document has no schema ${schemaName}.`);
    return validate;
  };
}

/**
 * Compiles ajv validators from Polar's own document, the way a JSON-Schema tool reads it: every
 * component schema registered so `$ref`s resolve, standard formats from ajv-formats (`uri` in full
 * mode), `uuid4` registered, `discriminator` ignored (the documents' oneOf branches carry it only
 * as a hint).
 */
export function polarDocumentValidators(version: PolarVersion, options: Options = {}): (schemaName: string) => DocumentValidator {
  const schema = compile(version, options);
  return (schemaName) => {
    const validate = schema(schemaName);
    return (body) => validate(body) === true;
  };
}

/** What the document finds wrong with `data` (empty when it accepts it), `oneOf` read as `anyOf`. */
export function polarDocumentErrors(version: PolarVersion): (schemaName: string, data: unknown) => string[] {
  const schema = compile(version, { oneOfAsAnyOf: true });
  return (schemaName, data) => {
    const validate = schema(schemaName);
    validate(data);
    return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
  };
}
