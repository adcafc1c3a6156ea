// @vitest-environment node
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkoutLinkCreateProductPriceSchema,
  checkoutLinkCreateProductSchema,
  checkoutLinkCreateProductsSchema,
  checkoutLinkCreateSchema,
  checkoutLinkUpdateSchema,
} from '../src/contract';
import * as bodies from './contract-parity/bodies';
import { documentedDifferences, expectedVerdict } from './contract-parity/documentedDifferences';
import { polarDocumentValidators, type PolarVersion } from './polarDocuments';

// Our request schemas against ajv validators compiled from Polar's own OpenAPI documents, on a
// generated corpus of bodies near every limit. They must agree, except where Polar's server is
// known to differ from its document (test/contract-parity/documentedDifferences.ts): there the
// expected verdict is the server's, computed from the documented rule.

/** At least 2,000 per variant; `PARITY_BODIES=50000` searches deeper. */
const BODIES_PER_VARIANT = Number(process.env.PARITY_BODIES ?? 2500);

const documents = {
  '2026-10': polarDocumentValidators('2026-10'),
  '2025-04-10': polarDocumentValidators('2025-04-10'),
};

interface Variant {
  name: string;
  version: PolarVersion;
  documentSchema: string;
  ours: { safeParse(body: unknown): { success: boolean; error?: { issues: unknown[] } } };
  bodies: fc.Arbitrary<unknown>;
}

const variants: Variant[] = [
  {
    name: 'CheckoutLinkCreateProducts',
    version: '2026-10',
    documentSchema: 'CheckoutLinkCreateProducts',
    ours: checkoutLinkCreateProductsSchema,
    bodies: bodies.createProductsBody,
  },
  {
    name: 'CheckoutLinkCreateProduct',
    version: '2026-10',
    documentSchema: 'CheckoutLinkCreateProduct',
    ours: checkoutLinkCreateProductSchema,
    bodies: bodies.createProductBody,
  },
  {
    name: 'CheckoutLinkCreateProductPrice',
    version: '2026-10',
    documentSchema: 'CheckoutLinkCreateProductPrice',
    ours: checkoutLinkCreateProductPriceSchema,
    bodies: bodies.createProductPriceBody,
  },
  {
    name: 'CheckoutLinkCreate (anyOf)',
    version: '2026-10',
    documentSchema: 'CheckoutLinkCreate',
    ours: checkoutLinkCreateSchema,
    bodies: bodies.createAnyBody,
  },
  {
    name: 'CheckoutLinkUpdate',
    version: '2026-10',
    documentSchema: 'CheckoutLinkUpdate',
    ours: checkoutLinkUpdateSchema,
    bodies: bodies.updateBody,
  },
  {
    name: "the seed's CheckoutLinkCreateProductPrice",
    version: '2025-04-10',
    documentSchema: 'CheckoutLinkCreateProductPrice',
    ours: checkoutLinkCreateProductPriceSchema,
    bodies: bodies.createProductPriceBodyOf2025,
  },
];

/** How often each documented difference decided a verdict, over all variants. */
const differencesSeen = new Map<string, number>();
const summary: string[] = [];

afterAll(() => console.log(`Parity with Polar's OpenAPI documents\n${summary.join('\n')}`));

describe("request schemas judge bodies as Polar's OpenAPI documents do", () => {
  it.each(variants)('$name ($version)', ({ name, version, documentSchema, ours, bodies: generated }) => {
    const validate = documents[version](documentSchema);
    let agree = 0;
    let accepted = 0;
    const documented = new Map<string, number>();

    fc.assert(
      fc.property(generated, (value) => {
        // What a server receives: JSON, without `undefined` keys or `-0`.
        const body: unknown = JSON.parse(JSON.stringify(value));
        const expected = expectedVerdict(body, validate, version);
        const result = ours.safeParse(body);
        if (result.success !== expected.server) {
          throw new Error(
            `Unexplained disagreement: ours ${result.success ? 'accepts' : 'rejects'}, the document ` +
              `${expected.document ? 'accepts' : 'rejects'}, the server ${expected.server ? 'accepts' : 'rejects'}` +
              `${expected.because.length ? ` (${expected.because.join(', ')})` : ''}.\n` +
              `Our issues: ${JSON.stringify(result.error?.issues ?? [])}`,
          );
        }
        if (expected.server) accepted++;
        if (expected.because.length === 0) agree++;
        for (const id of expected.because) {
          documented.set(id, (documented.get(id) ?? 0) + 1);
          differencesSeen.set(id, (differencesSeen.get(id) ?? 0) + 1);
        }
      }),
      { numRuns: BODIES_PER_VARIANT },
    );

    const differences = [...documented].map(([id, count]) => `${id} ${count}`).join(', ');
    summary.push(
      `  ${name} (${version}): ${BODIES_PER_VARIANT} bodies (${accepted} valid, ${BODIES_PER_VARIANT - accepted} invalid); ` +
        `${agree} agree with the document, ${BODIES_PER_VARIANT - agree} documented differences` +
        `${differences ? ` (${differences})` : ''}, 0 unexplained`,
    );
    // The corpus is only a test if it holds both verdicts in earnest.
    expect(accepted).toBeGreaterThan(BODIES_PER_VARIANT * 0.2);
    expect(BODIES_PER_VARIANT - accepted).toBeGreaterThan(BODIES_PER_VARIANT * 0.2);
  }, Math.max(30_000, BODIES_PER_VARIANT * 10));

  it('meets every documented difference in the corpus', () => {
    expect([...differencesSeen.keys()].sort()).toEqual(documentedDifferences.map(({ id }) => id).sort());
  });
});
