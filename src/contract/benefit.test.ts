// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { expectParsedUnchanged, responseFieldErrors } from '../../test/contractExpectations';
import { licenseKeysBenefit2026, publicBenefit2025, publicBenefit2026 } from '../../test/wireExamples';
import { benefitSchema, benefitTypes } from './benefit';

describe('benefitSchema', () => {
  it.each(benefitTypes)('parses a public %s benefit as a 2026-10 checkout link embeds it', (type) => {
    expectParsedUnchanged(benefitSchema, publicBenefit2026(type), ['2026-10', 'BenefitPublic']);
  });

  it.each(['custom', 'discord', 'github_repository', 'downloadables', 'license_keys'])(
    'parses a public %s benefit of the 2025 document, which has no is_deleted',
    (type) => {
      expectParsedUnchanged(benefitSchema, publicBenefit2025(type), ['2025-04-10', 'BenefitBase']);
    },
  );

  it('parses a benefit as /v1/products returns it, with visibility, metadata and properties', () => {
    expectParsedUnchanged(benefitSchema, licenseKeysBenefit2026(), ['2026-10', 'Benefit']);
  });

  it('keeps a benefit of a type it does not know, and a visibility it does not know', () => {
    const benefit = { ...publicBenefit2026('webinar_access'), visibility: 'members', properties: { room: 'A' } };
    expect(benefitSchema.parse(benefit)).toEqual(benefit);
  });

  it('fails at the description when there is none', () => {
    const { description: _, ...benefit } = publicBenefit2026('custom');
    expect(responseFieldErrors(benefitSchema, benefit)).toEqual({ description: ['Required field is missing.'] });
  });
});
