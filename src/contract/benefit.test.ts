// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { polarDocumentErrors } from '../../test/polarDocuments';
import { licenseKeysBenefit2026, publicBenefit2025, publicBenefit2026 } from '../../test/wireExamples';
import { benefitSchema, benefitTypes } from './benefit';

const errors2025 = polarDocumentErrors('2025-04-10');
const errors2026 = polarDocumentErrors('2026-10');

describe('benefitSchema', () => {
  it.each(benefitTypes)('parses a public %s benefit as a 2026-10 checkout link embeds it', (type) => {
    const benefit = publicBenefit2026(type);
    expect(errors2026('BenefitPublic', benefit)).toEqual([]);
    expect(benefitSchema.parse(benefit)).toEqual(benefit);
  });

  it.each(['custom', 'discord', 'github_repository', 'downloadables', 'license_keys'])(
    'parses a public %s benefit of the 2025 document, which has no is_deleted',
    (type) => {
      const benefit = publicBenefit2025(type);
      expect(errors2025('BenefitBase', benefit)).toEqual([]);
      expect(benefitSchema.parse(benefit)).toEqual(benefit);
    },
  );

  it('parses a benefit as /v1/products returns it, with visibility, metadata and properties', () => {
    const benefit = licenseKeysBenefit2026();
    expect(errors2026('Benefit', benefit)).toEqual([]);
    expect(benefitSchema.parse(benefit)).toEqual(benefit);
  });

  it('keeps a benefit of a type it does not know, and a visibility it does not know', () => {
    const benefit = { ...publicBenefit2026('webinar_access'), visibility: 'members', properties: { room: 'A' } };
    expect(benefitSchema.parse(benefit)).toEqual(benefit);
  });

  it('fails at the description when there is none', () => {
    const { description: _, ...benefit } = publicBenefit2026('custom');
    expect(benefitSchema.safeParse(benefit).error?.issues.map((issue) => issue.path)).toEqual([['description']]);
  });
});
