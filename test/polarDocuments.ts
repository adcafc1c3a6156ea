import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The two Polar OpenAPI documents kept beside the repository (`shared/polar-api/`). */
export type PolarVersion = '2025-04-10' | '2026-10';

/** A validator compiled from one of Polar's component schemas: `true` when the document accepts the body. */
export type DocumentValidator = (body: unknown) => boolean;

/** `format: uuid4` is Polar's own: a UUID whose version nibble is 4. */
const UUID4_FORMAT = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const documentDirectory = resolve(__dirname, '../../../shared/polar-api');

/**
 * Compiles ajv validators from Polar's own document, the way a JSON-Schema tool reads it: every
 * component schema registered so `$ref`s resolve, standard formats from ajv-formats (`uri` in full
 * mode), `uuid4` registered, `discriminator` ignored (the documents' oneOf branches carry it only
 * as a hint).
 */
export function polarDocumentValidators(version: PolarVersion): (schemaName: string) => DocumentValidator {
  const document = JSON.parse(readFileSync(resolve(documentDirectory, `openapi-${version}.json`), 'utf8')) as {
    components: { schemas: Record<string, unknown> };
  };
  const ajv = new Ajv2020({ strict: false, discriminator: false });
  addFormats(ajv);
  ajv.addFormat('uuid4', UUID4_FORMAT);
  ajv.addKeyword('discriminator');
  const id = `polar-${version}`;
  ajv.addSchema({ $id: id, components: { schemas: document.components.schemas } });
  return (schemaName) => {
    const validate = ajv.getSchema(`${id}#/components/schemas/${schemaName}`);
    if (!validate) throw new Error(`The ${version} document has no schema ${schemaName}.`);
    return (body) => validate(body) === true;
  };
}
